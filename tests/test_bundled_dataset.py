"""The shipped campaign dataset: it validates, holds the key facts of the two
releases and the veto list, and every campaign record points at a real paragraph
of its source without copying the source's sentences."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from dashboard.datapackage import DESCRIPTOR_NAME, descriptor_text
from dashboard.loading import DEFAULT_DATA_DIR, Dataset
from tests.conftest import ROOT

RELEASE_2012 = "ai-2012-02-02"
RELEASE_2016 = "ai-2016-11"
VETO_LIST = "un-veto-list"


def event(dataset: Dataset, event_id: str) -> pd.Series:
    rows = dataset.events[dataset.events["id"] == event_id]
    assert len(rows) == 1, f"{event_id}: {len(rows)} rows"
    return rows.iloc[0]


def roles(dataset: Dataset, event_id: str) -> set[tuple[str, str]]:
    links = dataset.event_actors[dataset.event_actors["event_id"] == event_id]
    return set(zip(links["actor_id"].astype(str), links["role"].astype(str)))


def citations(dataset: Dataset, event_id: str) -> dict[str, pd.Series]:
    cites = dataset.event_sources[dataset.event_sources["event_id"] == event_id]
    return {str(row["source_id"]): row for _, row in cites.iterrows()}


def demand(dataset: Dataset, demand_id: str) -> pd.Series:
    return dataset.demands.set_index("id").loc[demand_id]


# --- the package as a whole --------------------------------------------------


def test_shipped_data_validates_from_the_command_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "dashboard", "validate", str(DEFAULT_DATA_DIR)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{DEFAULT_DATA_DIR}: valid")


def test_datapackage_descriptor_matches_the_schema() -> None:
    # Regenerate with `python -m dashboard schema` after changing schema.py.
    stored = (DEFAULT_DATA_DIR / DESCRIPTOR_NAME).read_text(encoding="utf-8")
    assert stored == descriptor_text()


def test_shipped_data_has_the_expected_sources(dataset: Dataset) -> None:
    layers = dict(zip(dataset.sources["id"], dataset.sources["layer"].astype(str)))
    assert layers == {
        RELEASE_2012: "campaign",
        RELEASE_2016: "campaign",
        VETO_LIST: "context",
    }


# --- 2011-2012 ---------------------------------------------------------------


def test_first_veto_is_one_event_on_4_october_2011_with_two_sources(
    dataset: Dataset,
) -> None:
    on_the_day = dataset.events[
        (dataset.events["event_type"] == "veto")
        & (dataset.events["start"] == pd.Timestamp("2011-10-04"))
    ]
    assert on_the_day["id"].tolist() == ["veto-2011-10-04"]
    veto = event(dataset, "veto-2011-10-04")
    assert veto["end"] == pd.Timestamp("2011-10-04")
    assert veto["date_precision"] == "day"
    assert veto["layer"] == "campaign"
    cites = citations(dataset, "veto-2011-10-04")
    assert set(cites) == {RELEASE_2012, VETO_LIST}
    assert cites[RELEASE_2012]["paragraphs"] == [11]
    assert cites[VETO_LIST]["locator"] == "S/2011/612"
    assert {("russia", "vetoing_state"), ("china", "vetoing_state")} <= roles(
        dataset, "veto-2011-10-04"
    )


def test_arab_league_observer_mission_in_december_2011(dataset: Dataset) -> None:
    mission = event(dataset, "al-observer-mission-2011-12")
    assert mission["event_type"] == "mission"
    assert (mission["start"], mission["end"]) == (
        pd.Timestamp("2011-12-01"),
        pd.Timestamp("2011-12-31"),
    )
    assert mission["date_precision"] == "month"
    assert ("arab-league", "sender") in roles(dataset, "al-observer-mission-2011-12")


def test_arab_league_resolution_of_22_january_2012(dataset: Dataset) -> None:
    resolution = event(dataset, "al-resolution-2012-01-22")
    assert resolution["event_type"] == "resolution"
    assert resolution["start"] == resolution["end"] == pd.Timestamp("2012-01-22")
    assert resolution["date_precision"] == "day"
    assert ("arab-league", "author") in roles(dataset, "al-resolution-2012-01-22")


def test_syrian_rejection_of_the_arab_league_proposal(dataset: Dataset) -> None:
    rejection = event(dataset, "syria-rejects-al-inquiry-2012")
    assert rejection["event_type"] == "rejection"
    assert rejection["start"] >= pd.Timestamp("2012-01-22")
    assert rejection["end"] <= pd.Timestamp("2012-02-02")
    assert ("syrian-government", "author") in roles(
        dataset, "syria-rejects-al-inquiry-2012"
    )
    settled = demand(dataset, "d2012-al-commission-of-inquiry")
    assert settled["status"] == "unmet"
    assert settled["status_event_id"] == "syria-rejects-al-inquiry-2012"


def test_russian_arms_shipments_in_recent_weeks_are_approximate(
    dataset: Dataset,
) -> None:
    shipments = event(dataset, "russia-arms-shipments-2012")
    assert shipments["event_type"] == "arms_transfer"
    assert shipments["date_as_stated"] == "in recent weeks"
    assert shipments["date_precision"] == "approximate"
    assert shipments["end"] == pd.Timestamp("2012-02-02")
    assert {("russia", "supplier"), ("syrian-government", "recipient")} <= roles(
        dataset, "russia-arms-shipments-2012"
    )


def test_commission_of_inquiry_finding(dataset: Dataset) -> None:
    finding = event(dataset, "un-coi-finding-2011")
    assert finding["event_type"] == "finding"
    assert finding["date_as_stated"] == "months ago"
    assert finding["date_precision"] == "approximate"
    assert finding["end"] < pd.Timestamp("2012-02-02")
    assert ("un-coi-syria", "author") in roles(dataset, "un-coi-finding-2011")


def test_february_2012_negotiations_and_veto_threat(dataset: Dataset) -> None:
    talks = event(dataset, "sc-draft-negotiations-2012")
    threat = event(dataset, "russia-veto-threat-2012")
    assert talks["event_type"] == "negotiation"
    assert threat["event_type"] == "threat"
    for item in (talks, threat):
        assert item["end"] == pd.Timestamp("2012-02-02")
    assert ("russia", "author") in roles(dataset, "russia-veto-threat-2012")
    # The draft under negotiation was vetoed two days after the release.
    vetoed = event(dataset, "veto-2012-02-04")
    assert vetoed["start"] == pd.Timestamp("2012-02-04")


def test_crackdown_is_a_period_ending_at_the_2012_release(dataset: Dataset) -> None:
    crackdown = event(dataset, "syria-crackdown-2011")
    assert crackdown["event_type"] == "crackdown"
    assert bool(crackdown["is_period"])
    assert crackdown["date_as_stated"] == "more than 10 months"
    assert crackdown["end"] == pd.Timestamp("2012-02-02")
    assert crackdown["start"] <= pd.Timestamp("2011-04-02")


def test_more_than_2600_killed_since_the_first_veto(dataset: Dataset) -> None:
    figures = dataset.casualty_figures.set_index("id")
    figure = figures.loc["killed-syria-2011-10-to-2012-02"]
    assert figure["count"] == 2600
    assert figure["qualifier"] == "more_than"
    assert figure["outcome"] == "killed"
    assert figure["period_start"] == pd.Timestamp("2011-10-04")
    assert figure["period_end"] == pd.Timestamp("2012-02-02")
    assert figure["event_id"] == "veto-2011-10-04"
    assert (figure["source_id"], figure["paragraph"]) == (RELEASE_2012, 11)


# --- 2016 --------------------------------------------------------------------


def test_guterres_visit_to_moscow_on_24_and_25_november_2016(
    dataset: Dataset,
) -> None:
    visit = event(dataset, "guterres-visit-moscow-2016")
    assert visit["event_type"] == "visit"
    assert (visit["start"], visit["end"]) == (
        pd.Timestamp("2016-11-24"),
        pd.Timestamp("2016-11-25"),
    )
    assert visit["location"] == "Moscow"
    assert {("antonio-guterres", "visitor"), ("russia", "host")} <= roles(
        dataset, "guterres-visit-moscow-2016"
    )


def test_vetoes_of_the_icc_referral(dataset: Dataset) -> None:
    referral = event(dataset, "veto-2014-05-22")
    assert referral["start"] == pd.Timestamp("2014-05-22")
    assert citations(dataset, "veto-2014-05-22")[VETO_LIST]["locator"] == ("S/2014/348")
    assert ("icc", "subject") in roles(dataset, "veto-2014-05-22")
    pattern = event(dataset, "russia-icc-vetoes-2011-2016")
    assert pattern["event_type"] == "veto"
    assert bool(pattern["is_period"])
    assert pattern["date_as_stated"] == "In the past five years"
    assert ("icc", "subject") in roles(dataset, "russia-icc-vetoes-2011-2016")


def test_attacks_on_eastern_aleppo_and_on_hospitals(dataset: Dataset) -> None:
    aleppo = event(dataset, "eastern-aleppo-attacks-2016")
    hospitals = event(dataset, "hospital-airstrikes-2016")
    assert aleppo["event_type"] == hospitals["event_type"] == "attack"
    assert aleppo["location"] == "Eastern Aleppo"
    assert ("russia", "supporter") in roles(dataset, "eastern-aleppo-attacks-2016")
    assert {
        ("syrian-government-forces", "perpetrator"),
        ("russian-forces", "perpetrator"),
    } <= roles(dataset, "hospital-airstrikes-2016")
    unnumbered = dataset.casualty_figures.set_index("id").loc[
        "civilians-eastern-aleppo-2016"
    ]
    assert pd.isna(unnumbered["count"])
    assert unnumbered["qualifier"] == "unspecified"


def test_announced_research_falls_after_the_2016_release(dataset: Dataset) -> None:
    research = event(dataset, "ai-aleppo-research-2016")
    release = event(dataset, "ai-statement-2016-11")
    assert research["event_type"] == "report"
    assert research["date_as_stated"] == "Next week"
    assert research["start"] > release["end"]


@pytest.mark.parametrize(
    ("event_id", "source_id", "speaker"),
    [
        ("ai-statement-2012-02-02", RELEASE_2012, "jose-luis-diaz"),
        ("ai-statement-2016-11", RELEASE_2016, "jane-connors"),
    ],
)
def test_both_releases_are_statements_with_their_spokesperson(
    dataset: Dataset, event_id: str, source_id: str, speaker: str
) -> None:
    release = event(dataset, event_id)
    assert release["event_type"] == "statement"
    assert {("amnesty", "author"), (speaker, "spokesperson")} <= roles(
        dataset, event_id
    )
    assert source_id in citations(dataset, event_id)
    source = dataset.sources.set_index("id").loc[source_id]
    assert source["spokesperson_ids"] == [speaker]


def test_2016_source_date_is_marked_as_inferred(dataset: Dataset) -> None:
    source = dataset.sources.set_index("id").loc[RELEASE_2016]
    assert source["published"] == pd.Timestamp("2016-11-23")
    assert source["date_precision"] == "approximate"
    note = source["date_note"].lower()
    assert "no date" in note and "estimate" in note
    release = event(dataset, "ai-statement-2016-11")
    assert release["date_precision"] == "approximate"
    assert release["end"] < pd.Timestamp("2016-11-24")


# --- demands -----------------------------------------------------------------


def themes(dataset: Dataset, source_id: str) -> set[str]:
    demands = dataset.demands
    mine = demands[demands["source_id"] == source_id]
    made_by_amnesty = mine["made_by_id"].isin(dataset.actor_tree.descendants("amnesty"))
    return set(mine.loc[made_by_amnesty, "theme"].astype(str))


def test_2012_demand_themes(dataset: Dataset) -> None:
    assert {
        "icc_referral",
        "arms_embargo",
        "asset_freeze",
        "binding_sc_action",
        "access_for_monitors",
        "independent_investigation",
        "accountability",
        "veto_restraint",
    } <= themes(dataset, RELEASE_2012)
    dated = dataset.demands[dataset.demands["source_id"] == RELEASE_2012]
    by_amnesty = dated[dated["made_by_id"].isin({"amnesty", "jose-luis-diaz"})]
    assert set(by_amnesty["made_on"]) == {pd.Timestamp("2012-02-02")}


def test_2016_demand_themes(dataset: Dataset) -> None:
    assert themes(dataset, RELEASE_2016) == {
        "un_scrutiny",
        "end_unlawful_attacks",
        "stop_assisting_crimes",
        "release_detainees",
        "end_torture_disappearance",
        "humanitarian_access",
        "veto_restraint",
    }


def test_veto_restraint_demand_of_2016_was_not_met(dataset: Dataset) -> None:
    restraint = demand(dataset, "d2016-p5-veto-restraint")
    assert restraint["addressed_to_id"] == "antonio-guterres"
    assert restraint["status"] == "unmet"
    assert restraint["status_event_id"] == "veto-2016-12-05"


# --- context -----------------------------------------------------------------

CONTEXT_VETOES = {
    "veto-2011-10-04": ("2011-10-04", "S/2011/612", {"russia", "china"}),
    "veto-2012-02-04": ("2012-02-04", "S/2012/77", {"russia", "china"}),
    "veto-2012-07-19": ("2012-07-19", "S/2012/538", {"russia", "china"}),
    "veto-2014-05-22": ("2014-05-22", "S/2014/348", {"russia", "china"}),
    "veto-2016-10-08": ("2016-10-08", "S/2016/846", {"russia"}),
    "veto-2016-12-05": ("2016-12-05", "S/2016/1026", {"russia", "china"}),
}


def test_the_six_vetoes_of_the_veto_list_with_their_symbols(
    dataset: Dataset,
) -> None:
    cites = dataset.event_sources[dataset.event_sources["source_id"] == VETO_LIST]
    symbols = dict(zip(cites["event_id"].astype(str), cites["locator"]))
    assert symbols == {key: value[1] for key, value in CONTEXT_VETOES.items()}
    for event_id, (date, _, vetoing) in CONTEXT_VETOES.items():
        veto = event(dataset, event_id)
        assert veto["event_type"] == "veto"
        assert veto["start"] == veto["end"] == pd.Timestamp(date)
        assert vetoing == {
            actor for actor, role in roles(dataset, event_id) if role == "vetoing_state"
        }


# --- provenance --------------------------------------------------------------


def paragraphs(path: Path) -> list[str]:
    """Paragraph N of a stored copy is its N-th non-blank line (1-based: [N-1])."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip()]


@pytest.fixture(scope="module")
def copies(dataset: Dataset, shared_sources: Path) -> dict[str, list[str]]:
    """The paragraphs of each campaign source's stored copy, by source id."""
    found = {}
    for row in dataset.sources.itertuples():
        if row.layer == "campaign":
            path = shared_sources / row.local_copy
            assert path.is_file(), f"{row.id}: {path} is missing"
            found[row.id] = paragraphs(path)
    assert set(found) == {RELEASE_2012, RELEASE_2016}
    return found


def test_every_campaign_citation_names_existing_paragraphs(
    dataset: Dataset, copies: dict[str, list[str]]
) -> None:
    cites = dataset.event_sources
    campaign = cites[cites["source_id"].astype(str).isin(copies)]
    assert len(campaign) > 0
    for row in campaign.itertuples():
        count = len(copies[row.source_id])
        assert row.paragraphs, f"{row.event_id}: no paragraph in {row.source_id}"
        for number in row.paragraphs:
            assert 1 <= number <= count, (row.event_id, row.source_id, number)


def test_every_campaign_layer_event_cites_a_campaign_paragraph(
    dataset: Dataset, copies: dict[str, list[str]]
) -> None:
    campaign_events = dataset.events[dataset.events["layer"] == "campaign"]
    assert len(campaign_events) > 0
    for event_id in campaign_events["id"]:
        cites = citations(dataset, event_id)
        assert any(
            source in copies and cite["paragraphs"] for source, cite in cites.items()
        ), event_id


@pytest.mark.parametrize("table", ["casualty_figures", "demands"])
def test_every_figure_and_demand_points_at_an_existing_paragraph(
    dataset: Dataset, copies: dict[str, list[str]], table: str
) -> None:
    frame = getattr(dataset, table)
    assert len(frame) > 0
    for row in frame.itertuples():
        assert row.source_id in copies, (row.id, row.source_id)
        assert 1 <= row.paragraph <= len(copies[row.source_id]), row.id


def test_date_wording_is_found_in_the_cited_paragraphs(
    dataset: Dataset, copies: dict[str, list[str]]
) -> None:
    checked = 0
    for row in dataset.events.itertuples():
        if pd.isna(row.date_as_stated):
            continue
        cites = citations(dataset, row.id)
        texts = [
            copies[source][number - 1].lower()
            for source, cite in cites.items()
            if source in copies
            for number in cite["paragraphs"]
        ]
        wording = row.date_as_stated.lower()
        assert any(wording in text for text in texts), (row.id, wording)
        checked += 1
    assert checked >= 10


def test_casualty_figures_are_found_in_their_paragraph(
    dataset: Dataset, copies: dict[str, list[str]]
) -> None:
    for row in dataset.casualty_figures.itertuples():
        text = copies[row.source_id][row.paragraph - 1]
        if not pd.isna(row.count):
            assert f"{row.count:,}" in text, row.id
        if not pd.isna(row.period_as_stated):
            assert row.period_as_stated.lower() in text.lower(), row.id


WORD = re.compile(r"[a-z0-9']+")
SPAN = 10


def words(text: str) -> list[str]:
    # Typographic apostrophes count as plain ones, so swapping them hides nothing.
    return WORD.findall(text.lower().replace("\u2019", "'").replace("\u2018", "'"))


def spans(text: str) -> set[str]:
    found = words(text)
    return {" ".join(found[i : i + SPAN]) for i in range(len(found) - SPAN + 1)}


def test_no_ten_word_sequence_of_a_release_is_copied_into_data(
    shared_sources: Path,
) -> None:
    released = set().union(
        *(
            spans(path.read_text(encoding="utf-8"))
            for path in shared_sources.glob("*.txt")
        )
    )
    assert len(released) > 100  # the releases were read
    copied = []
    for path in sorted(DEFAULT_DATA_DIR.rglob("*")):
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="ignore")
        if not spans(text) & released:
            continue
        in_lines = [
            f"{path.name}:{number}: '{span}'"
            for number, line in enumerate(text.splitlines(), start=1)
            for span in sorted(spans(line) & released)
        ]
        copied += in_lines or [f"{path.name}: a copied sequence across lines"]
    assert copied == []


def test_the_copy_check_catches_a_copied_sentence(shared_sources: Path) -> None:
    # The check itself must be able to fail: ten words lifted from a release.
    text = paragraphs(next(iter(sorted(shared_sources.glob("*.txt")))))
    longest = max(text, key=len)
    released = spans(longest)
    assert released
    sample = "Our summary: " + " ".join(words(longest)[:SPAN]) + "."
    assert spans(sample) & released
