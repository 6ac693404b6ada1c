"""The query API on the minimal package and on the bundled campaign dataset."""

from __future__ import annotations

import datetime as dt
import gc
import weakref
from pathlib import Path

import pandas as pd
import pytest

from dashboard.actors import normalise_name
from dashboard.loading import Dataset, load_dataset
from dashboard.query import (
    EventFilter,
    actor_counts,
    actor_event_ids,
    demand_event_ids,
    demands_by_theme,
    event_actor_table,
    event_mask,
    event_positions,
    filter_demands,
    filter_events,
    filter_figures,
    query_index,
    related_demands,
    related_figures,
)
from dashboard.view import render_view
from dashboard.viewstate import LaneMode, ViewState
from tests.packages import minimal_tables, write_package

ALL_SMALL = ["vote-1", "strikes-1", "note-issued", "vote-2"]


@pytest.fixture(scope="module")
def small_dataset(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    """The minimal package, loaded once for this module: nothing here changes it."""
    return load_dataset(write_package(tmp_path_factory.mktemp("small")))


def event_ids(dataset: Dataset, **criteria: object) -> list[str]:
    """Ids of the events matching an EventFilter built from ``criteria``."""
    return filter_events(dataset, EventFilter(**criteria))["id"].tolist()


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


# --- filter_events on the minimal package ------------------------------------


def test_empty_filter_keeps_every_event_in_date_order(small_dataset: Dataset) -> None:
    assert EventFilter().is_empty
    assert event_ids(small_dataset) == ALL_SMALL


def test_choosing_a_state_includes_events_of_its_armed_force(
    small_dataset: Dataset,
) -> None:
    # The army, not the state, is linked to the shelling.
    assert event_ids(small_dataset, actors=("statea",)) == [
        "vote-1",
        "strikes-1",
        "vote-2",
    ]


def test_choosing_the_child_does_not_include_the_parents_events(
    small_dataset: Dataset,
) -> None:
    assert event_ids(small_dataset, actors=("statea-army",)) == ["strikes-1"]


def test_choosing_a_person_includes_only_their_events(small_dataset: Dataset) -> None:
    assert event_ids(small_dataset, actors=("speaker",)) == ["note-issued"]


def test_several_actors_are_combined_with_or(small_dataset: Dataset) -> None:
    assert event_ids(small_dataset, actors=("statea-army", "speaker")) == [
        "strikes-1",
        "note-issued",
    ]


def test_actor_aliases_resolve_to_the_actor_for_filtering(
    small_dataset: Dataset,
) -> None:
    tree = small_dataset.actor_tree
    assert tree.resolve("state a authorities") == "statea"
    assert tree.resolve("ANA PEREZ") == "speaker"
    assert tree.resolve("Ana Pérez") == "speaker"
    assert tree.resolve("nobody at all") is None
    chosen = tree.resolve("State A officials")
    assert event_ids(small_dataset, actors=(chosen,)) == [
        "vote-1",
        "strikes-1",
        "vote-2",
    ]


def test_actor_event_ids_expands_children(small_dataset: Dataset) -> None:
    assert sorted(actor_event_ids(small_dataset, ["group"])) == ["note-issued"]
    assert sorted(actor_event_ids(small_dataset, ["statea"])) == [
        "strikes-1",
        "vote-1",
        "vote-2",
    ]


def test_event_type_filter(small_dataset: Dataset) -> None:
    assert event_ids(small_dataset, event_types=("veto",)) == ["vote-1", "vote-2"]
    assert event_ids(small_dataset, event_types=("veto", "attack")) == [
        "vote-1",
        "strikes-1",
        "vote-2",
    ]
    assert event_ids(small_dataset, event_types=("visit",)) == []


def test_date_window_keeps_a_period_that_overlaps_it(small_dataset: Dataset) -> None:
    # strikes-1 runs through February; a window inside it still finds it.
    assert event_ids(small_dataset, start=day("2020-02-10"), end=day("2020-02-12")) == [
        "strikes-1"
    ]


def test_date_window_bounds_are_inclusive(small_dataset: Dataset) -> None:
    assert event_ids(small_dataset, end=day("2020-01-10")) == ["vote-1"]
    assert event_ids(small_dataset, start=day("2020-02-29")) == [
        "strikes-1",
        "note-issued",
        "vote-2",
    ]


def test_date_window_drops_a_period_that_ended_before_it(
    small_dataset: Dataset,
) -> None:
    assert event_ids(small_dataset, start=day("2020-03-01")) == [
        "note-issued",
        "vote-2",
    ]


def test_zoom_window_narrows_the_date_filter(small_dataset: Dataset) -> None:
    flt = EventFilter(
        start=day("2020-01-01"),
        end=day("2020-12-31"),
        window=(day("2020-02-15"), day("2021-06-01")),
    )
    assert flt.date_bounds() == (pd.Timestamp("2020-02-15"), pd.Timestamp("2020-12-31"))
    assert filter_events(small_dataset, flt)["id"].tolist() == [
        "strikes-1",
        "note-issued",
        "vote-2",
    ]


def test_source_filter(small_dataset: Dataset) -> None:
    assert event_ids(small_dataset, sources=("ref-list",)) == ["vote-1", "vote-2"]
    assert event_ids(small_dataset, sources=("note-1",)) == [
        "vote-1",
        "strikes-1",
        "note-issued",
    ]


def test_free_text_ignores_case_and_accents(small_dataset: Dataset) -> None:
    # The data has 'Pérez'; the query may drop the accent or add one.
    assert event_ids(small_dataset, text="PEREZ") == ["note-issued"]
    assert event_ids(small_dataset, text="pérez") == ["note-issued"]
    assert event_ids(small_dataset, text="GÉNEVA") == ["vote-1"]


def test_free_text_needs_every_word(small_dataset: Dataset) -> None:
    assert event_ids(small_dataset, text="state shells") == ["strikes-1"]
    assert event_ids(small_dataset, text="blocked geneva") == []
    assert event_ids(small_dataset, text="   ") == ALL_SMALL


def test_free_text_matches_the_date_as_worded(small_dataset: Dataset) -> None:
    assert event_ids(small_dataset, text="10 january") == ["vote-1"]


def test_context_layer_can_be_hidden(small_dataset: Dataset) -> None:
    assert event_ids(small_dataset, include_context=True) == ALL_SMALL
    assert event_ids(small_dataset, include_context=False) == [
        "vote-1",
        "strikes-1",
        "note-issued",
    ]


def test_all_criteria_combine(small_dataset: Dataset) -> None:
    assert event_ids(
        small_dataset,
        actors=("statea",),
        event_types=("veto",),
        sources=("ref-list",),
        end=day("2020-03-01"),
    ) == ["vote-1"]


def test_filtering_leaves_the_dataset_unchanged(small_dataset: Dataset) -> None:
    before = small_dataset.events.copy()
    result = filter_events(small_dataset, EventFilter(text="state"))
    result.loc[result.index[0], "title"] = "changed"
    assert "changed" not in set(small_dataset.events["title"])
    pd.testing.assert_frame_equal(small_dataset.events, before)


# --- figures and demands -----------------------------------------------------


def test_figures_follow_their_event(small_dataset: Dataset) -> None:
    shown = filter_events(small_dataset, EventFilter())["id"]
    assert filter_figures(small_dataset, EventFilter(), shown)["id"].tolist() == [
        "fig-1"
    ]
    flt = EventFilter(event_types=("veto",))
    vetoes = filter_events(small_dataset, flt)["id"]
    assert filter_figures(small_dataset, flt, vetoes).empty


def test_figure_outside_the_date_window_is_dropped(small_dataset: Dataset) -> None:
    flt = EventFilter(start=day("2020-03-01"))
    assert filter_figures(small_dataset, flt, ["strikes-1"]).empty


def test_figure_tied_to_no_event_is_filtered_on_its_own_fields(
    tmp_path: Path,
) -> None:
    tables = minimal_tables()
    tables["casualty_figures"][0]["event_id"] = ""
    dataset = load_dataset(write_package(tmp_path / "package", tables))

    def shown(**criteria: object) -> list[str]:
        return filter_figures(dataset, EventFilter(**criteria), [])["id"].tolist()

    assert shown() == ["fig-1"]
    assert shown(actors=("group",)) == ["fig-1"]  # reported by the group
    assert shown(actors=("statea",)) == []
    assert shown(sources=("ref-list",)) == []
    assert shown(event_types=("attack",)) == []
    assert shown(text="shelling") == ["fig-1"]
    assert shown(text="flood") == []


def test_demands_follow_actor_made_by_addressed_to_or_concerning(
    small_dataset: Dataset,
) -> None:
    def shown(actor: str) -> list[str]:
        flt = EventFilter(actors=(actor,))
        events = filter_events(small_dataset, flt)["id"]
        return filter_demands(small_dataset, flt, events)["id"].tolist()

    assert shown("council") == ["dem-1"]  # addressed to
    # made by her, and tied to the note she spoke in
    assert shown("speaker") == ["dem-1", "dem-2"]
    assert shown("statea-army") == []
    assert shown("statea") == ["dem-1", "dem-2"]  # concerning, addressed to
    assert shown("group") == ["dem-1", "dem-2"]  # made by it or its spokesperson


def test_demands_match_actor_fields_without_any_tied_event(
    small_dataset: Dataset,
) -> None:
    flt = EventFilter(actors=("speaker",))
    assert filter_demands(small_dataset, flt, [])["id"].tolist() == ["dem-1"]


def test_demands_with_event_types_need_a_matching_event(
    small_dataset: Dataset,
) -> None:
    flt = EventFilter(event_types=("veto",))
    vetoes = filter_events(small_dataset, flt)["id"]
    # dem-1 responds to the first veto; dem-2 is tied only to the note.
    assert filter_demands(small_dataset, flt, vetoes)["id"].tolist() == ["dem-1"]


def test_demands_outside_the_date_window_are_dropped(small_dataset: Dataset) -> None:
    flt = EventFilter(end=day("2020-03-01"))
    events = filter_events(small_dataset, flt)["id"]
    assert filter_demands(small_dataset, flt, events).empty


def test_demand_text_search_matches_text_and_theme(small_dataset: Dataset) -> None:
    def shown(text: str) -> list[str]:
        flt = EventFilter(text=text)
        return filter_demands(small_dataset, flt, [])["id"].tolist()

    assert shown("OBSERVERS") == ["dem-2"]
    assert shown("icc_referral") == ["dem-1"]


def test_related_figures_of_an_event(small_dataset: Dataset) -> None:
    assert related_figures(small_dataset, "strikes-1")["id"].tolist() == ["fig-1"]
    assert related_figures(small_dataset, "vote-1").empty


def test_related_demands_include_made_in_responding_and_settling(
    small_dataset: Dataset,
) -> None:
    assert related_demands(small_dataset, "note-issued")["id"].tolist() == [
        "dem-1",
        "dem-2",
    ]
    assert related_demands(small_dataset, "vote-1")["id"].tolist() == ["dem-1"]
    # vote-2 is linked to no demand, but it settled dem-1.
    assert related_demands(small_dataset, "vote-2")["id"].tolist() == ["dem-1"]
    assert related_demands(small_dataset, "strikes-1").empty


def test_demand_event_ids_lists_every_tied_event(small_dataset: Dataset) -> None:
    assert demand_event_ids(small_dataset, ["dem-1"]) == [
        "note-issued",
        "vote-1",
        "vote-2",
    ]
    assert demand_event_ids(small_dataset, ["dem-2"]) == ["note-issued"]
    assert demand_event_ids(small_dataset, []) == []


def test_demands_by_theme_counts_per_year(small_dataset: Dataset) -> None:
    table = demands_by_theme(small_dataset.demands)
    assert table.to_dict("records") == [
        {
            "theme": "access_for_monitors",
            "period": pd.Timestamp("2020-01-01"),
            "count": 1,
            "met": 0,
            "unmet": 0,
            "demand_ids": ["dem-2"],
        },
        {
            "theme": "icc_referral",
            "period": pd.Timestamp("2020-01-01"),
            "count": 1,
            "met": 0,
            "unmet": 1,
            "demand_ids": ["dem-1"],
        },
    ]


def test_demands_by_theme_of_no_demands_is_empty_with_columns(
    small_dataset: Dataset,
) -> None:
    table = demands_by_theme(small_dataset.demands.head(0))
    assert table.empty
    assert list(table.columns) == [
        "theme",
        "period",
        "count",
        "met",
        "unmet",
        "demand_ids",
    ]


def test_actor_counts_include_children(small_dataset: Dataset) -> None:
    assert actor_counts(small_dataset).to_dict() == {
        "group": 1,  # the note, once, though the group and its speaker are both in it
        "speaker": 1,
        "statea": 3,
        "statea-army": 1,
        "council": 1,
    }


def test_event_actor_table_names_actors_and_roles(small_dataset: Dataset) -> None:
    table = event_actor_table(small_dataset, ["note-issued", "vote-2"])
    assert list(table.columns) == ["event_id", "actor_id", "name", "role"]
    assert table.to_dict("records") == [
        {
            "event_id": "note-issued",
            "actor_id": "group",
            "name": "Test Rights Group",
            "role": "author",
        },
        {
            "event_id": "note-issued",
            "actor_id": "speaker",
            "name": "Ana Pérez",
            "role": "spokesperson",
        },
        {
            "event_id": "vote-2",
            "actor_id": "statea",
            "name": "State A",
            "role": "vetoing_state",
        },
    ]
    assert event_actor_table(small_dataset, []).empty


# --- the bundled dataset -----------------------------------------------------


def test_bundled_russia_includes_its_forces(dataset: Dataset) -> None:
    ids = set(event_ids(dataset, actors=("russia",)))
    # Only Russian forces, not Russia itself, are linked to the hospital strikes.
    assert "hospital-airstrikes-2016" in ids
    assert {"veto-2011-10-04", "guterres-visit-moscow-2016"} <= ids
    assert "al-observer-mission-2011-12" not in ids
    assert event_ids(dataset, actors=("russian-forces",)) == [
        "hospital-airstrikes-2016"
    ]


def test_bundled_syria_includes_government_and_security_forces(
    dataset: Dataset,
) -> None:
    ids = set(event_ids(dataset, actors=("syria",)))
    assert {
        "syria-crackdown-2011",  # via the government
        "al-observer-report-2012-01",  # via the security forces
        "eastern-aleppo-attacks-2016",  # via government forces
        "al-observer-mission-2011-12",  # Syria itself, as host
    } <= ids
    assert not any(event_id.startswith("veto-") for event_id in ids)


def test_bundled_person_filter_keeps_only_that_person(dataset: Dataset) -> None:
    assert event_ids(dataset, actors=("jose-luis-diaz",)) == ["ai-statement-2012-02-02"]
    assert event_ids(dataset, actors=("jane-connors",)) == ["ai-statement-2016-11"]
    assert set(event_ids(dataset, actors=("amnesty",))) == {
        "ai-statement-2012-02-02",
        "ai-statement-2016-11",
        "ai-crimes-against-humanity-2012",
        "ai-aleppo-research-2016",
    }


def test_bundled_aliases_resolve(dataset: Dataset) -> None:
    tree = dataset.actor_tree
    assert tree.resolve("Russian Federation") == "russia"
    assert tree.resolve("josé luis díaz") == "jose-luis-diaz"
    assert tree.resolve("UNSC") == "un-security-council"
    assert tree.resolve("P5") == "un-sc-permanent-members"


def test_bundled_date_window_finds_the_periods_running_through_it(
    dataset: Dataset,
) -> None:
    ids = set(event_ids(dataset, start=day("2012-01-25"), end=day("2012-01-25")))
    assert {
        "syria-crackdown-2011",
        "russia-arms-shipments-2012",
        "sc-draft-negotiations-2012",
    } <= ids
    assert "veto-2011-10-04" not in ids
    assert "al-resolution-2012-01-22" not in ids


def test_bundled_text_search_ignores_accents(dataset: Dataset) -> None:
    assert event_ids(dataset, text="DÍAZ") == ["ai-statement-2012-02-02"]
    assert "guterres-visit-moscow-2016" in event_ids(dataset, text="antonio moscow")


def test_bundled_event_type_and_source_filters(dataset: Dataset) -> None:
    listed = event_ids(dataset, sources=("un-veto-list",))
    assert len(listed) == 6
    vetoes = event_ids(dataset, event_types=("veto",))
    assert set(listed) <= set(vetoes)
    assert "russia-icc-vetoes-2011-2016" in vetoes


def test_bundled_context_off_hides_only_list_only_vetoes(dataset: Dataset) -> None:
    hidden = set(dataset.events["id"]) - set(event_ids(dataset, include_context=False))
    assert hidden == {
        "veto-2012-02-04",
        "veto-2012-07-19",
        "veto-2014-05-22",
        "veto-2016-10-08",
        "veto-2016-12-05",
    }


def test_bundled_related_records_of_the_first_veto(dataset: Dataset) -> None:
    figures = related_figures(dataset, "veto-2011-10-04")
    assert figures["id"].tolist() == ["killed-syria-2011-10-to-2012-02"]
    demands = set(related_demands(dataset, "veto-2012-02-04")["id"])
    assert {"d2012-russia-no-block", "d2012-binding-resolution"} <= demands


def test_bundled_demands_by_theme_over_time(dataset: Dataset) -> None:
    table = demands_by_theme(dataset.demands)
    counts = {(row.theme, row.period.year): row.count for row in table.itertuples()}
    assert counts["icc_referral", 2012] == 2
    assert counts["veto_restraint", 2012] == 1
    assert counts["veto_restraint", 2016] == 1
    assert counts["independent_investigation", 2011] == 1
    assert counts["un_scrutiny", 2016] == 1
    assert table["count"].sum() == len(dataset.demands)


@pytest.mark.parametrize(
    ("actor", "at_least"), [("russia", 15), ("syria", 10), ("amnesty", 4)]
)
def test_bundled_actor_counts_add_up_children(
    dataset: Dataset, actor: str, at_least: int
) -> None:
    counts = actor_counts(dataset)
    assert counts[actor] == len(event_ids(dataset, actors=(actor,)))
    assert counts[actor] >= at_least


def test_bundled_event_actor_table_of_the_first_veto(dataset: Dataset) -> None:
    table = event_actor_table(dataset, ["veto-2011-10-04"])
    roles = dict(zip(table["name"], table["role"]))
    assert roles == {
        "Russia": "vetoing_state",
        "China": "vetoing_state",
        "UN Security Council": "forum",
    }


# --- a larger made-up dataset, against a plain reading of the rules ----------


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    """3,000 made-up events: enough for every kind of link and filter."""
    synth = pytest.importorskip("dashboard.synth")
    directory = tmp_path_factory.mktemp("synthetic") / "package"
    return load_dataset(synth.write_synthetic_package(directory, 3000, seed=5))


def overlaps(start, end, low: dt.date | None, high: dt.date | None) -> bool:
    if pd.isna(start):
        return False
    return (low is None or end >= pd.Timestamp(low)) and (
        high is None or start <= pd.Timestamp(high)
    )


def has_words(text: str, query: str) -> bool:
    return all(word in normalise_name(text) for word in normalise_name(query).split())


def expected_events(dataset: Dataset, flt: EventFilter) -> list[str]:
    """The events ``flt`` keeps, worked out row by row from the rules."""
    wanted = dataset.actor_tree.expand(flt.actors)
    by_actor = {
        str(event)
        for event, actor in zip(
            dataset.event_actors["event_id"], dataset.event_actors["actor_id"]
        )
        if actor in wanted
    }
    by_source = {
        str(event)
        for event, source in zip(
            dataset.event_sources["event_id"], dataset.event_sources["source_id"]
        )
        if source in flt.sources
    }
    low, high = flt.date_bounds()
    return [
        row.id
        for row in dataset.events.itertuples()
        if (flt.include_context or row.layer != "context")
        and (not flt.event_types or row.event_type in flt.event_types)
        and (not flt.actors or row.id in by_actor)
        and (not flt.sources or row.id in by_source)
        and overlaps(row.start, row.end, low, high)
        and (not flt.text.strip() or has_words(row.search_text, flt.text))
    ]


def expected_figures(dataset: Dataset, flt: EventFilter, shown: set[str]) -> list[str]:
    wanted = dataset.actor_tree.expand(flt.actors)
    low, high = flt.date_bounds()
    kept = []
    for row in dataset.casualty_figures.itertuples():
        start = row.period_start if pd.notna(row.period_start) else row.period_end
        end = row.period_end if pd.notna(row.period_end) else row.period_start
        untied = pd.isna(row.event_id) and (
            (not flt.actors or row.reported_by_id in wanted)
            and (not flt.sources or row.source_id in flt.sources)
            and not flt.event_types
            and (
                not flt.text.strip()
                or has_words(f"{row.summary} {row.location or ''}", flt.text)
            )
        )
        in_time = pd.isna(start) or overlaps(start, end, low, high)
        if (str(row.event_id) in shown or untied) and in_time:
            kept.append(row.id)
    return kept


def expected_demands(dataset: Dataset, flt: EventFilter, shown: set[str]) -> list[str]:
    wanted = dataset.actor_tree.expand(flt.actors)
    links = dataset.demand_events
    tied = {
        str(demand)
        for demand, event in zip(links["demand_id"], links["event_id"])
        if str(event) in shown
    }
    low, high = flt.date_bounds()
    return [
        row.id
        for row in dataset.demands.itertuples()
        if (
            not flt.actors
            or row.id in tied
            or {row.made_by_id, row.addressed_to_id, row.concerning_id} & wanted
        )
        and (not flt.sources or row.source_id in flt.sources)
        and (not flt.event_types or row.id in tied)
        and overlaps(row.made_on, row.made_on, low, high)
        and (not flt.text.strip() or has_words(f"{row.text} {row.theme}", flt.text))
    ]


LARGE_FILTERS = [
    EventFilter(),
    EventFilter(actors=("state-000",)),
    EventFilter(actors=("state-001-army", "state-002")),
    EventFilter(sources=("campaign-001", "campaign-003")),
    EventFilter(event_types=("veto", "statement")),
    EventFilter(event_types=("attack", "crackdown"), sources=("campaign-002",)),
    EventFilter(include_context=False, start=day("2013-01-01")),
    EventFilter(text="Hospitals"),
    EventFilter(text="draft text", end=day("2015-06-30")),
    EventFilter(window=(day("2014-03-01"), day("2014-05-31")), actors=("state-001",)),
    EventFilter(text="no-such-word-anywhere"),
]


@pytest.mark.parametrize("flt", LARGE_FILTERS, ids=repr)
def test_filters_on_a_larger_dataset_keep_what_the_rules_say(
    synthetic: Dataset, flt: EventFilter
) -> None:
    events = filter_events(synthetic, flt)
    assert events["id"].tolist() == expected_events(synthetic, flt)
    shown = set(events["id"])
    figures = filter_figures(synthetic, flt, events["id"])
    assert figures["id"].tolist() == expected_figures(synthetic, flt, shown)
    demands = filter_demands(synthetic, flt, list(shown))
    assert demands["id"].tolist() == expected_demands(synthetic, flt, shown)


def test_the_same_search_twice_gives_the_same_fresh_answer(synthetic: Dataset) -> None:
    flt = EventFilter(text="hospitals")
    first = event_mask(synthetic, flt)
    first[:] = False  # the caller's copy: what is remembered must not change
    again = event_mask(synthetic, flt)
    assert again.any()
    assert (
        again.tolist()
        == synthetic.events["search_text"].str.contains("hospitals").tolist()
    )


def test_indexes_are_worked_out_once_per_dataset(small_package: Path) -> None:
    first, second = load_dataset(small_package), load_dataset(small_package)
    assert query_index(first) is query_index(first)
    assert query_index(second) is not query_index(first)  # e.g. after a merge
    assert not query_index(first).actor_link_events.flags.writeable


def test_event_rows_are_found_whatever_frame_the_ids_come_from(
    synthetic: Dataset,
) -> None:
    events = synthetic.events
    some = events.iloc[[5, 17, 2000]]
    assert event_positions(synthetic, some["id"]).tolist() == [5, 17, 2000]
    shuffled = some["id"].iloc[::-1].reset_index(drop=True)
    assert event_positions(synthetic, shuffled).tolist() == [2000, 17, 5]
    ids = [events["id"].iloc[9], "no-such-event"]
    assert event_positions(synthetic, ids).tolist() == [9, -1]
    assert event_positions(synthetic, []).tolist() == []


def test_a_replaced_dataset_and_its_indexes_can_be_freed(small_package: Path) -> None:
    dataset = load_dataset(small_package)
    render_view(dataset, ViewState(text="vote", lanes=LaneMode.ACTOR, event="vote-1"))
    gone = weakref.ref(dataset)
    del dataset
    gc.collect()
    assert gone() is None
