"""The ingester's reading rules, stage by stage, on short texts written for
these tests (the places and organisations are made up)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from dashboard.cli import main
from dashboard.ingest.actors import (
    ActorMatcher,
    propose_organisations,
    propose_people,
    propose_states,
)
from dashboard.ingest.dates import find_dates
from dashboard.ingest.duplicates import merge_candidates
from dashboard.ingest.evaluate import DEFAULT_CORPUS, same_date_value
from dashboard.ingest.extract import (
    Sentence,
    demand_candidates,
    figure_candidates,
    read_sentence,
    sentences,
    split_asks,
    themes_of,
)
from dashboard.ingest.pipeline import ingest_document, referenced_actor_ids
from dashboard.ingest.read import SUFFIXES, parse_text, read_document
from dashboard.loading import Dataset

PUBLISHED = dt.date(2021, 3, 3)  # a Wednesday


def dates_of(text: str, published: dt.date | None = PUBLISHED):
    return find_dates([(1, 0, text)], published)


def sentence(text: str, quoted: bool = False) -> Sentence:
    return Sentence(1, 0, len(text), text, quoted)


def figures_of(text: str) -> set[tuple]:
    return {
        (c.fields["count"], c.fields["qualifier"], c.fields["outcome"])
        for c in figure_candidates(sentence(text))
    }


def release(body: str, dated: str = "3 March 2021") -> str:
    return f"Veloria: the title of the release\n\n{dated}\n\n{body}\n"


def ingest(dataset: Dataset, body: str, name: str = "note.txt", **kw) -> dict:
    return ingest_document(parse_text(name, release(body, **kw)), dataset)


# -- reader ----------------------------------------------------------------------

PAGE = """<html><head><title>Ostrel | Rights Watchers</title></head><body>
<nav><a href="/">Home</a></nav>
<article><header><h1>Veloria: shelling of Ostrel must stop</h1>
<p class="meta">Published: 3 March 2021</p></header>
<p>The army of Veloria shelled the market in Ostrel on Monday, local doctors told
Rights Watchers, and medics counted the dead for two days afterwards.</p>
<p>The shared paragraph that two pages of the same site both carry, word for
word, so that a cache of seen text would drop it from the second page.</p>
<p>Rights Watchers calls on the government to stop shelling towns at once.</p>
</article><footer>Donate now to support our work.</footer></body></html>"""


def test_each_html_read_is_independent_of_earlier_reads():
    first = [p.text for p in parse_text("a.html", PAGE, ".html").paragraphs]
    for _ in range(5):
        again = [p.text for p in parse_text("a.html", PAGE, ".html").paragraphs]
        assert again == first
    other = PAGE.replace("Ostrel", "Varna")
    paragraphs = parse_text("b.html", other, ".html").paragraphs
    assert any("shared paragraph" in p.text for p in paragraphs)


def test_article_header_title_and_dateline_are_paragraphs_1_and_2():
    paragraphs = parse_text("a.html", PAGE, ".html").paragraphs
    assert paragraphs[0].text == "Veloria: shelling of Ostrel must stop"
    assert paragraphs[1].text == "Published: 3 March 2021"
    assert paragraphs[2].text.startswith("The army of Veloria")


def test_block_quote_is_its_own_paragraph_and_a_list_joins_its_lead_in():
    text = (
        "# Title\n\nThe army shelled the town. Doctors counted the dead.\n\n"
        '> "This must stop," said Ana Perez, Director at Rights Watchers.\n\n'
        "Rights Watchers calls on the army to:\n\n- stop shelling towns;\n"
        "- let aid in; and\n- free the detained men.\n\nClosing words."
    )
    texts = [p.text for p in parse_text("n.md", text, ".md").paragraphs]
    assert texts[1] == "The army shelled the town. Doctors counted the dead."
    assert texts[2].startswith('"This must stop,"')
    assert texts[3] == (
        "Rights Watchers calls on the army to: stop shelling towns; let aid in; "
        "and free the detained men."
    )
    assert texts[4] == "Closing words."


def test_a_masthead_keeps_its_number_but_is_neither_title_nor_body(dataset: Dataset):
    text = "OSTREL JUSTICE NETWORK - PRESS RELEASE\n\n" + release(
        "The army shelled Ostrel yesterday, the Ostrel Justice Network said."
    )
    document = parse_text("m.txt", text)
    assert [p.kind for p in document.paragraphs][:2] == ["masthead", "text"]
    assert document.paragraphs[0].number == 1
    candidates = ingest_document(document, dataset)
    source = candidates["sources"][0]
    assert source["title"] == "Veloria: the title of the release"
    assert source["publisher"] == "Ostrel Justice Network"


# -- dates -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("last year", "2020-01-01", "2020-12-31", "year"),
        ("between 2011 and 2015", "2011-01-01", "2015-12-31", "year"),
        ("from 2009 to 2012", "2009-01-01", "2012-12-31", "year"),
        ("months ago", "2020-03-03", "2021-01-03", "approximate"),
        ("years ago", "2009-03-03", "2019-03-03", "approximate"),
        ("in the past two years", "2019-03-03", "2021-03-03", "approximate"),
        ("more than 10 months", "2020-05-03", "2021-03-03", "approximate"),
    ],
)
def test_calendar_periods_use_calendar_months_and_years(
    text: str, start: str, end: str, precision: str
):
    (mention,) = dates_of(text)
    assert (mention.start.isoformat(), mention.end.isoformat()) == (start, end)
    assert mention.precision == precision


def test_us_style_ranges_and_months_without_a_year():
    (span,) = dates_of("Raids took place on February 9 and 10.")
    assert (span.start, span.end) == (dt.date(2021, 2, 9), dt.date(2021, 2, 10))
    (april,) = dates_of("In April, soldiers set fire to the offices.")
    assert (april.start, april.precision) == (dt.date(2020, 4, 1), "month")


def test_a_dateline_opening_the_first_paragraph_is_the_publication_date(
    dataset: Dataset,
):
    text = (
        "Veloria: title\n\nOstrel, 3 March 2021 — Troops shelled the market in "
        "Ostrel yesterday, killing 12 people, Rights Watchers said."
    )
    candidates = ingest_document(parse_text("d.txt", text), dataset)
    assert candidates["sources"][0]["published"] == "2021-03-03"
    assert [(e["event_type"], e["start"]) for e in candidates["events"]] == [
        ("attack", "2021-03-02")
    ]
    assert candidates["casualty_figures"][0]["count"] == 12


def test_a_date_does_not_swallow_the_full_stop_that_ends_its_sentence():
    (full,) = dates_of("The hospital was bombed on 16 March.")
    assert full.text == "16 March"
    (short,) = dates_of("A bus was hit last Oct. 4, witnesses said.")
    assert short.text == "last Oct. 4"


def test_since_then_points_to_the_first_date_of_the_sentence_before():
    mentions = dates_of(
        "Soldiers raided the village from 3 to 5 January, the group said "
        "yesterday. Nobody has seen the men since then."
    )
    since = mentions[-1]
    assert (since.start, since.end) == (dt.date(2021, 1, 3), dt.date(2021, 1, 5))
    mentions = dates_of(
        "In May 2019 a report found that 40 people died between 2015 and 2017. "
        "Since then, no one has answered."
    )
    assert (mentions[-1].start, mentions[-1].end) == (
        dt.date(2019, 5, 1),
        dt.date(2019, 5, 31),
    )
    assert mentions[-1].precision == "month"


def test_an_act_told_since_then_runs_from_that_date_to_publication(
    dataset: Dataset,
):
    candidates = ingest(
        dataset,
        "Police raided the Ostrel office on 4 January 2021. Since then, more than "
        "40 activists have been detained.",
    )
    assert ("crackdown", "2021-01-04", "2021-03-03") in events_of(candidates)


# -- actors ----------------------------------------------------------------------


def test_people_with_capitalised_roles_and_titles_are_proposed():
    text = (
        '"It must end," said Lina Moreau, Rights Watchers\' Deputy Director for '
        "Europe. Soldiers detained Foreign Minister Pavel Orlov at dawn."
    )
    people = {p.name: p.role for p in propose_people(text, [])}
    assert people["Lina Moreau"] == "Rights Watchers' Deputy Director for Europe"
    assert people["Pavel Orlov"] == "Foreign Minister"


def test_states_and_their_institutions_are_proposed(dataset: Dataset):
    matcher = ActorMatcher(dataset.actors)
    text = (
        "Ethiopian security forces fired on crowds while the UK government and "
        "Kenya's authorities stayed silent. The Saudi Arabia-led coalition "
        "bombed Yemen again; Turkish officials met France."
    )
    found = {m.name: m.kind for m in propose_states(text, matcher, [])}
    assert found["Ethiopian security forces"] == "armed_force"
    assert found["UK government"] == "government"
    assert found["Kenyan authorities"] == "government"
    assert found["Saudi Arabia-led coalition"] == "armed_force"
    assert found["Turkish officials"] == "government"
    assert found["Yemen"] == found["France"] == "state"


def test_organisations_are_proposed_where_they_speak_or_employ():
    text = (
        "The town was shelled, Voices for Justice said. Mira Olsen, Senior "
        "Researcher at Voices for Justice, saw it. Voices for Justice calls on "
        "the army to stop."
    )
    found = propose_organisations(text, [])
    assert {m.name for m in found} == {"Voices for Justice"}
    assert len(found) == 3


def test_a_generic_alias_does_not_swallow_a_more_specific_body(dataset: Dataset):
    candidates = ingest(
        dataset,
        "The Commission of Inquiry on Veloria, which the UN Human Rights Council set "
        "up last month, should investigate. UN investigators were turned away.",
    )
    known = {a["id"] for a in candidates["mentioned_actors"]}
    new = {a["name"] for a in candidates["actors"]}
    assert "un-coi-syria" not in known
    assert {"Commission of Inquiry on Veloria", "UN Human Rights Council"} <= new
    assert "united-nations" in known  # "UN investigators": the UN standing alone


# -- events ----------------------------------------------------------------------


def test_the_reporting_clause_is_set_apart():
    text = "The army shelled Ostrel on Monday, Rights Watchers said today."
    reading = read_sentence(text)
    assert text[slice(*reading.content)] == "The army shelled Ostrel on Monday"
    assert text[slice(*reading.reporting)] == "Rights Watchers said today"
    text = "Local officials say more than 40 people were killed."
    reading = read_sentence(text)
    assert text[slice(*reading.content)] == "more than 40 people were killed"


def events_of(candidates: dict) -> list[tuple[str, str, str]]:
    return [(e["event_type"], e["start"], e["end"]) for e in candidates["events"]]


def test_said_today_is_no_event_but_said_yesterday_is_a_statement(
    dataset: Dataset,
):
    candidates = ingest(
        dataset,
        "Troops opened fire on protesters in Ostrel on Monday, killing nine, "
        "Rights Watchers said yesterday in a briefing to diplomats.",
    )
    assert events_of(candidates) == [
        ("statement", "2021-03-02", "2021-03-02"),
        ("crackdown", "2021-03-01", "2021-03-01"),
    ]
    statement, crackdown = candidates["events"]
    assert statement["title"] == "Statement by Rights Watchers"
    assert not {a["id"] for a in crackdown["actors"]} & {"rights-watchers"}
    assert crackdown["location"] == "Ostrel"
    assert crackdown["title"] == "Crackdown in Ostrel"
    candidates = ingest(
        dataset, "Troops raided Ostrel on Monday, Rights Watchers said today."
    )
    assert [e[0] for e in events_of(candidates)] == ["attack"]
    candidates = ingest(
        dataset,
        "Troops held men at a camp near Ostrel, Rights Watchers said in a "
        "briefing published today.",
    )
    assert events_of(candidates) == [("report", "2021-03-03", "2021-03-03")]


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        ("Police used live ammunition against marchers on Monday.", "crackdown"),
        ("Police dispersed a sit-in outside the ministry yesterday.", "crackdown"),
        ("The authorities cut mobile internet across the country on 1 March.",
         "crackdown"),
        ("The military takeover of 2 February ended the transition.", "crackdown"),
        ("Seven prisoners were executed in Varna in 2019.", "crackdown"),
        ("Missile strikes hit the power station on Monday.", "attack"),
        ("Drones pounded the suburbs of Ostrel yesterday.", "attack"),
        ("The Court of Appeal ruled on Monday that the sales were unlawful.",
         "finding"),
        ("The council set up a commission of inquiry last month.", "resolution"),
        ("The minister turned down a request for access last week.", "rejection"),
    ],
)  # fmt: skip
def test_trigger_vocabulary(dataset: Dataset, body: str, event_type: str):
    assert [e[0] for e in events_of(ingest(dataset, body))] == [event_type]


def test_two_dated_clauses_give_two_events(dataset: Dataset):
    candidates = ingest(
        dataset,
        "In May 2019, our researchers published a report showing that 80 people "
        "were executed in Varna prison between 2012 and 2015.",
    )
    assert events_of(candidates) == [
        ("report", "2019-05-01", "2019-05-31"),
        ("crackdown", "2012-01-01", "2015-12-31"),
    ]


def test_vague_or_future_dates_make_no_wrongly_typed_events(dataset: Dataset):
    body = (
        "In the past five years, the group has documented many such raids. "
        "What we documented years ago is happening again. "
        "The envoy is due to brief the council on the attacks next week."
    )
    assert [e[0] for e in events_of(ingest(dataset, body))] == ["report"]


def test_an_act_since_a_date_runs_to_publication(dataset: Dataset):
    candidates = ingest(
        dataset,
        "The militia has shelled Ostrel every night since fighting began on 4 "
        "January.\n\nSince the invasion began on 20 February, the group has met "
        "many refugees.",
    )
    assert events_of(candidates) == [
        ("attack", "2021-01-04", "2021-03-03"),
        ("attack", "2021-02-20", "2021-02-20"),
    ]
    assert candidates["events"][0]["is_period"] is True


# -- figures ---------------------------------------------------------------------


def test_a_figure_takes_the_outcome_nearest_to_it_on_either_side():
    assert figures_of(
        "Troops fired on the crowd, killing at least 12 students and wounding "
        "dozens more."
    ) == {(12, "at_least", "killed"), (None, "unspecified", "injured")}
    assert figures_of(
        "More than 600 civilians have been killed and at least 5,000 injured."
    ) == {(600, "more_than", "killed"), (5000, "at_least", "injured")}
    assert figures_of(
        "Thousands have been killed and more than two million have fled."
    ) == {(None, "unspecified", "killed"), (2_000_000, "more_than", "displaced")}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Dozens of people were injured.", (None, "unspecified", "injured")),
        ("Thousands of villagers fled.", (None, "unspecified", "displaced")),
        ("As many as 300 prisoners were executed.", (300, "about", "killed")),
        ("At least nine men have not been heard from since.",
         (9, "at_least", "disappeared")),
        ("Police detained scores of students.", (None, "unspecified", "detained")),
    ],
)  # fmt: skip
def test_vague_amounts_and_outcome_words(text: str, figure: tuple):
    assert figures_of(text) == {figure}


def test_numbers_of_things_and_interviewees_are_not_figures():
    assert figures_of("We interviewed 31 people about 12 attacks on schools.") == set()


# -- demands ---------------------------------------------------------------------


def demands_of(text: str, quoted: bool = False) -> list[tuple[str, str, str]]:
    return [
        (c.fields["theme"], c.fields["addressed_to"], c.fields["text"])
        for c in demand_candidates(sentence(text, quoted), [], "speaker", "publisher")
    ]


def test_calls_on_with_a_colon_and_a_list_give_one_demand_per_item():
    text = (
        "Rights Watchers calls on all governments to: halt shipments of aviation "
        "fuel to Veloria; impose an arms embargo on the army; and freeze the "
        "assets of army-owned firms."
    )
    assert demands_of(text) == [
        ("stop_assisting_crimes", "Governments",
         "Halt shipments of aviation fuel to Veloria"),
        ("arms_embargo", "Governments", "Impose an arms embargo on the army"),
        ("asset_freeze", "Governments", "Freeze the assets of army-owned firms"),
    ]  # fmt: skip


def test_several_must_clauses_and_calls_in_one_sentence():
    text = (
        "The two armies must stop using explosive weapons in towns and must allow "
        "safe passage for aid convoys."
    )
    assert [d[0] for d in demands_of(text)] == [
        "end_unlawful_attacks",
        "humanitarian_access",
    ]
    text = (
        "The group calls on the army to end attacks on power stations, and urges "
        "its supplier to stop sending drones."
    )
    assert [(d[0], d[1]) for d in demands_of(text)] == [
        ("end_unlawful_attacks", "Army"),
        ("arms_embargo", "Its supplier"),
    ]


def test_asks_split_at_list_boundaries_not_inside_noun_phrases():
    asks = (
        "release the men or charge them, to reveal where they are held and to "
        "allow UN investigators and aid agencies into the camps"
    )
    parts = split_asks(asks)
    assert parts == [
        "release the men or charge them",
        "reveal where they are held",
        "allow UN investigators and aid agencies into the camps",
    ]
    assert themes_of(parts[2]) == ["access_for_monitors", "humanitarian_access"]


@pytest.mark.parametrize(
    ("ask", "theme"),
    [
        ("allow safe passage for humanitarian aid", "humanitarian_access"),
        ("let aid convoys reach the besieged district", "humanitarian_access"),
        ("allow investigators into the prisons", "access_for_monitors"),
        ("stop firing explosive weapons into towns", "end_unlawful_attacks"),
        ("disclose the fate of everyone held", "end_torture_disappearance"),
        ("return the remains of those who died", "end_torture_disappearance"),
        ("use universal jurisdiction to try the commanders", "accountability"),
        ("stop supplying armed drones to the army", "arms_embargo"),
        ("stop providing targeting support to the air force",
         "stop_assisting_crimes"),
        ("include the strikes in his investigation", "independent_investigation"),
    ],
)  # fmt: skip
def test_theme_vocabulary(ask: str, theme: str):
    assert themes_of(ask) == [theme]


def test_a_demand_is_the_tidied_ask_addressed_without_the_article():
    ((theme, addressed, text),) = demands_of(
        "The Security Council should immediately impose an arms embargo on the "
        "warring parties."
    )
    assert (theme, addressed) == ("arms_embargo", "Security Council")
    assert text == "Impose an arms embargo on the warring parties"


def test_demanded_that_x_do_y_gives_the_asks():
    text = (
        "The group demanded that the authorities drop all charges against the "
        "reporters and allow monitors into the prisons."
    )
    assert [(d[0], d[1]) for d in demands_of(text)] == [
        ("release_detainees", "Authorities"),
        ("access_for_monitors", "Authorities"),
    ]


def test_a_quoted_must_is_the_spokespersons_demand():
    (demand,) = demand_candidates(
        sentence("those who gave the orders must answer for it", quoted=True),
        [],
        "lina-moreau",
        "rights-watchers",
    )
    assert demand.fields["theme"] == "accountability"
    assert demand.fields["made_by"] == "lina-moreau"


# -- the whole release, the scorer and the command ----------------------------------


def corpus_files() -> list[Path]:
    return sorted(
        p
        for p in DEFAULT_CORPUS.glob("*")
        if p.suffix in SUFFIXES and p.with_name(p.stem + ".gold.json").exists()
    )


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_every_referenced_actor_is_known_or_proposed(dataset: Dataset, path: Path):
    candidates = ingest_document(read_document(path), dataset)
    listed = set(dataset.actors["id"]) | {a["id"] for a in candidates["actors"]}
    assert referenced_actor_ids(candidates) <= listed
    publisher = candidates["sources"][0]["publisher"]
    assert publisher is not None


def test_every_referenced_actor_is_known_or_proposed_in_shared_sources(
    dataset: Dataset, shared_sources: Path
):
    for path in sorted(shared_sources.glob("*.txt")):
        candidates = ingest_document(read_document(path), dataset)
        listed = set(dataset.actors["id"]) | {a["id"] for a in candidates["actors"]}
        assert referenced_actor_ids(candidates) <= listed


def test_an_unresolved_gold_date_needs_the_same_expression():
    gold = {"text": "last week", "start": None, "end": None,
            "precision": "unresolved", "paragraph": 3}  # fmt: skip
    same = {"text": "last week", "start": None, "end": None, "paragraph": 3}
    other = {"text": "today", "start": None, "end": None, "paragraph": 3}
    elsewhere = dict(same, paragraph=4)
    assert same_date_value(same, gold)
    assert not same_date_value(other, gold)
    assert not same_date_value(elsewhere, gold)


def test_the_cli_output_lists_the_known_actors_it_matched(tmp_path: Path):
    path = tmp_path / "note.txt"
    path.write_text(
        release("Russia vetoed the draft in the Security Council on Monday."),
        encoding="utf-8",
    )
    out = tmp_path / "candidates.json"
    assert main(["ingest", str(path), "--out", str(out)]) == 0
    candidates = json.loads(out.read_text())
    ids = {a["id"] for a in candidates["mentioned_actors"]}
    assert {"russia", "un-security-council"} <= ids


def test_figures_point_to_events_that_survive_merging(dataset: Dataset):
    documents = [
        ingest_document(read_document(path), dataset)
        for path in corpus_files()
        if path.stem.startswith("syria-death-notices")
    ]
    assert len(documents) == 2
    merged = merge_candidates(documents)
    events = {e["id"] for e in merged["events"]}
    linked = [f["event_id"] for f in merged["casualty_figures"] if f["event_id"]]
    assert linked
    assert set(linked) <= events


# -- styles beyond the evaluation corpus (benchmarks/ingest_dev) -----------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Police searched her flat at the weekend.", "2021-02-27", "2021-02-28"),
        ("Two men were shot over the past 48 hours.", "2021-03-01", "2021-03-03"),
        ("Sweeps took place early last month.", "2021-02-01", "2021-02-10"),
        ("Gangs took the port in late February.", "2021-02-21", "2021-02-28"),
        ("The council approved it last October.", "2020-10-01", "2020-10-31"),
        ("They stormed the town last Wednesday.", "2021-02-24", "2021-02-24"),
        ("Since the 2016 agreement, killings have risen.", "2016-01-01",
         "2016-12-31"),
        ("In 2016, the commission reported.", "2016-01-01", "2016-12-31"),
        ("Many died in the first three months of the year.", "2021-01-01",
         "2021-03-31"),
    ],
)  # fmt: skip
def test_weekends_hours_parts_of_months_and_attributive_years(
    text: str, start: str, end: str
):
    (mention,) = dates_of(text)
    assert (mention.start.isoformat(), mention.end.isoformat()) == (start, end)


def test_n_weeks_later_counts_from_the_date_before():
    mentions = dates_of(
        "On 12 January, gunmen attacked a police post. Three weeks later, the "
        "army launched an offensive."
    )
    assert [(m.text, m.start) for m in mentions] == [
        ("12 January", dt.date(2021, 1, 12)),
        ("Three weeks later", dt.date(2021, 2, 2)),
    ]


def test_a_fortnight_and_decades_stay_unresolved_without_a_dateline():
    mentions = dates_of(
        "Round-ups intensified a fortnight ago. Many fled over the past two decades.",
        None,
    )
    assert [(m.text, m.precision) for m in mentions] == [
        ("a fortnight ago", "unresolved"),
        ("over the past two decades", "unresolved"),
    ]


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        ("The bill was passed by parliament on Monday.", "resolution"),
        ("Their trial opened in Varna on Monday.", "finding"),
        ("Two closed hearings were held on 1 and 2 March.", "finding"),
        ("Gunmen shot dead two farmers near Ostrel on Monday.", "attack"),
        ("Fighting between the army and a militia on Monday forced families "
         "to flee.", "attack"),
        ("A mission approved by the UN Security Council last October has not "
         "deployed.", "resolution"),
        ("The peace agreement was signed in 2016.", "negotiation"),
        ("The government postponed the elections on Monday.", "statement"),
        ("Three detainees died in custody in Varna on Monday.", "crackdown"),
    ],
)  # fmt: skip
def test_laws_trials_killings_fighting_and_agreements(
    dataset: Dataset, body: str, event_type: str
):
    assert [e[0] for e in events_of(ingest(dataset, body))] == [event_type]


def test_the_main_clause_act_comes_before_a_scene_setting_when_clause(
    dataset: Dataset,
):
    candidates = ingest(
        dataset,
        "The activists were arrested in Ostrel on Monday, when soldiers raided a "
        "radio station.",
    )
    assert [e[0] for e in events_of(candidates)] == ["crackdown"]
    candidates = ingest(
        dataset,
        "Police broke up the sit-in on Monday, when nine protesters were killed.",
    )
    assert [e[0] for e in events_of(candidates)] == ["crackdown"]


def test_a_noun_referring_back_or_an_infinitive_is_no_new_event(dataset: Dataset):
    candidates = ingest(
        dataset, "The attack was the deadliest since gangs seized the port on Monday."
    )
    assert events_of(candidates) == [("attack", "2021-03-01", "2021-03-01")]
    candidates = ingest(
        dataset,
        "Parliament passed a bill on Monday that keeps the power to arrest people "
        "without a warrant, promised away in the 2018 agreement.",
    )
    assert [e[0] for e in events_of(candidates)] == ["resolution"]


def test_an_act_dated_inside_a_request_is_no_event(dataset: Dataset):
    candidates = ingest(
        dataset,
        "The authorities must reveal the whereabouts of everyone detained in last "
        "month's sweeps.",
    )
    assert events_of(candidates) == []
    assert [d["theme"] for d in candidates["demands"]] == ["end_torture_disappearance"]


def test_a_dated_statement_by_told_reporters_or_stated_but_not_were_told(
    dataset: Dataset,
):
    candidates = ingest(
        dataset,
        "The Interior Ministry stated on Monday that the demands were under review.",
    )
    assert events_of(candidates) == [("statement", "2021-03-01", "2021-03-01")]
    candidates = ingest(
        dataset, "Her colleagues were told on Monday that she is held in Varna."
    )
    assert events_of(candidates) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Nearly two dozen of them have not been seen since.",
         (24, "about", "disappeared")),
        ("Police arrested a dozen relatives outside the prison.",
         (12, "exactly", "detained")),
        ("An estimated half a million people have fled the country.",
         (500000, "about", "displaced")),
        ("At least 33 media workers are currently behind bars.",
         (33, "at_least", "detained")),
        ("More than 2,500 people were killed or injured in the fighting.",
         (2500, "more_than", "killed_and_injured")),
        ("At least 181 community leaders were murdered last year.",
         (181, "at_least", "killed")),
        ("Hundreds of reporters have left the country.",
         (None, "unspecified", "displaced")),
    ],
)  # fmt: skip
def test_dozens_halves_and_more_outcome_words(text: str, figure: tuple):
    assert figures_of(text) == {figure}


def test_sentences_released_prisoners_and_people_in_need_are_not_figures():
    assert figures_of("The court upheld the death sentences of two men.") == set()
    assert figures_of("The authorities released over 1,500 prisoners.") == set()
    assert figures_of(
        "More than 300 people were killed in January, and 1.2 million Varnans now "
        "need food aid."
    ) == {(300, "more_than", "killed")}


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Cameroon is obliged under the Convention against Torture to investigate "
         "the beatings.", "independent_investigation"),
        ("The council has a duty to protect civilians and must ensure that those "
         "responsible are brought to justice.", "accountability"),
        ("It is imperative that the authorities account for every person seized.",
         "end_torture_disappearance"),
        ("The authorities are obliged to tell her family where she is held.",
         "end_torture_disappearance"),
        ("The Belarusian authorities must immediately and unconditionally release "
         "Anna Varga, Ivan Petrov and every other reporter jailed for their work.",
         "release_detainees"),
        ("The sentences handed down this week must be quashed.",
         "release_detainees"),
        ("Governments should suspend all transfers of weapons to the army.",
         "arms_embargo"),
        ("The United States needs to stop the flow of guns into Veloria.",
         "arms_embargo"),
        ("The Kingdom must end that support until the abuse is investigated.",
         "stop_assisting_crimes"),
        ("The Council should renew the mandate of the Special Rapporteur when it "
         "meets in June.", "un_scrutiny"),
        ("The Council should keep the situation under close review.", "un_scrutiny"),
        ("The Commission should open an inquiry into the sweeps.",
         "independent_investigation"),
        ("Governments should open investigations, under universal jurisdiction, "
         "into the officials responsible.", "accountability"),
    ],
)  # fmt: skip
def test_obligations_imperatives_and_theme_families(text: str, theme: str):
    assert [d[0] for d in demands_of(text)] == [theme]


def test_numbered_and_nominal_lists_give_one_demand_per_item():
    numbered = (
        "The Forum urges the authorities to: 1. release the eleven activists; "
        "2. reveal the whereabouts of everyone detained; and 3. allow independent "
        "monitors to attend the appeal."
    )
    assert [d[0] for d in demands_of(numbered)] == [
        "release_detainees", "end_torture_disappearance", "access_for_monitors",
    ]  # fmt: skip
    nominal = (
        "We are calling for: the release of all imprisoned journalists; an end to "
        "the torture of political prisoners; a renewed mandate for the Special "
        "Rapporteur."
    )
    assert [d[0] for d in demands_of(nominal)] == [
        "release_detainees", "end_torture_disappearance", "un_scrutiny",
    ]  # fmt: skip
    renewed = "The Observatory renewed its call for an independent investigation."
    assert [d[0] for d in demands_of(renewed)] == ["independent_investigation"]


def test_html_list_items_are_asks_of_the_paragraph_that_introduces_them(
    dataset: Dataset, tmp_path: Path
):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><body><article><h1>Veloria: Death sentences upheld</h1>"
        "<p>3 March 2021</p>"
        "<p>The Supreme Court upheld two death sentences in Varna on Monday, "
        "Rights Watchers said today.</p>"
        "<p>Rights Watchers is calling on Veloria to:</p><ol>"
        "<li>order an independent investigation into the torture claims;</li>"
        "<li>give independent medical experts access to Varna prison.</li>"
        "</ol></article></body></html>",
        encoding="utf-8",
    )
    candidates = ingest_document(read_document(path), dataset)
    assert [(d["theme"], d["paragraph"]) for d in candidates["demands"]] == [
        ("independent_investigation", 4),
        ("access_for_monitors", 4),
    ]


def test_html_list_after_a_colon_joins_its_paragraph_and_other_lists_do_not():
    page = (
        "<html><body><article><h1>Veloria: Arrests</h1><p>3 March 2021</p>"
        "<p>Police arrested 40 students in Varna on Monday.</p>"
        "<p>We urge the authorities to:</p><ul><li>free the students;</li>"
        "<li>let lawyers see them.</li></ul>"
        "<p>Other cases we follow</p><ul><li>A teacher</li><li>A doctor</li></ul>"
        "</article></body></html>"
    )
    paragraphs = [p.text for p in parse_text("page.html", page, ".html").paragraphs]
    assert (
        "We urge the authorities to: free the students; let lawyers see them."
        in paragraphs
    )
    assert not any(text.startswith("-") for text in paragraphs[:4])


def test_evaluate_reports_each_corpus_by_folder_name(
    capsys: pytest.CaptureFixture[str],
):
    dev = DEFAULT_CORPUS.parent / "ingest_dev"
    arguments = ["evaluate", "--corpus", str(DEFAULT_CORPUS), "--corpus", str(dev)]
    assert main([*arguments, "--sources", str(dev / "no-such-folder")]) == 0
    out = capsys.readouterr().out
    assert "| ingest_corpus | events |" in out
    assert "| ingest_dev | demands |" in out
    assert "shared sources" not in out


# -- rules added for the miss categories of the first held-out set ---------------


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        ("Masked officers forced their way into a flat in Ostrel on Monday.",
         "crackdown"),
        ("Soldiers led away four students from the campus yesterday.", "crackdown"),
        ("Police used pepper spray on a teachers' march on 1 March.", "crackdown"),
        ("The army crushed the dockers' protests in Varna in May 2019.",
         "crackdown"),
        ("The junta took control of the capital on 2 February.", "crackdown"),
        ("The government stripped 40 exiled critics of their citizenship on "
         "Monday.", "crackdown"),
        ("Since 2019 the authorities have shut down more than 1,200 "
         "associations.", "crackdown"),
        ("The authorities put at least 30 people to death in 2020.", "crackdown"),
        ("A district court in Varna declared the union illegal on Monday.",
         "finding"),
        ("The Electoral Board proclaimed the general the winner on 28 February.",
         "statement"),
        ("The council renewed the mandate of the expert panel in October 2020.",
         "resolution"),
        ("The council created the post of Special Rapporteur on Veloria in "
         "October 2020.", "resolution"),
    ],
)  # fmt: skip
def test_repression_courts_and_councils_told_in_other_words(
    dataset: Dataset, body: str, event_type: str
):
    assert [e[0] for e in events_of(ingest(dataset, body))] == [event_type]


def test_said_inside_a_relative_clause_is_not_a_reporting_clause():
    text = (
        "Armed men who said they were police took away two nurses from the "
        "clinic on Monday"
    )
    assert read_sentence(text).reporting is None
    lead = "Two days ago, the prosecutor announced that 12 people would be charged"
    assert read_sentence(lead).reporting is None


def test_an_announcement_after_a_date_is_a_statement_not_the_arrests_it_names(
    dataset: Dataset,
):
    candidates = ingest(
        dataset,
        "On Monday, the prosecutor's office announced that those arrested "
        "would be tried for treason.",
    )
    assert events_of(candidates) == [("statement", "2021-03-01", "2021-03-01")]


def test_harm_named_in_a_request_is_no_event_but_a_council_act_in_passing_is(
    dataset: Dataset,
):
    asked = ingest(
        dataset,
        "The prosecutor, whose office opened a case in January 2021, must examine "
        "the shelling of the camps as a priority.",
    )
    assert [e[0] for e in events_of(asked)] == []
    passing = ingest(
        dataset,
        "Governments should back the renewal of the panel's mandate, which the "
        "council created in October 2020, and the vote due next month.",
    )
    assert ("resolution", "2020-10-01", "2020-10-31") in events_of(passing)


def test_a_period_since_a_dated_act_is_a_second_event(dataset: Dataset):
    candidates = ingest(
        dataset,
        "In May 2019, the army crushed the dockers' protests in Varna. Since then, "
        "the authorities have shut down more than 200 trade unions.",
    )
    assert events_of(candidates) == [
        ("crackdown", "2019-05-01", "2019-05-31"),
        ("crackdown", "2019-05-01", "2021-03-03"),
    ]


@pytest.mark.parametrize(
    ("ask", "theme"),
    [
        ("let the three nurses go", "release_detainees"),
        ("set them free without conditions", "release_detainees"),
        ("tell their parents where they are", "end_torture_disappearance"),
        ("say what has become of the missing students", "end_torture_disappearance"),
        ("allow the regional human rights commission to visit the prisons",
         "access_for_monitors"),
        ("give the ombudsman unhindered access to every place of detention",
         "access_for_monitors"),
        ("end all other military support for the militia", "stop_assisting_crimes"),
        ("make sure the rapporteur's post is filled and funded", "un_scrutiny"),
        ("back the renewal of the panel's mandate", "un_scrutiny"),
        ("examine the shelling of the camps", "independent_investigation"),
    ],
)  # fmt: skip
def test_theme_vocabulary_in_plainer_words(ask: str, theme: str):
    assert themes_of(ask) == [theme]


def test_imperatives_in_a_headline_or_a_quote_are_demands():
    headline = Sentence(
        1, 0, 60, "Veloria: Stop shelling the camps around Ostrel", False
    )
    found = demand_candidates(headline, [], None, "publisher", headline=True)
    assert [(d.fields["theme"], d.fields["made_by"]) for d in found] == [
        ("end_unlawful_attacks", "publisher")
    ]
    quoted = "Free the nurses now and tell their families where they are."
    assert [d[0] for d in demands_of(quoted, quoted=True)] == [
        "release_detainees",
        "end_torture_disappearance",
    ]
    # the same words told in prose, or "Let us ...", ask nothing
    assert demands_of("Let us be clear about what happened.", quoted=True) == []
    body = Sentence(4, 0, 60, "Stop shelling the camps around Ostrel", False)
    assert demand_candidates(body, [], None, "publisher") == []


def test_they_should_also_goes_to_the_addressee_of_the_sentence_before():
    second = Sentence(1, 0, 60, "They should also fund the rapporteur's post.", False)
    assert demand_candidates(second, [], None, "publisher") == []
    found = demand_candidates(
        second, [], None, "publisher", previous=("Governments", None)
    )
    assert [(d.fields["theme"], d.fields["addressed_to"]) for d in found] == [
        ("un_scrutiny", "Governments")
    ]


def test_passive_asks_after_an_adverb_and_long_that_clauses():
    text = "Every commander who ordered the raids must one day be held to account."
    assert [d[0] for d in demands_of(text, quoted=True)] == ["accountability"]
    text = (
        "It is imperative that the prosecutor of the regional court, whose "
        "office opened a case on Veloria last year, examines the raids on Ostrel."
    )
    assert [d[0] for d in demands_of(text)] == ["independent_investigation"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Two men arrested after the march in 2019 were hanged on Monday.",
         (2, "exactly", "killed")),
        ("Over 40 of those held are children.", (40, "more_than", "detained")),
        ("At least nine of those inside are over 70 years old.",
         (9, "at_least", "detained")),
        ("Police arrested traders in Ostrel by the hundreds.",
         (None, "unspecified", "detained")),
        ("Soldiers took 11 farmers, none of whom has been heard from since.",
         (11, "exactly", "disappeared")),
        ("The government expelled 65 priests to a neighbouring country.",
         (65, "exactly", "displaced")),
        ("It is one of dozens of detainees whose relatives cannot find out where "
         "they are.", (None, "unspecified", "disappeared")),
    ],
)  # fmt: skip
def test_figures_told_in_plainer_words(text: str, figure: tuple):
    assert figures_of(text) == {figure}


def test_a_number_told_again_later_is_one_figure(dataset: Dataset):
    candidates = ingest(
        dataset,
        "Police detained 30 nurses in Ostrel on Monday, and six of them have not "
        "been heard from since.\n\nWe urge the authorities to say what has become "
        "of the six nurses who have disappeared.",
    )
    assert [(f["count"], f["outcome"]) for f in candidates["casualty_figures"]] == [
        (30, "detained"),
        (6, "disappeared"),
    ]


def test_an_age_is_not_a_date():
    assert [d.text for d in dates_of("Nine of them are over 70 years old.")] == []


def actor_names(candidates: dict) -> set[str]:
    return {a["name"] for a in candidates["actors"] + candidates["mentioned_actors"]}


def test_people_bodies_and_groups_with_less_common_name_shapes(dataset: Dataset):
    candidates = ingest(
        dataset,
        '"This must stop," said Marie-Claire Osei, director of research at the '
        "Forum for Truth and Memory. The Veloria State Security Service and the "
        "UN Special Rapporteur on Veloria were told of it, and the K9 armed group "
        "denied any part in it.",
    )
    names = actor_names(candidates)
    assert {
        "Marie-Claire Osei",
        "Forum for Truth and Memory",
        "Veloria State Security Service",
        "UN Special Rapporteur on Veloria",
        "K9 armed group",
    } <= names
    assert "Claire Osei" not in names


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        ("The High Court on 1 March restored the old land law.", "finding"),
        ("The Supreme Court's Appeals Chamber rejected the bid on Monday.",
         "finding"),
        ("The Assembly extended the emergency for the fifth time on 1 March.",
         "resolution"),
        ("The president signed the measure into law on Monday.", "resolution"),
        ("Decree 17, which the governor issued in May 2020, bans marches.",
         "resolution"),
        ("Veloria voted down the draft text on Monday.", "veto"),
        ("The two governments signed a border partnership in May 2020.",
         "negotiation"),
        ("On 1 March the authorities cut mobile and fixed internet nationwide.",
         "crackdown"),
        ("A curfew has been in force since 1 March.", "crackdown"),
        ("On Monday, agents removed two doctors from a Varna hospital.",
         "crackdown"),
        ("The regulator suspended two radio stations on Monday for broadcasting "
         "the interview.", "crackdown"),
        ("The army took delivery of new drones in May 2020.", "arms_transfer"),
        ("The Fund froze new lending to Veloria in May 2020.", "statement"),
        ("Yesterday the envoy called the ruling a setback.", "statement"),
        ("Police killings rose to 90 in May 2020.", "crackdown"),
    ],
)  # fmt: skip
def test_institutions_acting_and_acts_told_by_kind(
    dataset: Dataset, body: str, event_type: str
):
    assert [e[0] for e in events_of(ingest(dataset, body))] == [event_type]


def test_soldiers_arriving_is_no_visit_and_undated_days_date_nothing(
    dataset: Dataset,
):
    arrived = ingest(
        dataset, "Soldiers arrived in Ostrel on Monday and shot villagers."
    )
    assert [e[0] for e in events_of(arrived)] == ["attack"]
    undated = ingest_document(
        parse_text(
            "undated.txt",
            "Veloria: no date\n\nThe board on Tuesday refused to list two candidates "
            "for the election of 6 October 2024.",
        ),
        dataset,
    )
    assert events_of(undated) == []
    dated = ingest(
        dataset,
        "The board on Tuesday refused to list two candidates for the election of "
        "6 October 2024.",
    )
    assert events_of(dated) == [("rejection", "2021-03-02", "2021-03-02")]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Troops killed at least 80 people, at least 12 of them children.",
         (12, "at_least", "killed")),
        ("At least 30 of the dead were women.", (30, "at_least", "killed")),
        ("Monitors recorded at least 47 arrests under the decree.",
         (47, "at_least", "detained")),
        ("Landlords have evicted more than 90 people since May.",
         (90, "more_than", "displaced")),
        ("Police detained dozens of Ms Varga's campaign volunteers.",
         (None, "unspecified", "detained")),
        ("Scores of wounded people reached the clinic.",
         (None, "unspecified", "injured")),
        ("The authorities moved 400 prisoners to a new jail.",
         (400, "exactly", "detained")),
        ("Families of 20 students have not been told where they are held.",
         (20, "exactly", "disappeared")),
    ],
)  # fmt: skip
def test_figures_by_kind_of_phrase(text: str, figure: tuple):
    assert figure in figures_of(text)


def test_no_one_is_not_a_figure_and_a_direct_outcome_beats_the_group():
    assert figures_of("No one has been arrested for the killings.") == set()
    assert figures_of(
        "Police detained 12 women, and four of them have not been heard from since."
    ) == {(12, "exactly", "detained"), (4, "exactly", "disappeared")}


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("The Forum urges: the government to free the nurses; all states to stop "
         "selling drones to the army.", "arms_embargo"),
        ("Other governments should insist that UN monitoring in the country "
         "continues after June.", "un_scrutiny"),
        ("Third, an independent body needs to investigate every death in custody.",
         "independent_investigation"),
        ("The group urged the government to stop shielding the officers "
         "responsible for \"clean-up\" killings from the courts.", "accountability"),
        ("States should suspend further drone deliveries to the army.",
         "arms_embargo"),
        ("The council should raise the crackdown at the Human Rights Council.",
         "un_scrutiny"),
    ],
)  # fmt: skip
def test_demands_by_kind_of_sentence(text: str, theme: str):
    assert theme in [d[0] for d in demands_of(text)]


def test_headline_imperative_after_a_fronted_phrase_and_they_must_stand_trial():
    title = "Veloria: After the vote, let independent monitors back in"
    headline = Sentence(1, 0, len(title), title, False)
    found = demand_candidates(headline, [], None, "publisher", headline=True)
    assert [d.fields["theme"] for d in found] == ["access_for_monitors"]
    assert [d[0] for d in demands_of("They must stand trial.", quoted=True)] == [
        "accountability"
    ]
    assert demands_of("They must go home.", quoted=True) == []


def test_separate_sentences_with_different_dates_are_separate_events(
    dataset: Dataset,
):
    candidates = ingest(
        dataset,
        "Police fired on crowds in Ostrel between 20 and 25 February. On the night "
        "of 22 February, the authorities cut mobile and fixed internet nationwide.",
    )
    assert events_of(candidates) == [
        ("crackdown", "2021-02-20", "2021-02-25"),
        ("crackdown", "2021-02-22", "2021-02-22"),
    ]


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        ("On Monday, the envoy said the verdict was a setback.", "statement"),
        ("Troops shelled Ostrel on Monday, Rights Watchers said today in a "
         "briefing based on 40 interviews.", "attack report"),
        ("The judges, who delivered their decision on Monday, struck out two "
         "clauses.", "finding"),
    ],
)  # fmt: skip
def test_speakers_after_a_date_briefings_and_decisions(
    dataset: Dataset, body: str, event_type: str
):
    found = sorted(e[0] for e in events_of(ingest(dataset, body)))
    assert found == sorted(event_type.split())


def test_nouns_that_name_no_act_make_no_event_of_their_type(dataset: Dataset):
    banned = ingest(dataset, "Family visits are banned since 1 March.")
    assert "visit" not in [e[0] for e in events_of(banned)]
    broadcast = ingest(
        dataset,
        "On Monday the regulator fined a radio station for broadcasting a report "
        "on the protests.",
    )
    # the fine is repression told in words no trigger knows; no report is published
    assert [e[0] for e in events_of(broadcast)] == ["crackdown"]


def test_month_ranges_and_durations_before_an_act():
    (mention,) = dates_of("Police killed 600 people between July 2016 and May 2019.")
    assert (mention.start, mention.end) == (dt.date(2016, 7, 1), dt.date(2019, 5, 31))
    assert dates_of("They may be held for 15 days before a judge sees them.") == []


def test_a_day_named_once_dates_the_acts_told_after_it(dataset: Dataset):
    candidates = ingest(
        dataset,
        "The worst day was Monday 1 March. As deputies passed the bill, crowds "
        "entered the parliament grounds. Officers fired live ammunition.",
    )
    assert events_of(candidates) == [
        ("resolution", "2021-03-01", "2021-03-01"),
        ("crackdown", "2021-03-01", "2021-03-01"),
    ]
    assert [d.text for d in dates_of("It happened on Monday 1 March.")] == ["1 March"]


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        ("Veloria plans to hang a courier on Friday.", "crackdown"),
        ("Insurgents abducted six boys in Ostrel on Monday.", "attack"),
        ("A regional force sent by the bloc arrived in May 2020.", "mission"),
        ("On Monday the president refused to sign the bill.", "veto"),
        ("In May 2020 the authorities blocked the paper's website.", "crackdown"),
        ("The envoy resigned in May 2020.", "statement"),
    ],
)  # fmt: skip
def test_scheduled_harm_armed_groups_forces_and_heads_of_state(
    dataset: Dataset, body: str, event_type: str
):
    assert [e[0] for e in events_of(ingest(dataset, body))] == [event_type]


def test_a_notice_of_execution_is_no_execution(dataset: Dataset):
    candidates = ingest(
        dataset, "His family got the notice of execution by post on Monday."
    )
    assert events_of(candidates) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Medics counted more than 90 people treated for gunshot wounds.",
         (90, "more_than", "injured")),
        ("At least 25 reporters are now in prison.", (25, "at_least", "detained")),
        ("Close to a million had been forced from their homes.",
         (1_000_000, "about", "displaced")),
        ("Nearly 6,000 are still displaced.", (6000, "about", "displaced")),
        ("Dozens of families have left the valley.",
         (None, "unspecified", "displaced")),
    ],
)  # fmt: skip
def test_more_outcome_phrases(text: str, figure: tuple):
    assert figure in figures_of(text)


@pytest.mark.parametrize(
    ("ask", "theme"),
    [
        ("stop the abductions", "end_torture_disappearance"),
        ("open the prison to independent inspectors", "access_for_monitors"),
        ("agree dates for a visit by the UN Special Rapporteur",
         "access_for_monitors"),
        ("set up an independent commission into the killings",
         "independent_investigation"),
        ("extend embargo inspections to cargo flights", "arms_embargo"),
    ],
)  # fmt: skip
def test_theme_vocabulary_for_inspections_visits_and_commissions(ask: str, theme: str):
    assert themes_of(ask) == [theme]


def test_a_dateline_laid_out_like_a_breadcrumb_is_kept(dataset: Dataset):
    text = (
        "Veloria: Courier to be hanged\n\n"
        "7 August 2024 | Rights Project | For immediate release\n\n"
        "Home > News > Veloria\n\n"
        "Veloria plans to hang a courier on Friday.\n"
    )
    document = parse_text("dateline.txt", text)
    assert [p.text for p in document.paragraphs][1].startswith("7 August 2024")
    assert "Home > News > Veloria" not in document.text
    candidates = ingest_document(document, dataset)
    assert candidates["sources"][0]["published"] == "2024-08-07"


def test_every_event_type_is_defined_and_the_filter_shows_the_definition(
    dataset: Dataset,
):
    from dashboard.labels import EVENT_TYPE_DEFINITIONS
    from dashboard.schema import EventType
    from layouts.filters import type_options

    assert set(EVENT_TYPE_DEFINITIONS) == {kind.value for kind in EventType}
    for option in type_options(dataset):
        assert option["title"] == EVENT_TYPE_DEFINITIONS[option["value"]]


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        ("Police raided the newsroom of a weekly in Ostrel on Monday.", "crackdown"),
        ("On Monday, soldiers shot dead ten protesters in Varna.", "crackdown"),
        ("A blogger died in pre-trial detention on 1 March.", "crackdown"),
        ("The weekly was forced to close in May 2020.", "crackdown"),
        ("The ruling party pushed the bill through parliament in May 2020.",
         "resolution"),
        ("A district court on Monday sent three reporters to pre-trial detention.",
         "finding"),
        ("Peacekeeping troops were deployed on 1 March.", "mission"),
        ("The two states agreed the text of a peace treaty in May 2020.",
         "negotiation"),
    ],
)  # fmt: skip
def test_who_acts_and_on_what_sets_the_type(
    dataset: Dataset, body: str, event_type: str
):
    assert [e[0] for e in events_of(ingest(dataset, body))] == [event_type]


def test_a_qualified_act_is_no_act(dataset: Dataset):
    candidates = ingest(
        dataset,
        "In May 2020 the commission published a report finding that some deaths "
        "could amount to extrajudicial executions.",
    )
    assert [e[0] for e in events_of(candidates)] == ["report"]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("There were six deaths in police custody.", {(6, "exactly", "killed")}),
        ("Nothing changed after the January 2022 killings.", set()),
        ("Police arrested one of their leaders.", set()),
        ("At least five of the detainees were beaten.",
         {(5, "at_least", "injured")}),
    ],
)  # fmt: skip
def test_counted_acts_years_and_single_people(text: str, figures: set):
    assert figures_of(text) == figures


@pytest.mark.parametrize(
    ("ask", "theme"),
    [
        ("put those who gave the order to shoot in the dock", "accountability"),
        ("widen sanctions to the judges behind these cases", "asset_freeze"),
        ("halt exports of tear gas to the police", "arms_embargo"),
    ],
)  # fmt: skip
def test_theme_vocabulary_for_trials_sanctions_and_riot_gear(ask: str, theme: str):
    assert themes_of(ask) == [theme]


def test_people_named_after_a_role_word_and_rapporteurs_with_their_topic(
    dataset: Dataset,
):
    candidates = ingest(
        dataset,
        "Police in Ostrel detained blogger Ivo Marsh on Monday. The UN Special "
        "Rapporteur on freedom of expression has asked to visit him.",
    )
    names = actor_names(candidates)
    assert "Ivo Marsh" in names
    assert "UN Special Rapporteur on freedom of expression" in names


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        ("On Monday the government blocked 20 social media platforms.", "crackdown"),
        ("On Monday the government lifted the social media ban.", "resolution"),
        ("On Monday the army chief met protest representatives.", "negotiation"),
        ("On Monday 40 students were arraigned for treason.", "finding"),
        ("On Monday the bloc expressed concern at the sentences.", "statement"),
        ("On Monday two foreign reporters were ordered to leave.", "crackdown"),
        ("A detainee died at Varna prison on Monday.", "crackdown"),
    ],
)  # fmt: skip
def test_bans_meetings_arraignments_and_concern(
    dataset: Dataset, body: str, event_type: str
):
    assert [e[0] for e in events_of(ingest(dataset, body))] == [event_type]


@pytest.mark.parametrize(
    ("ask", "theme"),
    [
        ("grant the working group unrestricted entry to every prison",
         "access_for_monitors"),
        ("agree to receive the UN Special Rapporteur", "access_for_monitors"),
        ("ensure that independent reporting on the country continues",
         "un_scrutiny"),
        ("send officers to monitor the inquiry", "un_scrutiny"),
        ("open criminal investigations into the killings", "accountability"),
        ("release the Varna Seven and drop every charge", "release_detainees"),
        ("ask for their release by name", "release_detainees"),
        ("suspend exports of crowd-control equipment", "arms_embargo"),
    ],
)  # fmt: skip
def test_theme_vocabulary_for_entry_reporting_and_named_groups(ask: str, theme: str):
    assert themes_of(ask)[0] == theme


def test_more_headline_imperatives():
    title = "Veloria: Scrap the decree and free the Varna Seven"
    headline = Sentence(1, 0, len(title), title, False)
    found = demand_candidates(headline, [], None, "publisher", headline=True)
    assert [d.fields["theme"] for d in found] == ["release_detainees"]


@pytest.mark.parametrize(
    ("ask", "theme"),
    [
        ("let the UN Working Group on Enforced Disappearances visit Ostrel",
         "access_for_monitors"),
        ("give UNHCR access to the nine refugees still held", "access_for_monitors"),
        ("let independent observers see the returned men", "access_for_monitors"),
        ("permit a second autopsy by a doctor the family chooses",
         "independent_investigation"),
        ("have the bodies exhumed by forensic experts", "independent_investigation"),
        ("bring the guards responsible before a civilian court", "accountability"),
        ("let the detainees phone their families", "end_torture_disappearance"),
        ("set up a search unit to find everyone still missing",
         "end_torture_disappearance"),
        ("tie further police aid to progress in the Ostrel case",
         "stop_assisting_crimes"),
        ("follow up the 2019 UN assessment of the camps", "un_scrutiny"),
        ("release all those held without charge or bring them before a judge",
         "release_detainees"),
    ],
)  # fmt: skip
def test_theme_vocabulary_for_observers_autopsies_families_and_aid(
    ask: str, theme: str
):
    assert themes_of(ask)[0] == theme


def test_a_quote_ending_in_who_said_it_is_the_speakers_and_may_start_with_if():
    text = (
        '"If the men are safe, let independent observers see them, and let them '
        "phone their families,\" said Mira Ostrova, the Network's coordinator."
    )
    (quote,) = sentences([(1, 0, text)])
    assert quote.quoted
    found = demand_candidates(quote, [], "speaker", "publisher")
    assert [(d.fields["theme"], d.fields["made_by"]) for d in found] == [
        ("access_for_monitors", "speaker"),
        ("end_torture_disappearance", "speaker"),
    ]


def test_a_quoted_passive_must_be_freed_is_a_release_but_a_report_is_not():
    assert [
        d[0]
        for d in demands_of(
            "Every one of these women must be freed, and freed for good.", quoted=True
        )
    ] == ["release_detainees"]
    assert demands_of("The findings must be released in full.", quoted=True) == []


def test_lettered_list_items_are_asks_and_one_item_gives_one_demand_per_theme():
    text = (
        "The signatories call on the government to: (a) permit an independent "
        "autopsy; (b) open an impartial inquiry into the death; (c) stop holding "
        "prisoners incommunicado and tell families where they are held."
    )
    assert [d[0] for d in demands_of(text)] == [
        "independent_investigation",
        "independent_investigation",
        "end_torture_disappearance",
    ]
    # outside a list, two asks of one theme joined by "and" are one demand, as
    # annotators count them; joined by a comma and "to" they stay two
    assert [
        d[0]
        for d in demands_of(
            "The group urged the government to hand back the remains and reveal "
            "where the others are held."
        )
    ] == ["end_torture_disappearance"]
    assert [
        d[0]
        for d in demands_of(
            "The group urged the government to hand back the remains, to reveal "
            "where the others are held."
        )
    ] == ["end_torture_disappearance", "end_torture_disappearance"]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The network was off from 16 January to 21 February.",
         dt.date(2021, 1, 16), dt.date(2021, 2, 21)),
        ("The network was off from 16 December to 21 February.",
         dt.date(2020, 12, 16), dt.date(2021, 2, 21)),
        ("Police held them between 30 March and 2 April 2019.",
         dt.date(2019, 3, 30), dt.date(2019, 4, 2)),
        ("Strikes hit the town between March and September 2019.",
         dt.date(2019, 3, 1), dt.date(2019, 9, 30)),
        ("Strikes hit the town from November to February 2019.",
         dt.date(2018, 11, 1), dt.date(2019, 2, 28)),
        ("Six people died in custody in 2019 and 2020.",
         dt.date(2019, 1, 1), dt.date(2020, 12, 31)),
        ("More than 150 were arrested over the past week.",
         dt.date(2021, 2, 24), PUBLISHED),
    ],
)  # fmt: skip
def test_ranges_across_months_and_years_and_the_past_week(
    text: str, start: dt.date, end: dt.date
):
    (mention,) = dates_of(text)
    assert (mention.start, mention.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The rapporteur is due in Ostrel in February.", dt.date(2022, 2, 1)),
        ("The appeal is listed for hearing on 16 February.", dt.date(2022, 2, 16)),
        ("Their trial is due to open on 24 January.", dt.date(2022, 1, 24)),
        ("He was denied due process on 24 January.", dt.date(2021, 1, 24)),
        ("Flights stopped due to the fighting on 24 January.", dt.date(2021, 1, 24)),
    ],
)  # fmt: skip
def test_a_day_or_month_without_a_year_follows_the_sentences_tense(
    text: str, start: dt.date
):
    (mention,) = dates_of(text)
    assert mention.start == start


def test_the_next_day_is_no_future_tense():
    mentions = dates_of(
        "On 13 January police raided the office and the next day closed it."
    )
    assert [(m.start, m.end) for m in mentions] == [
        (dt.date(2021, 1, 13), dt.date(2021, 1, 13)),
        (dt.date(2021, 1, 14), dt.date(2021, 1, 14)),
    ]


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        ("On 2 March the ministry warned that anyone who protests again will be "
         "made to serve the full sentence.", "threat"),
        ("On 2 March a new administration put Veloria back on the terrorism list.",
         "resolution"),
        ("On 2 March the bloc announced visa restrictions on Veloran judges.",
         "resolution"),
        ("Veloria acceded to the Convention against Torture in 2002.", "resolution"),
        ("On 2 March the president declared a state of emergency in Ostrel.",
         "resolution"),
        ("The penal code signed by the president in February 2021 abolished the "
         "death penalty.", "resolution"),
        ("The prisoners were freed in February under a deal reached with help from "
         "the church.", "negotiation"),
        ("The UN Special Rapporteur on torture is due in Ostrel in April.", "visit"),
        ("Their trial is due to open on 24 March.", "finding"),
        ("The first of six patrol aircraft pledged by Calvia was handed over in "
         "February.", "arms_transfer"),
        ("On 2 March police put the reporter on a flight to Ostrel.", "crackdown"),
        ("In February 2019 the authorities sent 60 refugees back to Calvia.",
         "crackdown"),
        ("On 2 March four boys were forced into an army truck in Ostrel.",
         "crackdown"),
        ("Mobile internet has been switched off in Ostrel since 2 March.",
         "crackdown"),
        ("On 2 March the justice ministry closed Free Voices, the last youth "
         "group in Ostrel.", "crackdown"),
    ],
)  # fmt: skip
def test_listings_treaties_emergencies_deals_returns_and_networks_cut(
    dataset: Dataset, body: str, event_type: str
):
    assert event_type in [e[0] for e in events_of(ingest(dataset, body))]


def test_two_acts_on_one_day_and_a_new_clause_keeps_its_own_date(dataset: Dataset):
    both = events_of(
        ingest(
            dataset,
            "Decree 12, signed on 9 January 2021 hours after gunmen stormed a "
            "television studio in Ostrel, declared the gangs terrorists.",
        )
    )
    assert ("resolution", "2021-01-09", "2021-01-09") in both
    assert ("attack", "2021-01-09", "2021-01-09") in both
    two_days = events_of(
        ingest(
            dataset,
            "On 13 February the Calvian parliament condemned the expulsions in a "
            "resolution passed by 400 votes to 30, and the next day the bloc "
            "announced visa restrictions on Veloran officials.",
        )
    )
    assert sorted(two_days) == [
        ("resolution", "2021-02-13", "2021-02-13"),
        ("resolution", "2021-02-14", "2021-02-14"),
    ]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("According to officials, 21 people died and 243 were injured.",
         (21, "exactly", "killed")),
        ("Of the freed men, nine are back behind bars.", (9, "exactly", "detained")),
        ("Eleven were later found dead.", (11, "exactly", "killed")),
        ("In 2015 the country sent 109 refugees back to Calvia.",
         (109, "exactly", "displaced")),
        ("Three young men arrested at the protest of 29 June died in custody.",
         (3, "exactly", "killed")),
        ("Police made more than 150 arrests, at least 11 of them students.",
         (11, "at_least", "detained")),
        ("More than a thousand people are still imprisoned, hundreds of them for "
         "joining the protests.", (None, "unspecified", "detained")),
    ],
)  # fmt: skip
def test_figures_after_finite_verbs_back_in_prison_sent_back_and_parts_of_groups(
    text: str, figure: tuple
):
    assert figure in figures_of(text)


def test_people_to_be_freed_and_clients_of_a_lawyer_are_not_victims():
    assert (
        figures_of("He was one of 553 prisoners the government agreed to free.")
        == set()
    )
    assert figures_of("said a lawyer for two of the families held in custody.") == set()


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        ("The UN Special Rapporteur on torture was in the country from 16 to 26 "
         "February.", "visit"),
        ("On Tuesday the rapporteur gave journalists in Ostrel his preliminary "
         "findings.", "report"),
        ("The network today sent the Committee of Ministers a legal brief on the "
         "detentions.", "report"),
        ("Rights Watchers today launched its report Counted at Night.", "report"),
        ("A decree of 8 June 2020 widened the terrorism clause of the penal code.",
         "resolution"),
        ("The government designated the Ostrel Front a terrorist organisation on "
         "29 April 2020.", "resolution"),
        ("On 19 February the governor banned all meetings and marches in the "
         "province.", "resolution"),
        ("On 23 February a judge ordered the mayor's pre-trial detention.",
         "finding"),
        ("The Supreme Court hears his appeal next month.", "finding"),
        ("In November 2020 the national commission concluded that soldiers were "
         "probably responsible.", "finding"),
        ("The ministry struck the group off the register of NGOs in September 2017.",
         "crackdown"),
        ("In February 2018 the president invited the High Commissioner to go to "
         "Ostrel.", "statement"),
        ("Executions for drug crimes were halted, but they resumed in November "
         "2020.", "crackdown"),
    ],
)  # fmt: skip
def test_visits_findings_given_briefs_sent_designations_bans_and_remands(
    dataset: Dataset, body: str, event_type: str
):
    assert event_type in [e[0] for e in events_of(ingest(dataset, body))]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("At least 220 people are in Veloran prisons for peaceful speech.",
         (220, "at_least", "detained")),
        ("Police broke up the vigil and held at least a dozen supporters.",
         (12, "at_least", "detained")),
        ("Police seized four of them outside the courthouse.",
         (4, "exactly", "detained")),
        ("Doctors treated at least 20 people for injuries.",
         (20, "at_least", "injured")),
        ("Police detained at least 30 more.", (30, "at_least", "detained")),
        ("Since then police have broken up every march and arrested thousands.",
         (None, "unspecified", "detained")),
        ("1,879 people were taken into custody; 260 were remanded in prison.",
         (260, "exactly", "detained")),
        ("Church workers count more than 1,200 people sheltering in the forest.",
         (1200, "more_than", "displaced")),
        ("The report documents the deaths of at least 104 people in state custody.",
         (104, "at_least", "killed")),
    ],
)  # fmt: skip
def test_figures_in_prisons_held_seized_treated_for_injuries_and_sheltering(
    text: str, figure: tuple
):
    assert figure in figures_of(text)


def test_several_hundred_is_no_count():
    assert figures_of("Several hundred people rallied and police watched.") == set()


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("The group urged the government to grant the pending visit request of "
         "the UN Special Rapporteur.", "access_for_monitors"),
        ("It called on member states to insist on follow-up when the report is "
         "presented.", "un_scrutiny"),
        ("It urges member states to create a Special Rapporteur on Veloria.",
         "un_scrutiny"),
        ("It urges member states to renew, at the session opening in September, "
         "the mandate of the Special Rapporteur.", "un_scrutiny"),
        ("The Commissioner for Human Rights, who has asked to meet detainees, "
         "should be given unhindered access to them.", "access_for_monitors"),
        ("Ostrel should honour that invitation now.", "access_for_monitors"),
        ("And to the donors, the bloc among them: tie your aid to their release.",
         "stop_assisting_crimes"),
    ],
)  # fmt: skip
def test_visits_granted_follow_up_mandates_and_addressed_imperatives(
    text: str, theme: str
):
    assert theme in [d[0] for d in demands_of(text)]


def test_a_quoted_it_should_and_an_ordinal_imperative_are_asks():
    assert [
        d[0]
        for d in demands_of(
            "If Ostrel trusts its verdicts, it should let independent trial monitors "
            "into the courtrooms.",
            quoted=True,
        )
    ] == ["access_for_monitors"]
    assert [
        d[0] for d in demands_of("First, let the food and medicine in.", quoted=True)
    ] == ["humanitarian_access"]
    assert [
        d[0]
        for d in demands_of(
            "The group calls on the government to let aid agencies, the Red Cross "
            "among them, into the valley."
        )
    ] == ["humanitarian_access"]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Police arrested 50 people on 6 January 2021. Forty-seven were charged "
         "the following month.", dt.date(2021, 2, 1), dt.date(2021, 2, 28)),
        ("The activist was jailed a week ago today.", dt.date(2021, 2, 24),
         dt.date(2021, 2, 24)),
        ("These were the largest crowds since the protests of 2019.",
         dt.date(2019, 1, 1), dt.date(2019, 12, 31)),
    ],
)  # fmt: skip
def test_the_following_month_a_week_ago_today_and_a_year_after_of(
    text: str, start: dt.date, end: dt.date
):
    mention = dates_of(text)[-1]
    assert (mention.start, mention.end) == (start, end)


def test_every_friday_is_no_date():
    assert dates_of("Crowds marched every Friday for a year.") == []


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        ("On 14 February gendarmes in balaclavas bundled the organiser into a "
         "pickup.", "crackdown"),
        ("Mobile data went dark across the city on 26 February.", "crackdown"),
        ("The National Assembly pushed the new constitution through in April 2020.",
         "resolution"),
        ("The former president lost his immunity before the State Court on 14 "
         "February.", "finding"),
    ],
)  # fmt: skip
def test_an_act_in_words_no_trigger_knows_is_typed_by_its_cue_words(
    dataset: Dataset, body: str, event_type: str
):
    events = ingest(dataset, body)["events"]
    assert [e["event_type"] for e in events] == [event_type]
    assert all(e["confidence"] <= 0.65 for e in events)  # flagged for review


def test_a_dated_clause_with_no_verb_in_the_past_or_no_cue_makes_no_event(
    dataset: Dataset,
):
    assert events_of(ingest(dataset, "The weather on 14 February was mild.")) == []
    assert events_of(ingest(dataset, "Prices rose in February 2021.")) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Officials put the death toll above 260.", (260, "more_than", "killed")),
        ("Police detained 11 men; relatives said three of them were beaten.",
         (3, "exactly", "injured")),
        ("At least 24 relatives of missing people have been murdered since 2011.",
         (24, "at_least", "killed")),
        ("Those held include at least 14 students.", (14, "at_least", "detained")),
        ("Some 58,000 people remain in relief camps.", (58000, "about", "displaced")),
        ("At least nine critics have been made to vanish since July.",
         (9, "at_least", "disappeared")),
        ("At least 30 former ministers have been held since July 2023.",
         (30, "at_least", "detained")),
        ("At least 40 of those picked up are children.",
         (40, "at_least", "detained")),
    ],
)  # fmt: skip
def test_death_tolls_beatings_camps_and_people_held_since(text: str, figure: tuple):
    assert figure in figures_of(text)


def test_people_a_judge_released_are_no_figure():
    assert figures_of("A judge released three of the men arrested there.") == set()


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Tell me if my son is alive, and let me see him.",
         "end_torture_disappearance"),
        ("If the state is holding him, it must bring him before the judge that day.",
         "end_torture_disappearance"),
        ("We want an inquiry that the government does not control.",
         "independent_investigation"),
    ],
)  # fmt: skip
def test_quoted_asks_about_the_missing_and_what_we_want(text: str, theme: str):
    assert theme in [d[0] for d in demands_of(text, quoted=True)]


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("It asks the UN Working Group to take up the cases urgently.",
         "un_scrutiny"),
        ("It urges the government to invite the Committee on Enforced "
         "Disappearances back.", "access_for_monitors"),
        ("The group urged the authorities to hand the bodies to independent "
         "pathologists.", "independent_investigation"),
        ("The group urged the authorities to identify everyone whose remains were "
         "found, with forensic experts.", "independent_investigation"),
    ],
)  # fmt: skip
def test_cases_taken_up_committees_invited_and_pathologists(text: str, theme: str):
    assert themes_of(text)[0] == theme or theme in [d[0] for d in demands_of(text)]


def test_a_date_set_for_later_speaks_only_for_itself_and_later_counts_from_speech():
    seized, vote = dates_of(
        "He was seized on 14 February, days before the vote set for 21 March."
    )
    assert seized.start == dt.date(2021, 2, 14)
    assert vote.start == dt.date(2021, 3, 21)
    *_, later = dates_of(
        "The army said on Monday that the strike hit a commander. Two days later "
        "officials said the dead were farmers."
    )
    assert later.start == dt.date(2021, 3, 3)  # Monday 1 March + 2
    assert dates_of("Nearly four weeks after he was taken, nobody knows.") == []


def test_acts_with_their_own_named_dates_in_one_paragraph_stay_apart(
    dataset: Dataset,
):
    events = events_of(
        ingest(
            dataset,
            "At least 30 officials have been held since July 2020. Six journalists "
            "have been arrested since January. The latest was taken from his office "
            "by plain-clothes agents on 9 February.",
        )
    )
    assert len([e for e in events if e[0] == "crackdown"]) == 3


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("At least 12 villagers were slain.", (12, "at_least", "killed")),
        ("Gunmen kidnapped 30 schoolgirls.", (30, "exactly", "disappeared")),
        ("Nine activists were locked up overnight.", (9, "exactly", "detained")),
        ("The floods of repression left 400 families made homeless.",
         (400, "exactly", "displaced")),
    ],
)  # fmt: skip
def test_outcome_words_in_plainer_forms(text: str, figure: tuple):
    assert figure in figures_of(text)


def test_an_ask_no_theme_names_takes_the_theme_of_two_cue_words_or_none():
    assert themes_of("agree dates for a visit by the rapporteur") == [
        "access_for_monitors"
    ]
    assert themes_of("restore internet access") == []


def test_a_sentence_that_goes_on_with_the_day_before_takes_its_date(
    dataset: Dataset,
):
    events = events_of(
        ingest(
            dataset,
            "On 19 February police detained the mayor of Ostrel. That afternoon the "
            "governor banned all meetings and marches in the province. Police "
            "seized four reporters minutes after the arrest.",
        )
    )
    assert ("resolution", "2021-02-19", "2021-02-19") in events
    assert events.count(("crackdown", "2021-02-19", "2021-02-19")) >= 1
    # a sentence with no such words keeps no date
    assert events_of(
        ingest(
            dataset,
            "On 19 February police detained the mayor. Police in the region often "
            "detain critics.",
        )
    ) == [("crackdown", "2021-02-19", "2021-02-19")]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # PUBLISHED is Wednesday 3 March 2021: "last Tuesday" is in the week before
        ("Police raided the office last Tuesday.", dt.date(2021, 2, 23)),
        ("Alabama has set another execution for 23 March.", dt.date(2021, 3, 23)),
        ("His trial opens on 2 April.", dt.date(2021, 4, 2)),
        ("The group wrote to members before their vote on 31 March.",
         dt.date(2021, 3, 31)),
        ("It urges the parliament to be elected on 10 September to act.",
         dt.date(2021, 9, 10)),
        ("The police banned the march on 13 February.", dt.date(2021, 2, 13)),
    ],
)  # fmt: skip
def test_last_weekday_scheduled_days_and_the_march_is_no_month(
    text: str, start: dt.date
):
    assert [m.start for m in dates_of(text)] == [start]


def test_so_far_this_year_the_past_week_spent_and_a_month_later():
    (far,) = dates_of("At least 30 people have been executed so far this year.")
    assert (far.start, far.end) == (dt.date(2021, 1, 1), PUBLISHED)
    (week,) = dates_of("He has spent the past week in a police cell.")
    assert (week.start, week.end) == (dt.date(2021, 2, 24), PUBLISHED)
    *_, later = dates_of(
        "Parliament approved the law on 27 July 2020 and the king ratified it in "
        "August 2020; it took effect a month later."
    )
    assert (later.start, later.end) == (dt.date(2020, 9, 1), dt.date(2020, 9, 30))
    assert dates_of("It happened decades ago.") == []


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        ("The government agreed in April 2020 to return four villages to Calvia.",
         "negotiation"),
        ("The court is due to rule next Tuesday on whether to keep them in custody.",
         "finding"),
        ("Last week the minister went on radio to promise many more arrests.",
         "threat"),
        ("Arkansas legalised the method in February 2021.", "resolution"),
        ("On Thursday the prime minister praised the police.", "statement"),
        ("The EU resumed direct budget support to Ostrel in February 2020.",
         "statement"),
        ("The movement started after a police officer was shot dead in Ostrel on "
         "27 July 2020.", "attack"),
        ("On 14 November 2019 the interim government issued Supreme Decree 4078.",
         "resolution"),
        ("Mohamed, 15, died in the Lenggeng depot on 21 February.", "crackdown"),
        ("The organiser was seized at his shop in Ostrel on 28 February.",
         "crackdown"),
        ("The Observatory today sent a legal memorandum to Council members.",
         "report"),
    ],
)  # fmt: skip
def test_agreements_rulings_due_promises_legalisations_and_deaths_in_depots(
    dataset: Dataset, body: str, event_type: str
):
    assert event_type in [e[0] for e in events_of(ingest(dataset, body))]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The blast killed 220 people, wounded some 7,000 and left an estimated "
         "300,000 homeless.", (7000, "about", "injured")),
        ("The blast killed 220 people, wounded some 7,000 and left an estimated "
         "300,000 homeless.", (300000, "about", "displaced")),
        ("In at least 19 of the killings, victims were shot after being restrained.",
         (19, "at_least", "killed")),
        ("As many as 600 people are believed to have drowned.",
         (600, "about", "killed")),
        ("Officers seized the phones of 27 people and forced them back across the "
         "river.", (27, "exactly", "displaced")),
        ("At least nine needed hospital care after beatings in custody.",
         (9, "at_least", "injured")),
        ("The repression drove more than 400,000 Burundians abroad.",
         (400000, "more_than", "displaced")),
    ],
)  # fmt: skip
def test_bare_counts_after_outcome_verbs_drownings_and_pushbacks(
    text: str, figure: tuple
):
    assert figure in figures_of(text)


def test_escapees_and_detainees_released_are_no_victims():
    assert figures_of("Six were killed after more than 500 detainees broke out.") == {
        (6, "exactly", "killed")
    }
    assert figures_of("He ordered the release of all 17 detainees.") == set()


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("The Observatory recommends that the authorities: release the activists; "
         "repeal Article 263.", "release_detainees"),
        ("The Monitor calls on: 1. the authorities to disclose where the men are "
         "held; 2. MINUSCA to resume patrols; 3. the armed groups to stop attacking "
         "villages.", "end_unlawful_attacks"),
        ("The people jailed for protesting should be home with their families.",
         "release_detainees"),
        ("Members of parliament should waive the immunity of the deputies.",
         "accountability"),
        ("It urges Frontex to suspend its activities in Evros.",
         "stop_assisting_crimes"),
        ("It asks members to create an independent fact-finding mission into the "
         "explosion.", "independent_investigation"),
        ("It asked the state to let independent doctors examine his body.",
         "independent_investigation"),
        ("It should make clear that further aid depends on an end to the "
         "abductions.", "stop_assisting_crimes"),
        ("The group urged the assembly to authorise without delay the trial of the "
         "former president.", "accountability"),
        ("The group urged the government to order an inquest into every death.",
         "independent_investigation"),
        ("It urges members to press Ostrel to admit the Office of the UN High "
         "Commissioner for Human Rights.", "access_for_monitors"),
    ],
)  # fmt: skip
def test_recommendations_numbered_addressees_homecomings_immunity_and_inquests(
    text: str, theme: str
):
    assert theme in [d[0] for d in demands_of(text)]


def test_aid_that_has_to_reach_people_is_humanitarian_access():
    assert "humanitarian_access" in [
        d[0]
        for d in demands_of(
            "Aid has to reach these families before the rains.", quoted=True
        )
    ]


def test_imperative_sentences_after_a_call_with_a_colon_are_asks(dataset: Dataset):
    candidates = ingest(
        dataset,
        "We're calling on the President to: Free the four bloggers now. Repeal the "
        "cyber law. Welcome the UN Special Rapporteur on freedom of expression.",
    )
    assert sorted(d["theme"] for d in candidates["demands"]) == [
        "access_for_monitors",
        "release_detainees",
    ]


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        ("On 4 February the government raised the price of diesel by a third.",
         "resolution"),
        ("The suspension took effect on 27 February.", "resolution"),
        ("The buffer zone has been in force since 13 June 2020.", "resolution"),
        ("In December 2020 the ministry issued its protocol on street protests.",
         "resolution"),
        ("Veloria signed the convention in September 2008.", "resolution"),
        ("On Wednesday the Sejm voted 401 to 23 to keep the suspension.",
         "resolution"),
        ("The Knesset is due to vote on 23 March on the emergency rules.",
         "resolution"),
        ("On 2 February deputies passed a text billed as an interpretation.",
         "resolution"),
        ("On Wednesday the Chamber of Deputies failed to overturn the veto.",
         "rejection"),
        ("A federal judge is due to take up the complaint on 20 March.", "finding"),
        ("The complaint is due to be heard on 15 March.", "finding"),
        ("Since 1 February courts have put more than 300 people through fast-track "
         "trials.", "finding"),
        ("On 29 April 2020 a gunman shot a young blogger at a cafe in Ostrel.",
         "attack"),
        ("The student was shot dead by gendarmes in Ostrel on 5 March 2020.",
         "crackdown"),
        ("Figures the prison service disclosed to a committee last month were "
         "grim.", "statement"),
    ],
)  # fmt: skip
def test_prices_raised_rules_in_force_votes_due_overrides_failed_and_shootings(
    dataset: Dataset, body: str, event_type: str
):
    assert event_type in [e[0] for e in events_of(ingest(dataset, body))]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("At least 180 were treated in hospital for gunshot wounds.",
         (180, "at_least", "injured")),
        ("More than 4,000 households were moved off their land.",
         (4000, "more_than", "displaced")),
        ("Guards pushed at least 640 of those people back into Belarus.",
         (640, "at_least", "displaced")),
        ("Nearly 40 of those now held are children.", (40, "about", "detained")),
    ],
)  # fmt: skip
def test_hospital_treatment_households_moved_and_people_pushed_back(
    text: str, figure: tuple
):
    assert figure in figures_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("We are asking: the ministry: open the buffer zone to medics and aid "
         "workers; the prosecutor's office: investigate every death at the border.",
         "humanitarian_access"),
        ("We are asking: the ministry: open the buffer zone to medics; the "
         "Commission: stop funding border operations until the pushbacks end.",
         "stop_assisting_crimes"),
        ("The group calls on the government to release the three migrant workers.",
         "release_detainees"),
    ],
)  # fmt: skip
def test_addressees_with_colons_funding_stopped_and_workers_released(
    text: str, theme: str
):
    assert theme in [d[0] for d in demands_of(text)]


def test_doctors_let_in_are_aid_but_doctors_who_examine_a_body_investigate():
    assert [
        d[0]
        for d in demands_of("Let doctors and journalists into the zone.", quoted=True)
    ] == ["humanitarian_access"]
    assert "humanitarian_access" not in [
        d[0]
        for d in demands_of(
            "It asked the state to let independent doctors examine his body."
        )
    ]
    assert [
        d[0]
        for d in demands_of(
            "I want the man who fired to stand before a judge.", quoted=True
        )
    ] == ["accountability"]


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        ("His son was killed by a gendarme in Ostrel on Friday night.", "crackdown"),
        ("At least 22 people have been killed since young people took to the "
         "streets of Ostrel on 25 February.", "crackdown"),
        ("On Monday the president dismissed his government.", "statement"),
        ("By mid-afternoon on 10 February the vice president had announced a "
         "nationwide curfew.", "crackdown"),
        ("The National Assembly impeached him on 14 December 2020.", "resolution"),
        ("The order was approved by the House of Lords on 3 February.",
         "resolution"),
        ("On 19 February a judge approved a formal arrest warrant for the "
         "president.", "finding"),
        ("On 30 January the High Court granted permission for a judicial review.",
         "finding"),
    ],
)  # fmt: skip
def test_killings_by_a_gendarme_curfews_impeachments_warrants_and_reviews(
    dataset: Dataset, body: str, event_type: str
):
    assert event_type in [e[0] for e in events_of(ingest(dataset, body))]


def test_killings_someone_is_shocked_by_are_no_new_event(dataset: Dataset):
    events = events_of(
        ingest(
            dataset,
            "On Monday the High Commissioner declared himself shocked by the killings.",
        )
    )
    assert [e[0] for e in events] == ["statement"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The arrest of 532 people in the square was unlawful.",
         (532, "exactly", "detained")),
        ("At least nine journalists were assaulted at the court.",
         (9, "at_least", "injured")),
        ("Eleven remained in custody on Monday.", (11, "exactly", "detained")),
        ("87 women and 48 children were taken from wards.",
         (87, "exactly", "detained")),
    ],
)  # fmt: skip
def test_arrests_named_by_a_noun_assaults_and_people_taken_from_wards(
    text: str, figure: tuple
):
    assert figure in figures_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Let his lawyer see him today.", "end_torture_disappearance"),
        ("The gendarme who shot her son should face a judge.", "accountability"),
        ("The President must order the police to stop firing live rounds into "
         "crowds.", "end_unlawful_attacks"),
    ],
)  # fmt: skip
def test_lawyers_let_in_judges_faced_and_live_rounds(text: str, theme: str):
    assert theme in [d[0] for d in demands_of(text, quoted=True)]


def test_deportations_counted_people_dragged_and_a_verb_right_before_part_of_them():
    assert (276000, "more_than", "displaced") in figures_of(
        "The agency reported more than 276,000 deportations last year."
    )
    assert (17, "exactly", "detained") in figures_of(
        "Seventeen students were dragged from their halls."
    )
    assert (9, "exactly", "detained") in figures_of(
        "Gendarmes broke up a sit-in, injuring at least a dozen students, and held "
        "nine of them for a week."
    )


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Soldiers fired on the blockades between 6 and 9 February.",
         dt.date(2021, 2, 6), dt.date(2021, 2, 9)),
        ("Interviews were carried out between November and January.",
         dt.date(2020, 11, 1), dt.date(2021, 1, 31)),
        ("The crisis of 2010 and 2011 left thousands dead.",
         dt.date(2010, 1, 1), dt.date(2011, 12, 31)),
        ("It urges them to publish a timetable by December.",
         dt.date(2021, 12, 1), dt.date(2021, 12, 31)),
    ],
)  # fmt: skip
def test_day_ranges_follow_the_tense_months_without_a_year_and_deadlines(
    text: str, start: dt.date, end: dt.date
):
    mention = dates_of(text)[0]
    assert (mention.start, mention.end) == (start, end)


def test_a_request_looks_ahead_for_a_day_range():
    (mention,) = dates_of(
        "We urge governments to raise the cases when ministers meet on 25 and 26 "
        "March, and to freeze assets held abroad."
    )
    assert mention.start == dt.date(2021, 3, 25)


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        ("Veloria acceded to in 1992 the covenant it now ignores.", "resolution"),
        ("Calvia introduced a minimum wage in March 2020.", "resolution"),
        ("The president put the capital under a state of emergency on 19 February.",
         "resolution"),
        ("Rome let its agreement with Calvia roll over for three years on 2 "
         "February.", "negotiation"),
        ("Ostrel flew police advisers to the capital last week.", "mission"),
        ("A UN mission was in Veloria from 30 January to 22 February.", "mission"),
        ("On Monday the Constitutional Council confirmed the president's "
         "re-election.", "finding"),
        ("In 2017 the Royal Commission recommended that no child be detained.",
         "report"),
        ("In September 2019 the UN committee reviewed Veloria.", "report"),
        ("The collective gives evidence to the Senate inquiry on 24 March.",
         "report"),
        ("On 5 February the police released watch-house figures.", "report"),
        ("In October 2020 the territory lowered the age of criminal "
         "responsibility to 10.", "resolution"),
        ("On 10 February the cabinet approved 1,647 more revocations.",
         "crackdown"),
        ("In 2006 her husband was taken by soldiers from their home.", "crackdown"),
        ("Three more witnesses have been threatened since early February.",
         "threat"),
    ],
)  # fmt: skip
def test_treaties_wages_missions_councils_commissions_and_revocations(
    dataset: Dataset, body: str, event_type: str
):
    assert event_type in [e[0] for e in events_of(ingest(dataset, body))]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The police have blinded more than 400 people.",
         (400, "more_than", "injured")),
        ("At least 34 people lost an eye completely.", (34, "at_least", "injured")),
        ("We counted 41 men in a cell built for ten.", (41, "exactly", "detained")),
        ("Twelve men remain in a deportation centre.", (12, "exactly", "detained")),
    ],
)  # fmt: skip
def test_blindings_cells_and_deportation_centres(text: str, figure: tuple):
    assert figure in figures_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("The group urged the government to bring every detainee before a court "
         "within 24 hours or let them go.", "release_detainees"),
        ("It asked the Ombudsman to look into the beatings.",
         "independent_investigation"),
        ("Ostrel should make that help conditional on respect for rights.",
         "stop_assisting_crimes"),
        ("The group urged the government to bring the former president home to "
         "answer to his victims.", "accountability"),
        ("The group urged states to arrest suspected members or extradite them.",
         "accountability"),
        ("The group urged the government to release children on remand to family "
         "care.", "release_detainees"),
        ("The group urged the minister to order an independent review of the "
         "boy's treatment.", "independent_investigation"),
    ],
)  # fmt: skip
def test_court_or_release_beatings_help_on_conditions_extradition_and_reviews(
    text: str, theme: str
):
    assert theme in [d[0] for d in demands_of(text)]


def test_a_past_recommendation_by_a_commission_is_no_demand():
    assert (
        demands_of(
            "In 2017 the Royal Commission recommended that children under 14 not be "
            "detained."
        )
        == []
    )


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        ("In May 2018 the former general was jailed for 20 years.", "finding"),
        ("On 9 February the ministry warned organisers of further gatherings of "
         "prosecution.", "threat"),
        ("A four-day state of emergency declared on 1 July 2008 left five dead.",
         "resolution"),
        ("The regional mission left Veloria in June 2017.", "mission"),
        ("The protesters are due back in court on 3 March.", "finding"),
        ("In February 2021 the case was struck from the roll.", "finding"),
        ("On 12 February the minister told parliament the police acted lawfully.",
         "statement"),
        ("In November 2019 the province passed its Declaration on the Rights of "
         "Indigenous Peoples Act.", "resolution"),
        ("In November 2019 the Working Group found his detention arbitrary.",
         "finding"),
        ("On 25 February the government warned that marchers will be identified "
         "and fined.", "threat"),
    ],
)  # fmt: skip
def test_prison_terms_warnings_of_prosecution_missions_leaving_and_acts_passed(
    dataset: Dataset, body: str, event_type: str
):
    assert event_type in [e[0] for e in events_of(ingest(dataset, body))]


def test_a_number_of_days_is_no_count_of_people_and_held_beyond_is_detained():
    assert figures_of("He died nine days after staff found him.") == set()
    assert (22, "at_least", "detained") in figures_of(
        "At least 22 survivors were held beyond 48 hours."
    )


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("The group urged the minister to refer the death to an independent panel "
         "with medical experts.", "independent_investigation"),
        ("They recall that allegations of ill-treatment must be examined by an "
         "inspectorate independent of the units concerned.",
         "independent_investigation"),
        ("The group urged the commissioner to suspend officers named in credible "
         "complaints.", "accountability"),
        ("The group urged the authorities to bring Solongo home.",
         "release_detainees"),
        ("The group urged the government to let the Ombudsman inspect the cells at "
         "Rove.", "access_for_monitors"),
    ],
)  # fmt: skip
def test_panels_allegations_examined_suspensions_homecomings_and_inspections(
    text: str, theme: str
):
    assert theme in [d[0] for d in demands_of(text)]


def test_a_dated_report_of_speech_is_a_statement_when_the_date_opens_the_sentence(
    dataset: Dataset,
):
    events = events_of(
        ingest(
            dataset,
            "On 31 January the interior minister said on state television that the "
            "police had acted with restraint.",
        )
    )
    assert ("statement", "2021-01-31", "2021-01-31") in events


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Guards held eleven women for a night at the depot.",
         (11, "exactly", "detained")),
        ("Officers detained nine current and former staff of the paper.",
         (9, "exactly", "detained")),
        ("Police bundled 40 people into vans outside the court.",
         (40, "exactly", "detained")),
        ("At least 25 people who marched to the ministry were held for a day.",
         (25, "at_least", "detained")),
        ("Two are still in hospital.", (2, "exactly", "injured")),
        ("Medics counted more than 90 with gunshot wounds.",
         (90, "more_than", "injured")),
        ("Clinics treated 35 people for burns and cuts.",
         (35, "exactly", "injured")),
        ("Four bodies were later recovered from the river.",
         (4, "exactly", "killed")),
        ("Three migrant children die in border camp", (3, "exactly", "killed")),
        ("At least 12 teenagers were among the detainees brought to court.",
         (12, "at_least", "detained")),
        ("Men with knives attacked the rally, slashing at least six people.",
         (6, "at_least", "injured")),
        ("More than three thousand people were detained across the country.",
         (3000, "more_than", "detained")),
        ("More than two thousand people were detained across the country.",
         (2000, "more_than", "detained")),
        ("Soldiers opened fire, killing at least 14 people.",
         (14, "at_least", "killed")),
        ("Nobody has seen five of them since.", (5, "disappeared")),
    ],
)  # fmt: skip
def test_held_taken_hurt_and_dead_people_told_in_more_ways(text: str, figure: tuple):
    if len(figure) == 2:
        assert {(f[0], f[2]) for f in figures_of(text)} == {figure}
    else:
        assert figures_of(text) == {figure}


def test_the_modifiers_of_counted_people_stop_at_a_preposition():
    assert figures_of("Shells hit two camps for displaced people on Friday.") == set()


def test_a_lawyer_representing_some_of_them_counts_no_victims():
    assert figures_of("said lawyer Ana Petit, who represents six of them.") == set()
    assert figures_of("Police later questioned one of them, Ivo Marn.") == set()


def test_people_seized_whose_families_do_not_know_where_they_are_disappeared():
    assert figures_of(
        "Police seized three of her friends at the gate; their parents still do not "
        "know where they are."
    ) == {(3, "exactly", "disappeared")}


def test_a_part_of_them_takes_the_outcome_of_the_paragraphs_figure_before(
    dataset: Dataset,
):
    candidates = ingest(
        dataset,
        "At least 140 people are in prison for their posts. At least 20 of them have "
        "waited over a year for a trial.",
    )
    assert [(f["count"], f["outcome"]) for f in candidates["casualty_figures"]] == [
        (140, "detained"),
        (20, "detained"),
    ]


def test_a_list_of_demands_named_by_a_lead_gives_one_demand_per_bare_request():
    demands = demands_of(
        "Our demands to the Veloria authorities: - Free Ivo Marn now. - Say where "
        "the two missing men are held. - Appoint independent investigators to look "
        "into the shooting. - Put the officers who ordered the shooting on trial."
    )
    assert [(theme, target) for theme, target, _ in demands] == [
        ("release_detainees", "Veloria authorities"),
        ("end_torture_disappearance", "Veloria authorities"),
        ("independent_investigation", "Veloria authorities"),
        ("accountability", "Veloria authorities"),
    ]


def test_recommendations_that_name_each_addressee_before_its_verb():
    demands = demands_of(
        "The Centre recommends that: the Basic Court review without delay whether "
        "each detention is necessary, and free anyone for whom it is not; the "
        "Ombudsperson Institution inspect conditions at the Varno detention centre."
    )
    assert [(theme, target) for theme, target, _ in demands] == [
        ("release_detainees", "Basic Court"),
        ("access_for_monitors", "Ombudsperson Institution"),
    ]


def test_we_are_asking_with_a_colon_then_one_addressee_per_item():
    demands = demands_of(
        "We're asking: the Prosecutor General: drop the charges against Solongo; "
        "the Government: invite the UN Special Rapporteur to visit the country."
    )
    assert [(theme, target) for theme, target, _ in demands] == [
        ("release_detainees", "Prosecutor General"),
        ("access_for_monitors", "Government"),
    ]


def test_a_case_number_does_not_end_the_list_of_asks():
    themes = [
        theme
        for theme, _, _ in demands_of(
            "The group urges the authorities (a) to release everyone convicted in "
            "Case No. 12 of 2023; (b) to disclose the whereabouts of the men moved "
            "from Varno prison."
        )
    ]
    assert themes == ["release_detainees", "end_torture_disappearance"]


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Release the #FreeTheRiver protesters", "release_detainees"),
        ("These two reporters should be back at their desks, not in a cell.",
         "release_detainees"),
        ("Let his lawyer and his family see him.", "end_torture_disappearance"),
        ("Donors must make sure none of their money pays for these raids.",
         "stop_assisting_crimes"),
        ("We urge the authorities to grant the Working Group on Arbitrary Detention "
         "unrestricted entry to every place of detention.", "access_for_monitors"),
        ("We ask the UN office to follow the case and report on it publicly.",
         "un_scrutiny"),
        ("We urge the prosecutor to charge and try the commanders responsible for "
         "the shootings.",
         "accountability"),
    ],
)  # fmt: skip
def test_more_ways_to_word_a_known_request(text: str, theme: str):
    assert theme in [d[0] for d in demands_of(text, quoted=True)]


@pytest.mark.parametrize(
    "body",
    [
        "On 25 February the High Commissioner described the ban as disproportionate.",
        "On 25 February UN experts publicly criticised the revocations.",
        "On 25 February the labour ministry called the protest unlicensed.",
        "On 25 February the bishops condemned the arrests.",
    ],
)
def test_words_about_a_repressive_act_are_a_statement_not_the_act(
    dataset: Dataset, body: str
):
    assert events_of(ingest(dataset, body)) == [
        ("statement", "2021-02-25", "2021-02-25")
    ]


def test_an_application_rejected_by_a_court_is_a_finding(dataset: Dataset):
    events = events_of(
        ingest(
            dataset,
            "Their lawyer's application for bail was rejected by the same court on "
            "22 February.",
        )
    )
    assert events == [("finding", "2021-02-22", "2021-02-22")]


def test_an_act_without_a_trigger_done_by_police_is_a_crackdown(dataset: Dataset):
    events = events_of(
        ingest(
            dataset,
            "In February, hundreds of police officers removed at least 70 families "
            "from the valley and set fire to their houses.",
        )
    )
    assert [e[0] for e in events] == ["crackdown"]


def test_the_same_act_again_with_its_own_count_and_date(dataset: Dataset):
    events = events_of(
        ingest(
            dataset,
            "Police arrested 14 people at the camp in January 2019 and 28 more in "
            "February 2020.",
        )
    )
    assert events == [
        ("crackdown", "2019-01-01", "2019-01-31"),
        ("crackdown", "2020-02-01", "2020-02-29"),
    ]


def test_a_month_told_alone_goes_on_into_the_next_sentence(dataset: Dataset):
    events = events_of(
        ingest(
            dataset,
            "The case recalls May 2019, when hundreds of jobless graduates marched "
            "in Varno. Police fired tear gas and arrested dozens of them.",
        )
    )
    assert ("crackdown", "2019-05-01", "2019-05-31") in events


def test_a_warning_given_in_a_named_month_is_a_statement(dataset: Dataset):
    events = events_of(
        ingest(
            dataset,
            "UN experts warned in January 2020 that the method could amount to "
            "torture.",
        )
    )
    assert events == [("statement", "2020-01-01", "2020-01-31")]


def test_the_subject_of_a_passive_ask_is_not_its_addressee():
    demands = demands_of("Those responsible for the strike must be brought to justice.")
    assert [(theme, target) for theme, target, _ in demands] == [("accountability", "")]
    demands = demands_of(
        "The Security Council must be prepared to refer the situation to the "
        "International Criminal Court."
    )
    assert [(theme, target) for theme, target, _ in demands] == [
        ("icc_referral", "Security Council")
    ]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Amnesty International calls on the authorities to be open about the "
         "whereabouts of the disappeared.", "authorities"),
        ("The authorities must be seen to investigate every death in custody.",
         "authorities"),
        ("We urge the Security Council to be guided by the findings and refer "
         "the situation to the International Criminal Court.", "Security Council"),
    ],
)  # fmt: skip
def test_an_addressee_asked_to_be_something_stays_the_addressee(text: str, target: str):
    targets = [t.lower() for _, t, _ in demands_of(text)]
    assert targets and set(targets) == {target.lower()}


# --- forced movement, custody, hospital: figures told with other verbs -----


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Border guards forced at least 310 people back across the frontier into "
         "Tarsia in March.", (310, "at_least", "displaced")),
        ("As many as 90 people were returned on the night of 2 May.",
         (90, "about", "displaced")),
        ("The charter flight took 41 Veloran men from Osk to Marrabad on Monday.",
         (41, "exactly", "displaced")),
        ("More than 60 families have been taken to Ilha Norte since June.",
         (60, "more_than", "displaced")),
        ("Officials prevented the entry of more than 800 people last year.",
         (800, "more_than", "displaced")),
        ("Since then, nearly 25 people have abandoned the settlements upriver.",
         (25, "about", "displaced")),
        ("More than 900 people have been taken into police custody since Friday.",
         (900, "more_than", "detained")),
        ("Five students are still held, charged with vandalism.",
         (5, "exactly", "detained")),
        ("Nine of the boys were held for over half a year.",
         (9, "exactly", "detained")),
        ("Some 40 of the returned men have been moved to a labour camp in the north.",
         (40, "about", "detained")),
        ("According to relatives, three were taken to hospital in Osk.",
         (3, "exactly", "injured")),
        ("Hospitals treated at least 27 marchers that night.",
         (27, "at_least", "injured")),
        ("The blast killed two people and injured eleven.",
         (11, "exactly", "injured")),
        ("At least 18 of the people we met said officers had kicked them.",
         (18, "at_least", "injured")),
        ("Families of at least six miners have no idea which prison holds them.",
         (6, "at_least", "disappeared")),
        ("Police recorded more than 450 murders in 2023.",
         (450, "more_than", "killed")),
    ],
)  # fmt: skip
def test_figures_told_with_verbs_of_forced_movement_custody_and_care(
    text: str, figure: tuple
):
    assert figure in figures_of(text)


def test_people_joined_to_an_arrest_by_a_comma_and_take_its_outcome():
    figures = figures_of(
        "Since then, soldiers have arrested the unit's commander, Major Ilo Varan, "
        "and dozens of his men."
    )
    assert (None, "unspecified", "detained") in figures


def test_a_lawyer_for_some_of_those_still_held_counts_them_as_held():
    assert (4, "exactly", "detained") in figures_of(
        "She represents four of those still held at the Osk remand centre."
    )


def test_a_release_before_a_subgroup_still_counts_no_victims():
    assert figures_of("A judge released three of the men arrested in Osk.") == set()


# --- demands: lettered lists, more headlines, more monitoring bodies -----


def test_an_inline_lettered_list_gives_one_demand_per_letter():
    demands = demands_of(
        "The Centre asks the Minister to (a) bring the four detainees back to Osk "
        "at once, (b) release those held only for marching, and (c) order an "
        "independent investigation into the two deaths."
    )
    assert [theme for theme, _, _ in demands] == [
        "release_detainees",
        "independent_investigation",
    ]
    assert all(target == "Minister" for _, target, _ in demands)


@pytest.mark.parametrize(
    ("headline", "theme"),
    [
        ("Veloria: Reopen the inquiry into Ana Soto's death in custody",
         "independent_investigation"),
        ("Veloria–Tarsia border: End detention without charge now",
         "release_detainees"),
    ],
)  # fmt: skip
def test_a_headline_with_more_verbs_and_a_dash_is_a_demand(
    dataset: Dataset, headline: str, theme: str
):
    candidates = ingest_document(
        parse_text("note.txt", f"{headline}\n\n3 March 2021\n\nNothing else.\n"),
        dataset,
    )
    assert [d["theme"] for d in candidates["demands"]] == [theme]


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("We urge the authorities to give the Ombudswoman unannounced access to "
         "every police station.", "access_for_monitors"),
        ("We urge the government to let lawyers and the Veloria Human Rights League "
         "visit them.", "access_for_monitors"),
        ("We urge the government to seek an on-site "
         "visit to Osk.", "access_for_monitors"),
        ("We urge the government to make sure the UN Special Rapporteur can come "
         "before June.", "access_for_monitors"),
        ("The Public Defender should be let in now.", "access_for_monitors"),
        ("We urge the ministry to open the camp to independent journalists.",
         "access_for_monitors"),
        ("We urge the Ombudsman to examine independently how the list was drawn up.",
         "independent_investigation"),
        ("We urge the government to have independent investigators look into the "
         "beatings.", "independent_investigation"),
        ("We urge the government to ensure that officers responsible for abuse in "
         "custody are prosecuted.", "accountability"),
        ("We urge the authorities to disclose the place of detention of each "
         "detainee.", "end_torture_disappearance"),
        ("We urge the authorities to allow visits by relatives.",
         "end_torture_disappearance"),
        ("We urge the authorities to let the families see their sons and daughters.",
         "end_torture_disappearance"),
        ("We urge the border police to say what became of the three men.",
         "end_torture_disappearance"),
        ("We urge the government to ban solitary confinement for children.",
         "end_torture_disappearance"),
        ("We urge the UN Committee to examine the case when it next reviews "
         "Veloria.", "un_scrutiny"),
        ("We urge member states to use the May review to press Veloria on the "
         "expulsions.", "un_scrutiny"),
        ("We urge the agency to withdraw from operations in Veloria until the "
         "abuses stop.", "stop_assisting_crimes"),
    ],
)  # fmt: skip
def test_still_more_ways_to_word_a_known_request(text: str, theme: str):
    assert theme in [d[0] for d in demands_of(text, quoted=True)]


# --- events: emergencies, votes, laws, letters, forced returns -----


@pytest.mark.parametrize(
    "body",
    [
        "The prime minister declared states of public emergency in four districts "
        "on 25 February.",
        "A state of emergency was declared on 20 February and lifted on 25 February.",
        "On 25 February the House voted 30 to 11 to extend the emergency.",
        "In February the assembly wrote the practice into law.",
        "The regional commission granted precautionary measures to the community "
        "on 25 February.",
        "On 25 February the government suspended the examination of asylum claims.",
    ],
)
def test_emergencies_votes_and_laws_are_resolutions(dataset: Dataset, body: str):
    assert {e[0] for e in events_of(ingest(dataset, body))} == {"resolution"}


def test_a_vote_due_on_a_named_day_is_a_scheduled_resolution(dataset: Dataset):
    events = events_of(
        ingest(dataset, "The Senate is due to vote on 9 March on the bill.")
    )
    assert events == [("resolution", "2021-03-09", "2021-03-09")]


def test_a_letter_asking_for_information_is_a_statement(dataset: Dataset):
    events = events_of(
        ingest(
            dataset,
            "On 25 February, UN experts wrote to the government asking for "
            "information on the arrests.",
        )
    )
    assert events == [("statement", "2021-02-25", "2021-02-25")]


def test_people_sent_back_across_a_border_are_a_crackdown(dataset: Dataset):
    events = events_of(
        ingest(
            dataset,
            "On 25 February, the coastguard sent at least 70 people back to Tarsia.",
        )
    )
    assert [e[0] for e in events] == ["crackdown"]


# --- demands: more calling verbs, UN bodies asked to act, held people as subject


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("The League requests the Ministry, through the Attorney General, to: "
         "1. entrust the inquiry into the deaths to a body wholly independent of "
         "the prison service.", "independent_investigation"),
        ("The Forum requests that the Government (a) free the two teachers; "
         "(b) publish the detention orders.", "release_detainees"),
        ("Port Watch wants the cabinet to give the torture-prevention board "
         "unannounced access to every holding centre.", "access_for_monitors"),
        ("The Network encourages the interior minister to open disciplinary "
         "proceedings against the guards.", "accountability"),
        ("It also invites the UN Committee against Torture to question the "
         "government on the use of spit hoods.", "un_scrutiny"),
        ("We ask the UN Special Rapporteur on migrants, when she reports in June, "
         "to seek an explanation from Veloria.", "un_scrutiny"),
        ("It invites the UN Working Group on Arbitrary Detention to request access "
         "to the island camp.", "access_for_monitors"),
        ("The UN Human Rights Committee, it says, should take up the expulsions "
         "when it next examines Veloria.", "un_scrutiny"),
        ("We urge the government to extend a standing invitation to every UN "
         "Special Rapporteur.", "access_for_monitors"),
        ("We urge the government to grant the Bar Council private meetings with "
         "the detainees.", "access_for_monitors"),
        ("We urge the ministry to let lawyers and reporters into the border strip.",
         "access_for_monitors"),
        ("We urge the ministry to let the ombudsperson watch every removal flight.",
         "access_for_monitors"),
        ("We urge the ministry to open its holding sites to a delegation of the "
         "Working Group.", "access_for_monitors"),
        ("We urge the police to hand the case over to an independent "
         "prosecutor.", "independent_investigation"),
        ("We urge the ministry to have the use of batons examined by an "
         "independent panel.", "independent_investigation"),
        ("We urge the prosecutor to take the case away from the city police.",
         "independent_investigation"),
        ("We urge the prosecutor to bring charges against any officer who fired.",
         "accountability"),
        ("We urge the ministry to suspend from duty the three wardens in charge "
         "that night.", "accountability"),
        ("We urge donors to withdraw their officers from any patrol that turns "
         "boats back.", "stop_assisting_crimes"),
        ("We urge donors to tie further support for the coastguard to an "
         "independent complaints body.", "stop_assisting_crimes"),
        ("We urge donors to suspend your support for the riot units.",
         "stop_assisting_crimes"),
        ("We urge the minister to sit down with the fishing villages.",
         "political_dialogue"),
        ("We urge the ministry to stop isolating detainees for weeks.",
         "end_torture_disappearance"),
    ],
)  # fmt: skip
def test_requests_wants_and_invitations_are_calls(text: str, theme: str):
    assert theme in [d[0] for d in demands_of(text)]


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Open the cells and let them walk out.", "release_detainees"),
        ("Give Tomas's family back their freedom.", "release_detainees"),
        ("Let him come home.", "release_detainees"),
        ("Hand this case to someone independent.", "independent_investigation"),
        ("And investigate why officers used a dog.", "independent_investigation"),
        ("Everyone held past the maximum sentence must walk out this month.",
         "release_detainees"),
        ("The charges must be dropped and everyone held must go home to their "
         "families.", "release_detainees"),
    ],
)  # fmt: skip
def test_a_spokespersons_bare_or_passive_asks(text: str, theme: str):
    assert theme in [d[0] for d in demands_of(text, quoted=True)]


def test_people_held_are_not_whom_their_release_is_asked_of():
    demands = demands_of("Every detainee held past the limit must go free.", True)
    assert [(theme, addressee) for theme, addressee, _ in demands] == [
        ("release_detainees", "")
    ]


def test_a_list_after_we_want_three_things_gives_one_demand_per_item():
    themes = [
        d[0]
        for d in demands_of(
            "We want three things this week: - Release all nine students. - An "
            "independent inquiry into the raid. - Scrap the curfew."
        )
    ]
    assert themes == ["release_detainees", "independent_investigation"]


def test_a_headline_urging_an_inquiry_is_a_demand_but_a_past_urging_is_news():
    headline = demands_of("Veloria: Rights group urges independent inquiry after raid")
    assert [d[0] for d in headline] == ["independent_investigation"]
    assert (
        demands_of("Back then the High Commissioner urged an independent inquiry.")
        == []
    )


def test_a_request_as_a_noun_and_a_veto_to_override_are_no_asks_of_their_own():
    assert (
        demands_of("The ministry rejected a request from families to see the bodies.")
        == []
    )
    assert demands_of("We urge the assembly to override the veto.") == []


def test_an_ask_to_ask_a_un_expert_to_visit_is_one_demand_of_the_government():
    demands = demands_of(
        "It recommends that the Government ask the UN Special Rapporteur on "
        "torture to visit the northern province."
    )
    assert [d[0] for d in demands] == ["access_for_monitors"]


# --- figures: borders, flights and shelters, blows and burns, asides, parts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Guards forced at least 60 people across the frontier into Tarsia.",
         (60, "at_least", "displaced")),
        ("Since then, patrols have turned back nearly 90 people.",
         (90, "about", "displaced")),
        ("The agency had 28 rejected applicants put on charter flights to Orvan.",
         (28, "exactly", "displaced")),
        ("The floods sent some 4,000 people to evacuation centres.",
         (4000, "about", "displaced")),
        ("The storm left more than 700 without a home.",
         (700, "more_than", "displaced")),
        ("On Monday, police cleared about 30 families from the riverside camp.",
         (30, "about", "displaced")),
        ("At least 12 people were treated by paramedics.",
         (12, "at_least", "injured")),
        ("Four went to hospital.", (4, "exactly", "injured")),
        ("Five marchers were struck with batons.", (5, "exactly", "injured")),
        ("Two of us were burned.", (2, "exactly", "injured")),
        ("Dozens more were locked, sometimes for days, in a basement.",
         (None, "unspecified", "detained")),
        ("Police made thousands of arrests.", (None, "unspecified", "detained")),
        ("Eight were still in police cells on Sunday.", (8, "exactly", "detained")),
        ("Seven of the 40, including a girl of 15, remain in detention.",
         (7, "exactly", "detained")),
        ("Six relatives of Ana Pereira, a teacher who died in custody last month, "
         "were arrested at her funeral.", (6, "exactly", "detained")),
    ],
)  # fmt: skip
def test_more_outcomes_and_counts(text: str, figure: tuple):
    assert figure in figures_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police moved in on a sit-in of about 300 people.",
        "In June a court acquitted four of them.",
        "The report rests on interviews with 45 remand prisoners.",
        "A hostel meant for 60 families was burned out.",
        "In 21 of the 30 cases nobody complained.",
        "Nine children spent one or more nights in police cells.",
    ],
)
def test_crowds_trials_interviews_and_cases_are_not_figures(text: str):
    counts = {figure[0] for figure in figures_of(text)}
    assert counts.isdisjoint({300, 4, 45, 60, 21, 1})


def test_a_part_of_a_group_told_without_a_number_takes_its_outcome(
    dataset: Dataset,
):
    candidates = ingest(
        dataset,
        "They were arrested on Friday outside the ministry. Five of them are under 18.",
    )
    assert [(f["count"], f["outcome"]) for f in candidates["casualty_figures"]] == [
        (5, "detained")
    ]


# --- events: warnings of what will follow, inquiries opened, deliveries, deals


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        ("On 25 February the Interior Minister warned that residence permits "
         "could be withdrawn from anyone at the rally.", "threat"),
        ("On 25 February the ministry warned that more hangings would follow.",
         "threat"),
        ("On 25 February the council gave the families seven days to leave.",
         "threat"),
        ("On 25 February the President refused to proclaim the amended law.",
         "veto"),
        ("On 25 February the ministry granted the mining licence.", "resolution"),
        ("On 25 February the government invoked the border act for two districts.",
         "resolution"),
        ("On 25 February the Ombudsman opened its own inquiry into the death.",
         "mission"),
        ("Jurists sent by the regional forum on 25 February found the courts "
         "cowed.", "mission"),
        ("On 25 February the agency sent dozens of officers to help patrol the "
         "frontier.", "mission"),
        ("On 25 February the police received riot shields, batons and "
         "pepper-spray launchers from a donor.", "arms_transfer"),
        ("On 25 February the government signed agreements with the herders.",
         "negotiation"),
        ("On 25 February the Prime Minister apologised to the survivors.",
         "statement"),
        ("On 25 February guards forced 40 people back over the eastern border.",
         "crackdown"),
        ("On 25 February police cleared about 30 families from the riverside "
         "camp.", "crackdown"),
        ("The case returns to the district court on 9 March.", "finding"),
    ],
)  # fmt: skip
def test_warnings_inquiries_deliveries_and_deals(
    dataset: Dataset, body: str, event_type: str
):
    assert event_type in {e[0] for e in events_of(ingest(dataset, body))}


# --- demands: invitations, lawyers and families, second addressees, "asks: (a) that"


@pytest.mark.parametrize(
    ("ask", "theme"),
    [
        ("welcome, at long last, the UN Special Rapporteur on torture",
         "access_for_monitors"),
        ("send its rapporteurs to the northern province", "access_for_monitors"),
        ("let the regional experts come and see for themselves",
         "access_for_monitors"),
        ("let the parliamentary delegation see Mr Orlo in prison",
         "access_for_monitors"),
        ("inspect the Ostrel holding centre without delay", "access_for_monitors"),
        ("The Working Group be invited back", "access_for_monitors"),
        ("give detainees prompt access to lawyers and relatives",
         "end_torture_disappearance"),
        ("guarantee each detainee a confidential call with a lawyer",
         "end_torture_disappearance"),
        ("end residential surveillance at a designated location",
         "end_torture_disappearance"),
        ("The officers responsible face an ordinary criminal court",
         "accountability"),
        ("charge the officers who fired", "accountability"),
        ("put the search for the missing on its agenda", "un_scrutiny"),
        ("cover the evictions in its next report", "un_scrutiny"),
        ("the monitors be given access to bring food and medicine to the camp",
         "humanitarian_access"),
        ("bring the government and the opposition to the table", "political_dialogue"),
        ("stop paying Veloria to guard its coast for you", "stop_assisting_crimes"),
        ("everyone held for marching be allowed home", "release_detainees"),
        ("the release of Anna Orlo, a teacher", "release_detainees"),
    ],
)  # fmt: skip
def test_more_theme_vocabulary(ask: str, theme: str):
    assert themes_of(ask)[:1] == [theme]


def test_called_on_x_to_a_and_on_y_to_b_gives_each_addressee_its_ask():
    assert demands_of(
        "The Forum called on the Ombudsman to investigate the beatings, and on the "
        "Police to let lawyers and families see every detainee."
    ) == [
        ("independent_investigation", "Ombudsman", "Investigate the beatings"),
        ("end_torture_disappearance", "Police",
         "Let lawyers and families see every detainee"),
    ]  # fmt: skip


def test_asks_with_a_colon_and_that_items_give_one_demand_per_item():
    demands = demands_of(
        "The Union asks: (a) that the Ombudsman open an inquiry into the raids; "
        "(b) that the Government give monitors unannounced access to the camp; "
        "(c) that every child held there be released at once."
    )
    assert [(theme, to) for theme, to, _ in demands] == [
        ("independent_investigation", "Ombudsman"),
        ("access_for_monitors", "Government"),
        ("release_detainees", ""),
    ]


def test_calls_joined_or_made_of_things_and_decimal_numbers_in_the_addressee():
    assert demands_of("The Union today joined the call to free Anna Orlo.") == [
        ("release_detainees", "", "Free Anna Orlo")
    ]
    assert [d[0] for d in demands_of(
        "The Union is asking the Government for two things: an independent inquiry "
        "into the raid; and an invitation so the UN Special Rapporteur on housing "
        "can visit the islands."
    )] == ["independent_investigation", "access_for_monitors"]  # fmt: skip
    assert demands_of(
        "They ask the Bank, whose USD 2.5 billion loan was signed in May, to raise "
        "the evictions at the Human Rights Council."
    ) == [("un_scrutiny", "Bank", "Raise the evictions at the Human Rights Council")]
    assert [d[0] for d in demands_of(
        "The Union urged the authorities to (a) release everyone held for marching, "
        "(b) repeal Articles 12.3 and 14.1, and (c) ensure that the beatings are "
        "examined by an independent body."
    )] == ["release_detainees", "independent_investigation"]  # fmt: skip


def test_quoted_musts_about_perpetrators_and_the_held_are_demands():
    demands = demands_of(
        "The officers responsible must face a criminal court, and everyone held for "
        "marching must be allowed home.",
        quoted=True,
    )
    assert [d[0] for d in demands] == ["accountability", "release_detainees"]
    assert [d[0] for d in demands_of("They should be home before that hearing.",
                                     quoted=True)] == ["release_detainees"]  # fmt: skip


# --- figures: sent away, held under a law, parts told before or with an ellipsis


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The clearance left nearly 400 people with nowhere to sleep.",
         (400, "about", "displaced")),
        ("More than 1,900 people still have no permanent home.",
         (1900, "more_than", "displaced")),
        ("Yesterday, 22 of those held were flown to Port Veloria.",
         (22, "exactly", "displaced")),
        ("More than 200 people have been removed in this way since May.",
         (200, "more_than", "displaced")),
        ("At least 212 households were forced off the coast.",
         (212, "at_least", "displaced")),
        ("Since May, more than 600 people have been sent back.",
         (600, "more_than", "displaced")),
        ("Police took 63 people to the Ostrel migration station.",
         (63, "exactly", "detained")),
        ("The Union counts five journalists currently held under the Security Act.",
         (5, "exactly", "detained")),
        ("Five people have now spent nine days in the State Prison.",
         (5, "exactly", "detained")),
        ("The agency was holding more than 59,000 people in June.",
         (59000, "more_than", "detained")),
        ("At least 1,100 people have passed through the Ostrel detention centre.",
         (1100, "at_least", "detained")),
        ("Officers detained the three on Thursday evening.",
         (3, "exactly", "detained")),
        ("The team recovered the remains of 27 men shot in 1936.",
         (27, "exactly", "killed")),
        ("The families of four have heard nothing since their arrest.",
         (4, "exactly", "disappeared")),
    ],
)  # fmt: skip
def test_sent_away_held_under_a_law_and_unheard_of(text: str, figure: tuple):
    assert figure in figures_of(text)


def test_a_part_is_of_the_figure_before_it_and_an_elliptic_part_too():
    assert figures_of(
        "Police detained 48 people, six of them under 18, and at least nine needed "
        "hospital treatment."
    ) == {(48, "exactly", "detained"), (6, "exactly", "detained"),
          (9, "at_least", "injured")}  # fmt: skip
    assert (3, "exactly", "killed") in figures_of(
        "At least ten people died in the unrest, three in a fire at the town hall."
    )


# --- events: demolitions, removed mayors, visits due, decrees, deals announced


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        ("Bulldozers flattened 90 homes in the Ostrel settlement on 25 February.",
         "crackdown"),
        ("On 25 February the Interior Ministry removed the elected mayor of Ostrel "
         "and installed a trustee.", "crackdown"),
        ("On 25 February, 97 men were removed on a charter flight to Port Veloria.",
         "crackdown"),
        ("A delegation of the regional commission is expected in Ostrel on 9 March.",
         "visit"),
        ("A team from the relief agency is due to tour the shelters on 9 March.",
         "visit"),
        ("The Congress is due to send a delegation to Ostrel on 9 March.", "visit"),
        ("On 25 February the Government declared both islands disaster areas.",
         "resolution"),
        ("On 25 February the President decreed a general mobilisation.",
         "resolution"),
        ("On 25 February the ban on night fishing was lifted.", "resolution"),
        ("On 25 February the assembly passed a new Code of Criminal Procedure.",
         "resolution"),
        ("Officials are due to meet the contractor and the workers' "
         "representatives on 9 March.", "negotiation"),
        ("On 25 February the two governments announced a removal arrangement.",
         "negotiation"),
        ("On 25 February firebombs were thrown at the Ostrel reception centre.",
         "attack"),
    ],
)  # fmt: skip
def test_demolitions_removed_mayors_visits_due_decrees_and_deals(
    dataset: Dataset, body: str, event_type: str
):
    assert event_type in {e[0] for e in events_of(ingest(dataset, body))}


# --- dates: years of laws and reports, year ranges, the following morning


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("The board warned in its 2019 annual report.", ("2019-01-01", "2019-12-31")),
        ("Repeal the vaguely worded 2018 Press Law.", ("2018-01-01", "2018-12-31")),
        ("It is nearly twice the total for 2019.", ("2019-01-01", "2019-12-31")),
        ("Between 1946 and 1958 the tests went on.", ("1946-01-01", "1958-12-31")),
        ("On 5 August 2019 the army moved in; 400 were held that month.",
         ("2019-08-01", "2019-08-31")),
        ("Police came on 1 March. The following morning, the court sat.",
         ("2021-03-02", "2021-03-02")),
    ],
)  # fmt: skip
def test_years_of_laws_year_ranges_that_month_and_the_following_morning(
    text: str, wanted: tuple[str, str]
):
    assert wanted in {(str(m.start), str(m.end)) for m in dates_of(text)}


# --- demands: "want X to", addressees after a colon, numbered people, told where


@pytest.mark.parametrize(
    ("ask", "theme"),
    [
        ("bring up her case at every Human Rights Council session",
         "un_scrutiny"),
        ("raise the ban at the Committee's next session in March", "un_scrutiny"),
        ("update the Council on the inquiry", "un_scrutiny"),
        ("take the case up with the capital", "un_scrutiny"),
        ("set up a joint, independent commission to find the missing",
         "independent_investigation"),
        ("have independent investigators look at the shootings",
         "independent_investigation"),
        ("every killing be examined by an independent judge",
         "independent_investigation"),
        ("set aside the ruling and order the investigative steps it skipped",
         "independent_investigation"),
        ("let the prison board visit, without notice, every cell block",
         "access_for_monitors"),
        ("let inspectors, lawyers and doctors enter the camp without notice",
         "access_for_monitors"),
        ("the district be opened to the UN's Special Rapporteur on housing",
         "access_for_monitors"),
        ("seek access to every detainee", "access_for_monitors"),
        ("give the Council of Europe's Committee for the Prevention of Torture full "
         "access to the wards", "access_for_monitors"),
        ("open a criminal case against the guards", "accountability"),
        ("say where she is", "end_torture_disappearance"),
        ("each mother be told where her son is", "end_torture_disappearance"),
        ("disclose his place of detention to his wife", "end_torture_disappearance"),
        ("allow lawyers and relatives to visit the prisoners",
         "end_torture_disappearance"),
        ("release the 12 without delay", "release_detainees"),
        ("free the four Ostrel monks", "release_detainees"),
        ("release the father and his two sons", "release_detainees"),
        ("stop laying mines on the farm tracks", "end_unlawful_attacks"),
    ],
)  # fmt: skip
def test_theme_vocabulary_of_a_later_round(ask: str, theme: str):
    assert themes_of(ask)[:1] == [theme]


def test_withdrawing_a_case_or_a_meeting_is_no_accountability_or_scrutiny():
    assert themes_of("withdraw the criminal case against the editor") == []
    assert themes_of("raise his case at every meeting with the rebels") == []


def test_people_who_want_x_to_do_y_ask_it():
    assert demands_of(
        "The families want the Veloria authorities to: 1. say where Anna Orlo is; "
        "2. release the three Ostrel teachers."
    ) == [
        ("end_torture_disappearance", "Veloria authorities", "Say where Anna Orlo is"),
        ("release_detainees", "Veloria authorities",
         "Release the three Ostrel teachers"),
    ]  # fmt: skip
    assert demands_of("We want the shelling stopped, and we want to go home.") == [
        ("end_unlawful_attacks", "", "The shelling stopped")
    ]


def test_an_addressee_with_an_aside_and_a_colon_before_its_list():
    assert [d[0] for d in demands_of(
        "The Forum submits that the Committee should call on Veloria, as the power "
        "in control: to free the five editors; to give the UN Special Rapporteur "
        "unhindered access to the island."
    )] == ["release_detainees", "access_for_monitors"]  # fmt: skip


def test_a_second_named_addressee_after_a_comma_and_an_inquiry_asked_to_examine():
    assert demands_of(
        "It urges the Commission of Inquiry on Veloria to examine the deportations, "
        "and the Prosecutor of the Court to investigate them as a crime."
    ) == [
        ("independent_investigation", "Commission of Inquiry on Veloria",
         "Examine the deportations"),
        ("independent_investigation", "Prosecutor of the Court",
         "Investigate them as a crime"),
    ]  # fmt: skip


def test_that_clauses_end_where_the_next_call_or_that_clause_begins():
    assert demands_of(
        "It asked that the OSCE Mission seek access to all detainees, and called on "
        "the prosecutors to open criminal cases against the officers."
    ) == [
        ("accountability", "Prosecutors", "Open criminal cases against the officers"),
        ("access_for_monitors", "OSCE Mission", "Seek access to all detainees"),
    ]  # fmt: skip
    assert [(d[0], d[1]) for d in demands_of(
        "The Union asks that the High Commissioner seek access to the valley, and "
        "that states on the Human Rights Council, which meets in June, raise the "
        "arrests at its next session."
    )] == [
        ("un_scrutiny", "States on the Human Rights Council"),
        ("access_for_monitors", "High Commissioner"),
    ]  # fmt: skip
    assert [(d[0], d[1]) for d in demands_of(
        "The Union asks: (a) that the OSCE Mission to Veloria request access to every "
        "detainee; (b) that the High Commissioner update the Council."
    )] == [
        ("access_for_monitors", "OSCE Mission to Veloria"),
        ("un_scrutiny", "High Commissioner"),
    ]  # fmt: skip


def test_a_call_inside_an_item_of_a_list_is_read_with_the_item():
    assert [(d[0], d[1]) for d in demands_of(
        "The Union calls on: the Ministry of Justice to ask the Bureau for the "
        "Investigation of Police Affairs to examine the beatings; the Government to "
        "give the Special Rapporteur access to the camp."
    )] == [
        ("independent_investigation", "Ministry of Justice"),
        ("access_for_monitors", "Government"),
    ]  # fmt: skip


def test_one_ask_told_twice_with_and_is_one_demand():
    assert demands_of(
        "The Union urged the police to let lawyers see every detainee and say where "
        "each is held."
    ) == [
        ("end_torture_disappearance", "Police",
         "Let lawyers see every detainee and say where each is held"),
    ]  # fmt: skip


def test_a_long_reporting_clause_that_goes_on_to_ask_is_read():
    assert demands_of(
        "Mara Orlo, whose son was shot outside the market, said he was unarmed and "
        "that she wants whoever fired to stand trial."
    ) == [("accountability", "Whoever fired", "Stand trial")]


def test_sentences_after_an_unthemed_lead_with_a_colon_are_asks(dataset: Dataset):
    candidates = ingest(
        dataset,
        "We are asking the Veloria government to: Lift the curfew. Tell the families "
        "of the two missing men where they are held. Have the Ombudsman investigate "
        "the beatings of 1 March.",
    )
    assert [d["theme"] for d in candidates["demands"]] == [
        "end_torture_disappearance",
        "independent_investigation",
    ]


# --- figures: kin without news, whereabouts unknown, totals brought to, peoples


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The families of at least nine say they do not know where the men are.",
         (9, "at_least", "disappeared")),
        ("Relatives of at least 12 have had no news of them since May.",
         (12, "at_least", "disappeared")),
        ("The families of 30 men taken by soldiers still have no word of them.",
         (30, "exactly", "disappeared")),
        ("Relatives of four of the men have been told nothing about where they are.",
         (4, "exactly", "disappeared")),
        ("The whereabouts of at least six are unknown.",
         (6, "at_least", "disappeared")),
        ("At least 21 marchers are still unaccounted for.",
         (21, "at_least", "disappeared")),
        ("The raid brings the number of people killed this year to 17.",
         (17, "exactly", "killed")),
        ("Since May the island has sent back at least 200 Velorians by air.",
         (200, "at_least", "displaced")),
        ("At least 40 Ostrelians are held there today.", (40, "at_least", "detained")),
        ("Tear gas left at least a dozen onlookers needing treatment.",
         (12, "at_least", "injured")),
        ("Officers marched 11 young men to an enlistment office.",
         (11, "exactly", "detained")),
        ("Some 90,000 people were put on trains that winter.",
         (90000, "about", "displaced")),
        ("More than 130 Crimean Tatars are behind bars.",
         (130, "more_than", "detained")),
        ("Two were shot in the legs.", (2, "exactly", "injured")),
        ("Thousands were moved into government care centres.",
         (None, "unspecified", "displaced")),
        ("Several thousand men fled across the river.",
         (None, "unspecified", "displaced")),
        ("The crackdown drove more than 9,000 Ostrelians abroad.",
         (9000, "more_than", "displaced")),
        ("Police detained scores of pilgrims.", (None, "unspecified", "detained")),
        ("At least 41 of them are known to be in prison.",
         (41, "at_least", "detained")),
    ],
)  # fmt: skip
def test_figures_of_a_later_round(text: str, figure: tuple):
    assert figure in figures_of(text)


def test_two_counts_joined_by_and_stay_two_figures():
    assert figures_of("Nineteen villagers and two soldiers died.") == {
        (19, "exactly", "killed"),
        (2, "exactly", "killed"),
    }
    assert figures_of("At least 18 land and environmental defenders were killed.") == {
        (18, "at_least", "killed")
    }


def test_groups_named_not_harmed_give_no_figure():
    assert figures_of("She is one of only two candidates allowed to run.") == set()
    assert figures_of("Say where each of the 40 men is held.") == set()
    assert figures_of(
        "Several hundred people rallied, and police detained at least 30 more."
    ) == {(30, "at_least", "detained")}
    assert figures_of("We hold files on 27 kin of critics abroad detained there.") == {
        (27, "exactly", "detained")
    }


# --- events: warnings of reprisals, forces arriving, candidates barred, assent


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        ("On 25 February the governor warned that the families would answer for "
         "their sons.", "threat"),
        ("On 25 February prosecutors warned the elders against any gathering.",
         "threat"),
        ("On 25 February the first Marines arrived at the new base.", "mission"),
        ("On 25 February the commission struck nine candidates off the ballot.",
         "rejection"),
        ("On 25 February the board barred 14 opposition candidates.", "rejection"),
        ("On 25 February the Press Act received royal assent.", "resolution"),
        ("On 25 February the new constitution was approved by referendum.",
         "resolution"),
        ("On 25 February the mayor issued an order declaring 40 books banned.",
         "resolution"),
        ("On 25 February the Ostrel Accords were signed.", "negotiation"),
        ("On 25 February the regulator throttled social media.", "crackdown"),
        ("On 25 February the army imposed a blockade on the island.", "crackdown"),
        ("On 25 February the Forum lodged a memorandum with the UN committee.",
         "report"),
        ("On 25 February Veloria backed Ostrel's autonomy plan.", "statement"),
    ],
)  # fmt: skip
def test_warnings_forces_arriving_candidates_barred_and_assent(
    dataset: Dataset, body: str, event_type: str
):
    assert event_type in {e[0] for e in events_of(ingest(dataset, body))}


def test_a_date_before_a_speaker_is_not_part_of_its_name(dataset: Dataset):
    candidates = ingest(dataset, "On 3 June Kadyrov warned that the men would pay.")
    assert "June Kadyrov" not in {a["name"] for a in candidates["actors"]}
