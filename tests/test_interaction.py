"""How each user action changes the view state (dashboard.interaction)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from dashboard import interaction as act
from dashboard.interaction import FilterValues, next_state
from dashboard.view import vocabulary_of
from dashboard.viewstate import MAX_TEXT, LaneMode, ViewState, Vocabulary

D = dt.date
VETO_2011 = "veto-2011-10-04"
VETO_2012 = "veto-2012-02-04"
KILLED_FIGURE = "killed-syria-2011-10-to-2012-02"
ICC_DEMAND = "d2012-icc-referral"

BUSY = ViewState(
    actors=("russia",),
    event_types=("veto",),
    start=D(2011, 1, 1),
    end=D(2014, 12, 31),
    sources=("un-veto-list",),
    text="draft",
    include_context=False,
    lanes=LaneMode.SOURCE,
    event=VETO_2011,
    demand=None,
    window=(D(2011, 9, 1), D(2012, 3, 1)),
)


@pytest.fixture(scope="module")
def vocabulary(dataset) -> Vocabulary:
    return vocabulary_of(dataset)


def point(*customdata) -> dict:
    """A Graph's clickData for one point."""
    return {"points": [{"curveNumber": 0, "pointIndex": 0, "customdata": customdata}]}


def event_point(event_id: str) -> dict:
    return point(event_id, "a title", "4 Oct 2011", "as worded", "Russia (author)")


def run(trigger, previous, vocabulary, **kwargs):
    return next_state(trigger, previous, vocabulary, **kwargs)


# --- loading a link -----


@pytest.mark.parametrize("trigger", [None, act.URL])
def test_loading_a_link_replaces_the_whole_view_with_the_links(vocabulary, trigger):
    state, notices = run(
        trigger, BUSY, vocabulary, search="?actor=china&lanes=actor&event=" + VETO_2012
    )
    assert state == ViewState(actors=("china",), lanes=LaneMode.ACTOR, event=VETO_2012)
    assert notices == ()


def test_loading_a_link_with_nonsense_returns_its_notices(vocabulary):
    state, notices = run(act.URL, ViewState(), vocabulary, search="?actor=atlantis")
    assert state == ViewState()
    assert len(notices) == 1 and "atlantis" in notices[0]


# --- filter controls -----


def test_changing_the_filters_sets_every_filter_field(vocabulary):
    filters = FilterValues(
        actors=["russia", "china"],
        event_types=["veto", "threat"],
        start="2011-10-01",
        end="2012-02-29T00:00:00",
        sources=["ai-2012-02-02"],
        text="  draft  ",
        include_context=False,
        lanes="actor",
    )
    state, notices = run(act.FILTERS, ViewState(), vocabulary, filters=filters)
    assert state == ViewState(
        actors=("russia", "china"),
        event_types=("veto", "threat"),
        start=D(2011, 10, 1),
        end=D(2012, 2, 29),
        sources=("ai-2012-02-02",),
        text="draft",
        include_context=False,
        lanes=LaneMode.ACTOR,
    )
    assert notices == ()


def test_changing_the_filters_keeps_the_selected_event_and_the_zoom(vocabulary):
    state, _ = run(
        act.FILTERS, BUSY, vocabulary, filters=FilterValues(actors=["china"])
    )
    assert state.actors == ("china",)
    assert state.event == BUSY.event
    assert state.window == BUSY.window


def test_emptied_filter_controls_mean_no_restriction(vocabulary):
    empty = FilterValues(
        actors=None,
        event_types=[],
        start=None,
        end="",
        sources=None,
        text=None,
        include_context=True,
        lanes=None,
    )
    state, _ = run(act.FILTERS, BUSY, vocabulary, filters=empty)
    assert state == ViewState(event=BUSY.event, window=BUSY.window)


def test_filter_values_the_dataset_does_not_know_are_left_out(vocabulary):
    filters = FilterValues(
        actors=["russia", "atlantis"],
        event_types=["veto", "earthquake"],
        sources=["tabloid"],
    )
    state, _ = run(act.FILTERS, ViewState(), vocabulary, filters=filters)
    assert state.actors == ("russia",)
    assert state.event_types == ("veto",)
    assert state.sources == ()


def test_dates_picked_the_wrong_way_round_are_swapped(vocabulary):
    filters = FilterValues(start="2016-12-31", end="2011-01-01")
    state, _ = run(act.FILTERS, ViewState(), vocabulary, filters=filters)
    assert (state.start, state.end) == (D(2011, 1, 1), D(2016, 12, 31))


def test_an_unreadable_picked_date_is_treated_as_no_date(vocabulary):
    filters = FilterValues(start="not a date", end="2012-13-45")
    state, _ = run(act.FILTERS, ViewState(), vocabulary, filters=filters)
    assert state.start is None and state.end is None


def test_typed_search_text_is_cut_to_the_same_limit_as_a_link(vocabulary):
    filters = FilterValues(text="y" * (MAX_TEXT + 30))
    state, _ = run(act.FILTERS, ViewState(), vocabulary, filters=filters)
    assert state.text == "y" * MAX_TEXT


@pytest.mark.parametrize(
    ("chosen", "expected"),
    [
        ("actor", LaneMode.ACTOR),
        ("source", LaneMode.SOURCE),
        ("type", LaneMode.TYPE),
        ("diagonal", LaneMode.TYPE),
    ],
)
def test_choosing_a_lane_mode_changes_only_the_lanes(vocabulary, chosen, expected):
    before = ViewState(actors=("russia",), event=VETO_2011)
    controls = FilterValues.of(before)
    controls = replace(controls, lanes=chosen)
    state, _ = run(act.FILTERS, before, vocabulary, filters=controls)
    assert state.lanes == expected
    assert state.actors == ("russia",) and state.event == VETO_2011


def test_the_controls_showing_a_view_reproduce_that_view(vocabulary):
    controls = FilterValues.of(BUSY)
    assert controls.start == "2011-01-01" and controls.lanes == "source"
    state, _ = run(act.FILTERS, BUSY, vocabulary, filters=controls)
    assert state == BUSY


def test_a_filter_trigger_without_control_values_changes_nothing(vocabulary):
    assert run(act.FILTERS, BUSY, vocabulary) == (BUSY, ())


# --- clicks -----


def test_clicking_a_timeline_event_selects_it_and_drops_the_selected_demand(
    vocabulary,
):
    before = ViewState(actors=("russia",), demand=ICC_DEMAND)
    state, _ = run(
        act.TIMELINE_CLICK, before, vocabulary, payload=event_point(VETO_2011)
    )
    assert state == ViewState(actors=("russia",), event=VETO_2011)


def test_clicking_the_selected_event_again_deselects_it(vocabulary):
    before = ViewState(event=VETO_2011)
    state, _ = run(
        act.TIMELINE_CLICK, before, vocabulary, payload=event_point(VETO_2011)
    )
    assert state.event is None


def test_clicking_another_event_moves_the_selection(vocabulary):
    before = ViewState(event=VETO_2011)
    state, _ = run(
        act.TIMELINE_CLICK, before, vocabulary, payload=event_point(VETO_2012)
    )
    assert state.event == VETO_2012


@pytest.mark.parametrize(
    "payload",
    [
        None,
        {"points": []},
        point("no-such-event", "title"),
        {"points": [{"customdata": 7}]},  # a bubble of the aggregated view
    ],
)
def test_a_timeline_click_on_nothing_known_changes_nothing(vocabulary, payload):
    before = ViewState(event=VETO_2011)
    assert run(act.TIMELINE_CLICK, before, vocabulary, payload=payload) == (before, ())


def test_clicking_a_table_row_selects_its_event_and_does_not_toggle(vocabulary):
    before = ViewState(event=VETO_2012, demand=None)
    payload = {"rowId": VETO_2012, "colId": "title", "value": "x"}
    state, _ = run(act.TABLE_CLICK, before, vocabulary, payload=payload)
    assert state.event == VETO_2012
    state, _ = run(
        act.TABLE_CLICK, ViewState(demand=ICC_DEMAND), vocabulary, payload=payload
    )
    assert state == ViewState(event=VETO_2012)


def test_clicking_a_casualty_figure_selects_the_event_it_belongs_to(vocabulary):
    payload = point(KILLED_FIGURE, VETO_2011, "more than 2,600 people killed")
    state, _ = run(act.FIGURE_CLICK, ViewState(), vocabulary, payload=payload)
    assert state.event == VETO_2011


def test_clicking_a_casualty_figure_tied_to_no_event_changes_nothing(vocabulary):
    payload = point("some-figure", "", "a label")
    before = ViewState(event=VETO_2012)
    assert run(act.FIGURE_CLICK, before, vocabulary, payload=payload) == (before, ())


def test_clicking_a_demand_selects_it_and_drops_the_selected_event(vocabulary):
    before = ViewState(event=VETO_2011, window=(D(2012, 1, 1), D(2012, 3, 1)))
    payload = point(ICC_DEMAND, "icc_referral", "text")
    state, _ = run(act.DEMAND_CLICK, before, vocabulary, payload=payload)
    assert state.demand == ICC_DEMAND
    assert state.event is None
    assert state.window == before.window


def test_clicking_the_selected_demand_again_deselects_it(vocabulary):
    payload = point(ICC_DEMAND, "icc_referral")
    before = ViewState(demand=ICC_DEMAND)
    state, _ = run(act.DEMAND_CLICK, before, vocabulary, payload=payload)
    assert state.demand is None


def test_clicking_an_unknown_demand_changes_nothing(vocabulary):
    before = ViewState(demand=ICC_DEMAND)
    payload = point("no-such-demand")
    assert run(act.DEMAND_CLICK, before, vocabulary, payload=payload) == (before, ())


# --- zoom and selection on the timeline -----


def test_zooming_the_timeline_sets_the_time_window(vocabulary):
    relayout = {
        "xaxis.range[0]": "2011-09-20 07:12:33.5",
        "xaxis.range[1]": "2012-02-10 18:00",
    }
    state, _ = run(act.TIMELINE_ZOOM, BUSY, vocabulary, payload=relayout)
    assert state.window == (D(2011, 9, 20), D(2012, 2, 10))
    assert state.actors == BUSY.actors and state.event == BUSY.event


def test_dragging_the_range_slider_sets_the_time_window(vocabulary):
    relayout = {"xaxis.range": ["2016-01-01", "2016-12-31"]}
    state, _ = run(act.TIMELINE_ZOOM, ViewState(), vocabulary, payload=relayout)
    assert state.window == (D(2016, 1, 1), D(2016, 12, 31))


def test_resetting_the_timeline_axes_clears_the_time_window(vocabulary):
    relayout = {"xaxis.autorange": True, "yaxis.autorange": True}
    state, _ = run(act.TIMELINE_ZOOM, BUSY, vocabulary, payload=relayout)
    assert state.window is None
    assert state.event == BUSY.event


@pytest.mark.parametrize(
    "relayout", [None, {"autosize": True}, {"dragmode": "select"}, {"yaxis.range": []}]
)
def test_relayouts_that_are_not_about_time_change_nothing(vocabulary, relayout):
    assert run(act.TIMELINE_ZOOM, BUSY, vocabulary, payload=relayout) == (BUSY, ())


@pytest.mark.parametrize(
    ("trigger", "payload"),
    [
        (act.TIMELINE_ZOOM, {"autosize": True}),
        (act.TIMELINE_CLICK, None),
        (act.DEMAND_CLICK, None),
        (act.CLEAR_WINDOW, None),
        ("something-else", None),
    ],
)
def test_every_chart_action_also_takes_up_what_the_filter_controls_show(
    vocabulary, trigger, payload
):
    controls = replace(FilterValues.of(BUSY), text="aleppo", actors=["china"])
    state, _ = run(trigger, BUSY, vocabulary, filters=controls, payload=payload)
    assert state.text == "aleppo"
    assert state.actors == ("china",)


def test_a_box_selection_on_the_timeline_sets_the_time_window(vocabulary):
    selected = {
        "points": [],
        "range": {"x": ["2012-07-30", "2012-01-15 12:00"], "y": [0.5, -0.5]},
    }
    state, _ = run(act.TIMELINE_SELECT, ViewState(), vocabulary, payload=selected)
    assert state.window == (D(2012, 1, 15), D(2012, 7, 30))


def test_a_selection_without_a_range_changes_nothing(vocabulary):
    assert run(act.TIMELINE_SELECT, BUSY, vocabulary, payload=None) == (BUSY, ())
    lasso = {"points": [], "lassoPoints": {"x": [1, 2], "y": [1, 2]}}
    assert run(act.TIMELINE_SELECT, BUSY, vocabulary, payload=lasso) == (BUSY, ())


# --- clearing -----


def test_showing_all_dates_clears_only_the_time_window(vocabulary):
    state, notices = run(act.CLEAR_WINDOW, BUSY, vocabulary)
    assert state == replace(BUSY, window=None)
    assert notices == ()


def test_clear_all_resets_filters_selection_and_window_but_keeps_the_lanes(
    vocabulary,
):
    state, notices = run(act.CLEAR, BUSY, vocabulary)
    assert state == ViewState(lanes=LaneMode.SOURCE)
    assert notices == ()


def test_an_unknown_trigger_changes_nothing(vocabulary):
    assert run("something-else", BUSY, vocabulary, payload={"x": 1}) == (BUSY, ())
