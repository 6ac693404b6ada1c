"""The view state and its URL form: round trips, tolerant parsing, clearing."""

from __future__ import annotations

import datetime as dt
import json
import re
from urllib.parse import parse_qsl

import pytest

from dashboard.query import EventFilter
from dashboard.schema import EventType
from dashboard.view import vocabulary_of
from dashboard.viewstate import (
    KNOWN_PARAMETERS,
    MAX_TEXT,
    LaneMode,
    ParsedView,
    ViewState,
    Vocabulary,
    cleared,
    parse_query,
    to_query,
)

D = dt.date

FULL_STATE = ViewState(
    actors=("russia", "china"),
    event_types=("veto", "statement"),
    start=D(2011, 10, 1),
    end=D(2012, 12, 31),
    sources=("ai-2012-02-02", "un-veto-list"),
    text="arms embargo & asset freeze = 100%",
    include_context=False,
    lanes=LaneMode.ACTOR,
    event="veto-2011-10-04",
    demand="d2012-icc-referral",
    window=(D(2011, 10, 1), D(2012, 3, 1)),
)


@pytest.fixture(scope="module")
def vocabulary(dataset) -> Vocabulary:
    return vocabulary_of(dataset)


def read(query: str, vocabulary: Vocabulary) -> ParsedView:
    return parse_query(query, vocabulary)


# --- round trips -----


def test_a_view_with_every_field_set_survives_a_link_unchanged(vocabulary):
    parsed = read(to_query(FULL_STATE), vocabulary)
    assert parsed.state == FULL_STATE
    assert parsed.notices == ()


@pytest.mark.parametrize(
    ("changes", "parameter", "written"),
    [
        ({"actors": ("russia",)}, "actor", "russia"),
        ({"actors": ("russia", "jose-luis-diaz")}, "actor", "jose-luis-diaz"),
        ({"event_types": ("veto",)}, "type", "veto"),
        ({"event_types": ("arms_transfer", "attack")}, "type", "arms_transfer"),
        ({"start": D(2012, 1, 22)}, "from", "2012-01-22"),
        ({"end": D(2016, 12, 5)}, "to", "2016-12-05"),
        ({"sources": ("un-veto-list",)}, "source", "un-veto-list"),
        ({"text": "Díaz"}, "q", "Díaz"),
        ({"text": "aleppo hospitals"}, "q", "aleppo hospitals"),
        ({"include_context": False}, "context", "0"),
        ({"lanes": LaneMode.ACTOR}, "lanes", "actor"),
        ({"lanes": LaneMode.SOURCE}, "lanes", "source"),
        (
            {"event": "guterres-visit-moscow-2016"},
            "event",
            "guterres-visit-moscow-2016",
        ),
        ({"demand": "d2016-p5-veto-restraint"}, "demand", "d2016-p5-veto-restraint"),
        (
            {"window": (D(2016, 6, 1), D(2016, 12, 31))},
            "window",
            "2016-06-01..2016-12-31",
        ),
        (
            {"window": (D(2012, 2, 4), D(2012, 2, 4))},
            "window",
            "2012-02-04..2012-02-04",
        ),
    ],
)
def test_each_field_is_written_to_its_own_link_parameter_and_read_back(
    vocabulary, changes, parameter, written
):
    state = ViewState(**changes)
    query = to_query(state)
    assert query.startswith("?")
    assert (parameter, written) in parse_qsl(query[1:])
    parsed = read(query, vocabulary)
    assert parsed.state == state
    assert parsed.notices == ()


def test_the_default_view_needs_no_query_string(vocabulary):
    assert to_query(ViewState()) == ""
    assert read("", vocabulary) == ParsedView(ViewState(), ())
    assert parse_query(None, vocabulary) == ParsedView(ViewState(), ())
    assert read("?", vocabulary).state == ViewState()


def test_default_context_and_lanes_are_left_out_of_the_link():
    state = ViewState(actors=("china",), include_context=True, lanes=LaneMode.TYPE)
    assert to_query(state) == "?actor=china"


def test_only_known_parameter_names_are_ever_written():
    names = {name for name, _ in parse_qsl(to_query(FULL_STATE)[1:])}
    assert names == set(KNOWN_PARAMETERS)


def test_special_characters_in_the_search_text_are_escaped_in_the_link(vocabulary):
    state = ViewState(text="a&b=c #d")
    query = to_query(state)
    assert "&b=" not in query and "#" not in query
    assert read(query, vocabulary).state.text == "a&b=c #d"


def test_the_view_survives_the_json_store_unchanged():
    stored = FULL_STATE.to_store()
    through_json = json.loads(json.dumps(stored))
    assert ViewState.from_store(through_json) == FULL_STATE
    assert stored["lanes"] == "actor"
    assert stored["window"] == ["2011-10-01", "2012-03-01"]


def test_an_empty_or_missing_store_means_the_default_view():
    assert ViewState.from_store(None) == ViewState()
    assert ViewState.from_store({}) == ViewState()
    assert ViewState.from_store(ViewState().to_store()) == ViewState()


def test_the_filter_part_of_a_view_carries_every_filter_field():
    assert FULL_STATE.event_filter() == EventFilter(
        actors=("russia", "china"),
        event_types=("veto", "statement"),
        start=D(2011, 10, 1),
        end=D(2012, 12, 31),
        sources=("ai-2012-02-02", "un-veto-list"),
        text="arms embargo & asset freeze = 100%",
        include_context=False,
        window=(D(2011, 10, 1), D(2012, 3, 1)),
    )
    assert ViewState(event="x", demand="y").event_filter().is_empty


# --- lenient reading -----


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("russia", "russia"),
        ("Russia", "russia"),
        ("Russian%20Federation", "russia"),
        ("russian+officials", "russia"),
        ("Jos%C3%A9%20Luis%20D%C3%ADaz", "jose-luis-diaz"),
        ("UNSC", "un-security-council"),
    ],
)
def test_an_actor_can_be_named_in_a_link_by_id_name_or_alias(
    vocabulary, written, expected
):
    parsed = read(f"?actor={written}", vocabulary)
    assert parsed.state.actors == (expected,)
    assert parsed.notices == ()


def test_comma_lists_and_repeated_parameters_merge_without_duplicates(vocabulary):
    parsed = read("?actor=russia,china&actor=Russia&type=veto,,threat", vocabulary)
    assert parsed.state.actors == ("russia", "china")
    assert parsed.state.event_types == ("veto", "threat")
    assert parsed.notices == ()


def test_the_last_value_of_a_single_valued_parameter_wins(vocabulary):
    parsed = read(
        "?event=veto-2011-10-04&event=veto-2012-02-04&from=2011-01-01&from=2012-01-01",
        vocabulary,
    )
    assert parsed.state.event == "veto-2012-02-04"
    assert parsed.state.start == D(2012, 1, 1)


@pytest.mark.parametrize("flag", ["0", "false", "no", "off", "hide", "OFF", " No "])
def test_the_context_layer_can_be_hidden_with_any_usual_off_word(vocabulary, flag):
    parsed = read(f"?context={flag}", vocabulary)
    assert parsed.state.include_context is False
    assert parsed.notices == ()


@pytest.mark.parametrize("flag", ["1", "true", "yes", "on", "show", "TRUE"])
def test_the_context_layer_stays_with_any_usual_on_word(vocabulary, flag):
    parsed = read(f"?context={flag}", vocabulary)
    assert parsed.state.include_context is True
    assert parsed.notices == ()


def test_lane_mode_in_a_link_ignores_case_and_spaces(vocabulary):
    assert read("?lanes=%20Source%20", vocabulary).state.lanes == LaneMode.SOURCE


def test_dates_with_stray_spaces_are_still_read(vocabulary):
    parsed = read(
        "?from=%202012-01-01%20&window=2012-01-01%20..%202012-02-01", vocabulary
    )
    assert parsed.state.start == D(2012, 1, 1)
    assert parsed.state.window == (D(2012, 1, 1), D(2012, 2, 1))
    assert parsed.notices == ()


def test_search_text_from_a_link_is_cut_to_the_length_limit(vocabulary):
    parsed = read("?q=" + "x" * (MAX_TEXT + 50), vocabulary)
    assert parsed.state.text == "x" * MAX_TEXT


# --- nonsense is dropped, with a notice naming what was dropped -----


@pytest.mark.parametrize(
    ("query", "parameter", "value"),
    [
        ("actor=atlantis", "actor", "atlantis"),
        ("type=earthquake", "type", "earthquake"),
        ("type=Veto", "type", "Veto"),
        ("source=tabloid", "source", "tabloid"),
        ("from=yesterday", "from", "yesterday"),
        ("to=2012-02-30", "to", "2012-02-30"),
        ("lanes=diagonal", "lanes", "diagonal"),
        ("context=maybe", "context", "maybe"),
        ("event=no-such-event", "event", "no-such-event"),
        ("demand=no-such-demand", "demand", "no-such-demand"),
        ("window=garbage", "window", "garbage"),
        ("window=2012-01-01..soon", "window", "soon"),
        ("window=someday..2012-01-01", "window", "someday"),
        ("colour=red", "colour", "colour"),
    ],
)
def test_a_nonsense_link_value_is_dropped_with_a_notice_naming_it(
    vocabulary, query, parameter, value
):
    parsed = read("?" + query, vocabulary)
    assert parsed.state == ViewState()
    assert len(parsed.notices) == 1
    notice = parsed.notices[0]
    assert notice.startswith("Ignored")
    assert re.search(rf"\b{re.escape(parameter)}\b", notice)
    assert f"'{value}'" in notice


def test_a_nonsense_value_does_not_spoil_the_sensible_ones(vocabulary):
    parsed = read(
        "?actor=russia&actor=atlantis&from=yesterday&type=veto&lanes=diagonal",
        vocabulary,
    )
    assert parsed.state == ViewState(actors=("russia",), event_types=("veto",))
    assert len(parsed.notices) == 3
    assert any("atlantis" in notice for notice in parsed.notices)
    assert any("yesterday" in notice for notice in parsed.notices)
    assert any("diagonal" in notice for notice in parsed.notices)


def test_a_date_range_ending_before_it_starts_is_dropped_naming_both_dates(
    vocabulary,
):
    parsed = read("?from=2013-01-01&to=2012-01-01", vocabulary)
    assert parsed.state.start is None and parsed.state.end is None
    (notice,) = parsed.notices
    assert "2013-01-01" in notice and "2012-01-01" in notice
    assert "from" in notice and "to" in notice


def test_a_window_ending_before_it_starts_is_dropped_with_a_notice(vocabulary):
    parsed = read("?window=2012-06-01..2012-01-01", vocabulary)
    assert parsed.state.window is None
    (notice,) = parsed.notices
    assert "window" in notice and "2012-06-01..2012-01-01" in notice


def test_one_bad_end_of_a_date_range_keeps_the_other(vocabulary):
    parsed = read("?from=2012-02-30&to=2012-06-01", vocabulary)
    assert parsed.state.start is None
    assert parsed.state.end == D(2012, 6, 1)
    assert len(parsed.notices) == 1


def test_a_long_or_unprintable_nonsense_value_is_shortened_in_its_notice(vocabulary):
    parsed = read("?actor=%01%02" + "z" * 500, vocabulary)
    (notice,) = parsed.notices
    assert len(notice) < 120
    assert "…" in notice
    assert all(character.isprintable() for character in notice)


def test_ids_are_only_accepted_if_the_vocabulary_knows_them():
    vocabulary = Vocabulary(
        actors=frozenset({"a"}),
        event_types=frozenset({"veto"}),
        sources=frozenset({"s"}),
        events=frozenset({"e"}),
        demands=frozenset({"d"}),
    )
    parsed = parse_query("?actor=a,A&event=e&demand=d&source=s&type=veto", vocabulary)
    # Without a name resolver, only exact ids are understood.
    assert parsed.state == ViewState(
        actors=("a",), event_types=("veto",), sources=("s",), event="e", demand="d"
    )
    assert parsed.notices == ("Ignored actor 'A': no such actor.",)


# --- clearing and the vocabulary -----


def test_clearing_resets_everything_but_the_lane_mode():
    assert cleared(FULL_STATE) == ViewState(lanes=LaneMode.ACTOR)
    assert cleared(ViewState()) == ViewState()


def test_the_vocabulary_lists_every_id_of_the_bundled_dataset(dataset, vocabulary):
    assert vocabulary.events == frozenset(dataset.events["id"])
    assert vocabulary.demands == frozenset(dataset.demands["id"])
    assert vocabulary.sources == frozenset(dataset.sources["id"])
    assert vocabulary.actors == frozenset(dataset.actors["id"])
    assert vocabulary.event_types == frozenset(kind.value for kind in EventType)
    assert "veto-2011-10-04" in vocabulary.events
    assert "atlantis" not in vocabulary.actors


def test_the_vocabulary_resolves_actor_names_of_its_own_dataset(small_dataset):
    vocabulary = vocabulary_of(small_dataset)
    assert vocabulary.events == {"vote-1", "strikes-1", "note-issued", "vote-2"}
    assert vocabulary.resolve_actor("State A officials") == "statea"
    assert vocabulary.resolve_actor("ana perez") == "speaker"
    assert parse_query("?actor=Ana%20P%C3%A9rez", vocabulary).state.actors == (
        "speaker",
    )
    assert parse_query("?event=veto-2011-10-04", vocabulary).state.event is None
