"""The callbacks, called directly and through the app's own request handler."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import plotly.graph_objects as go
import pytest
from dash import no_update
from dash.exceptions import PreventUpdate

from app import create_app
from callbacks import render, state
from callbacks.context import DATASET_KEY, current_dataset, current_vocabulary
from dashboard import view as view_module
from dashboard.figures.timeline import NO_MATCH
from dashboard.view import vocabulary_of
from dashboard.viewstate import LaneMode, ViewState, to_query
from layouts import ids
from layouts.detail import PROMPT

D = dt.date
VETO_2011 = "veto-2011-10-04"
KILLED_FIGURE = "killed-syria-2011-10-to-2012-02"

BUSY = ViewState(
    actors=("russia",),
    event_types=("veto",),
    start=D(2011, 1, 1),
    sources=("un-veto-list",),
    text="draft",
    include_context=False,
    lanes=LaneMode.SOURCE,
    event=VETO_2011,
    window=(D(2011, 9, 1), D(2012, 3, 1)),
)


@pytest.fixture(scope="module")
def vocabulary(dataset):
    return vocabulary_of(dataset)


@pytest.fixture(scope="module")
def app():
    return create_app()


def controls(**changes: Any) -> dict[str, Any]:
    """Every input of the state callback as the page holds it by default."""
    values: dict[str, Any] = {key: None for key in state.INPUTS}
    values.update(
        search="",
        actors=[],
        event_types=[],
        sources=[],
        text="",
        include_context=True,
        lanes="type",
    )
    values.update(changes)
    return values


def controls_showing(view: ViewState, **changes: Any) -> dict[str, Any]:
    """The inputs as they are when the page shows ``view``."""
    values = controls(search=to_query(view))
    values.update(
        actors=list(view.actors),
        event_types=list(view.event_types),
        start=view.start and view.start.isoformat(),
        end=view.end and view.end.isoformat(),
        sources=list(view.sources),
        text=view.text,
        include_context=view.include_context,
        lanes=str(view.lanes),
    )
    values.update(changes)
    return values


def text_of(component: Any) -> str:
    """All the text inside a Dash component tree."""
    if component is None:
        return ""
    if isinstance(component, str | int | float):
        return str(component)
    if isinstance(component, list | tuple):
        return " ".join(text_of(child) for child in component)
    return text_of(getattr(component, "children", None))


def click(*customdata: Any) -> dict:
    return {"points": [{"curveNumber": 0, "pointIndex": 0, "customdata": customdata}]}


def figure_ids(figure: go.Figure, meta: str) -> list[str]:
    return [
        str(row[0])
        for trace in figure.data
        if trace.meta == meta
        for row in trace.customdata
    ]


# --- the state callback: loading a link -----


def test_the_first_load_reads_the_link_and_sets_the_controls_it_changes(vocabulary):
    search = "?actor=russia&type=veto&from=2011-01-01&context=0&lanes=actor"
    out = state.update_view(None, controls(search=search), None, vocabulary)
    expected = ViewState(
        actors=("russia",),
        event_types=("veto",),
        start=D(2011, 1, 1),
        include_context=False,
        lanes=LaneMode.ACTOR,
    )
    assert out["state"] == expected.to_store()
    assert out["search"] is no_update  # the link already says exactly this
    assert out["actors"] == ["russia"]
    assert out["event_types"] == ["veto"]
    assert out["start"] == "2011-01-01"
    assert out["include_context"] is False
    assert out["lanes"] == "actor"
    # Controls already showing the link's value are left alone (setting one
    # would reset what a person is typing into it).
    for key in ("end", "sources", "text"):
        assert out[key] is no_update
    assert out["notice"] == []
    assert out["notice_open"] is False
    assert set(out) == set(state.OUTPUTS)


def test_a_link_naming_an_actor_by_alias_is_rewritten_with_its_id(vocabulary):
    out = state.update_view(
        "search", controls(search="?actor=Russian%20Federation"), None, vocabulary
    )
    assert out["search"] == "?actor=russia"
    assert out["actors"] == ["russia"]


def test_a_nonsense_link_opens_a_notice_listing_what_was_ignored(vocabulary):
    search = "?actor=atlantis&from=yesterday&type=veto"
    out = state.update_view("search", controls(search=search), None, vocabulary)
    assert out["notice_open"] is True
    notice = text_of(out["notice"])
    assert "atlantis" in notice and "yesterday" in notice
    assert out["state"] == ViewState(event_types=("veto",)).to_store()
    assert out["search"] == "?type=veto"


def test_going_back_to_an_earlier_link_is_never_ignored(vocabulary):
    previous = ViewState().to_store()
    out = state.update_view("search", controls(search=""), previous, vocabulary)
    assert out["state"] == previous
    assert out["notice_open"] is False


# --- the state callback: filters -----


@pytest.mark.parametrize(
    ("key", "value", "changes", "parameter"),
    [
        ("actors", ["russia", "china"], {"actors": ("russia", "china")}, "actor=china"),
        ("event_types", ["threat"], {"event_types": ("threat",)}, "type=threat"),
        ("start", "2012-01-01", {"start": D(2012, 1, 1)}, "from=2012-01-01"),
        ("end", "2012-12-31", {"end": D(2012, 12, 31)}, "to=2012-12-31"),
        ("sources", ["ai-2016-11"], {"sources": ("ai-2016-11",)}, "source=ai-2016-11"),
        ("text", "aleppo", {"text": "aleppo"}, "q=aleppo"),
        ("include_context", False, {"include_context": False}, "context=0"),
        ("lanes", "source", {"lanes": LaneMode.SOURCE}, "lanes=source"),
    ],
)
def test_each_filter_control_changes_the_state_and_the_link(
    vocabulary, key, value, changes, parameter
):
    previous = ViewState(event=VETO_2011)
    values = controls_showing(previous, **{key: value})
    out = state.update_view(key, values, previous.to_store(), vocabulary)
    expected = ViewState(event=VETO_2011, **changes)
    assert out["state"] == expected.to_store()
    assert parameter in out["search"]
    assert out["search"] == to_query(expected)
    # The controls already show what the user picked: they are not rewritten.
    for control in state.FILTER_KEYS:
        assert out[control] is no_update
    assert out["notice"] is no_update and out["notice_open"] is no_update


# --- the state callback: charts, table, buttons -----


@pytest.mark.parametrize(
    ("key", "payload", "changes"),
    [
        ("timeline_click", click(VETO_2011, "t", "d", "w", "a"), {"event": VETO_2011}),
        ("figure_click", click(KILLED_FIGURE, VETO_2011, "l"), {"event": VETO_2011}),
        ("table_click", {"rowId": VETO_2011, "colId": "title"}, {"event": VETO_2011}),
        ("demand_click", click("d2012-icc-referral"), {"demand": "d2012-icc-referral"}),
        (
            "timeline_zoom",
            {"xaxis.range[0]": "2011-09-01", "xaxis.range[1]": "2012-03-01 10:00"},
            {"window": (D(2011, 9, 1), D(2012, 3, 1))},
        ),
        (
            "timeline_select",
            {"points": [], "range": {"x": ["2016-06-01", "2016-12-31"]}},
            {"window": (D(2016, 6, 1), D(2016, 12, 31))},
        ),
    ],
)
def test_each_chart_or_table_action_changes_the_state_and_the_link(
    vocabulary, key, payload, changes
):
    previous = ViewState(actors=("russia",))
    values = controls_showing(previous, **{key: payload})
    out = state.update_view(key, values, previous.to_store(), vocabulary)
    expected = ViewState(actors=("russia",), **changes)
    assert out["state"] == expected.to_store()
    assert out["search"] == to_query(expected)
    assert out["actors"] is no_update


def test_clear_all_resets_the_state_and_writes_the_controls_back(vocabulary):
    values = controls_showing(BUSY, clear=1)
    out = state.update_view("clear", values, BUSY.to_store(), vocabulary)
    assert out["state"] == ViewState(lanes=LaneMode.SOURCE).to_store()
    assert out["search"] == "?lanes=source"
    assert out["actors"] == [] and out["event_types"] == [] and out["sources"] == []
    assert out["start"] is None
    assert out["text"] == "" and out["include_context"] is True
    # Controls that already show the cleared value are left as they are.
    assert out["end"] is no_update and out["lanes"] is no_update
    assert out["notice_open"] is False


def test_show_all_dates_drops_only_the_window(vocabulary):
    values = controls_showing(BUSY, clear_window=1)
    out = state.update_view("clear_window", values, BUSY.to_store(), vocabulary)
    unzoomed = replace(BUSY, window=None)
    assert out["state"] == unzoomed.to_store()
    assert "window=" not in out["search"]
    assert out["actors"] is no_update


@pytest.mark.parametrize(
    ("key", "payload"),
    [
        ("timeline_zoom", {"autosize": True}),
        ("timeline_zoom", {"dragmode": "select"}),
        ("timeline_click", click(7)),  # a bubble of the aggregated view
        ("timeline_select", None),
        ("demand_click", click("no-such-demand")),
        ("table_click", {"rowId": VETO_2011}),  # already the selected event
        ("actors", ["russia"]),  # already chosen
        ("clear_window", 1),  # no window to clear
    ],
)
def test_an_action_that_changes_nothing_does_not_update_the_page(
    vocabulary, key, payload
):
    previous = ViewState(actors=("russia",), event=VETO_2011)
    values = controls_showing(previous, **{key: payload})
    with pytest.raises(PreventUpdate):
        state.update_view(key, values, previous.to_store(), vocabulary)


@pytest.mark.parametrize(
    ("key", "payload"),
    [
        ("timeline_zoom", {"autosize": True}),
        ("timeline_click", click(VETO_2011, "t", "d", "w", "a")),
        ("clear_window", 1),
    ],
)
def test_a_search_whose_call_the_browser_dropped_is_taken_up_by_the_next_action(
    vocabulary, key, payload
):
    # Dash drops a call still under way when the same callback fires again:
    # the chart's relayout right after a search replaced the search's call.
    # The next call reads the search box, so the search is not lost.
    previous = ViewState(window=(D(2011, 9, 1), D(2012, 3, 1)))
    values = controls_showing(previous, text="zzzz-nothing", **{key: payload})
    out = state.update_view(key, values, previous.to_store(), vocabulary)
    assert ViewState.from_store(out["state"]).text == "zzzz-nothing"
    assert "q=zzzz-nothing" in out["search"]
    assert out["text"] is no_update


def test_a_reloaded_link_leaves_the_search_box_alone_when_it_already_agrees(
    vocabulary,
):
    shown = ViewState(text="arms")
    values = controls_showing(shown, search=to_query(shown))
    out = state.update_view("search", values, None, vocabulary)
    assert out["text"] is no_update
    assert ViewState.from_store(out["state"]).text == "arms"


def test_clear_all_on_a_clear_page_does_not_update_it(vocabulary):
    with pytest.raises(PreventUpdate):
        state.update_view(
            "clear", controls(clear=3), ViewState().to_store(), vocabulary
        )


def test_the_callback_knows_which_input_fired():
    grouping = {
        key: {"id": "x", "property": "y", "value": None, "triggered": False}
        for key in state.INPUTS
    }
    assert state.triggered_key(grouping) is None
    grouping["timeline_zoom"]["triggered"] = True
    assert state.triggered_key(grouping) == "timeline_zoom"


def test_every_input_maps_to_an_action():
    assert set(state.ACTIONS) == set(state.INPUTS)


# --- the render callback -----


def test_the_default_page_shows_every_event_figure_and_demand(dataset):
    out = render.page_outputs(dataset, None)
    assert set(out) == set(render.OUTPUTS)
    events, figures = len(dataset.events), len(dataset.casualty_figures)
    demands = len(dataset.demands)
    assert out["summary"] == (
        f"Showing {events} of {events} events, {figures} casualty figures"
        f" and {demands} demands."
    )
    assert out["window"] == "All dates shown."
    assert out["window_button"] == render.HIDDEN
    assert text_of(out["detail"]) == PROMPT
    assert len(out["table"]) == events
    for key in ("timeline", "casualties", "demands"):
        assert isinstance(out[key], go.Figure)
    assert sorted(figure_ids(out["timeline"], "events")) == sorted(dataset.events["id"])


def test_the_page_for_the_2011_veto_shows_its_detail_and_related_figure(dataset):
    out = render.page_outputs(dataset, ViewState(event=VETO_2011).to_store())
    detail = text_of(out["detail"])
    title = dataset.events.set_index("id").loc[VETO_2011, "title"]
    assert title in detail
    assert "4 Oct 2011" in detail
    assert "S/2011/612" in detail
    assert "more than 2,600 people killed" in detail
    assert figure_ids(out["casualties"], "related") == [KILLED_FIGURE]
    assert figure_ids(out["timeline"], "selected") == [VETO_2011]


def test_a_zoomed_page_says_so_and_offers_to_show_all_dates(dataset):
    window = (D(2011, 10, 1), D(2011, 10, 31))
    out = render.page_outputs(dataset, ViewState(window=window).to_store())
    assert out["window"].startswith("Zoomed to 01 Oct 2011 – 31 Oct 2011: ")
    assert f": {len(out['table'])} events;" in out["window"]
    assert out["window_button"] == {}


def test_the_summary_counts_what_the_filters_leave(dataset):
    out = render.page_outputs(dataset, ViewState(event_types=("veto",)).to_store())
    vetoes = (dataset.events["event_type"] == "veto").sum()
    total = len(dataset.events)
    assert out["summary"].startswith(f"Showing {vetoes} of {total} events,")
    assert {row["id"] for row in out["table"]} == set(
        dataset.events.loc[dataset.events["event_type"] == "veto", "id"]
    )


def test_a_page_matching_nothing_says_so(dataset):
    out = render.page_outputs(dataset, ViewState(text="zzzz-nothing").to_store())
    total = len(dataset.events)
    assert out["summary"] == (
        f"Showing 0 of {total} events, 0 casualty figures and 0 demands."
    )
    assert out["table"] == []
    assert [note.text for note in out["timeline"].layout.annotations] == [NO_MATCH]


# --- the app -----


def callback_outputs(app) -> set[str]:
    found = set()
    for key in app.callback_map:
        found |= {part for part in key.strip(".").split("...") if part}
    return found


def test_create_app_registers_both_callbacks_with_every_output(app):
    registered = callback_outputs(app)
    expected = {
        f"{output.component_id}.{output.component_property}"
        for output in [*state.OUTPUTS.values(), *render.OUTPUTS.values()]
    }
    assert expected <= registered
    assert f"{ids.TIMELINE}.figure" in registered
    assert f"{ids.VIEW_STATE}.data" in registered


def test_the_state_callback_listens_to_every_control_and_chart(app):
    (sync,) = [
        item
        for key, item in app.callback_map.items()
        if f"{ids.VIEW_STATE}.data" in key.split("...")[0]
    ]
    heard = {(item["id"], item["property"]) for item in sync["inputs"]}
    assert heard == {
        (item.component_id, item.component_property) for item in state.INPUTS.values()
    }
    assert (ids.TIMELINE, "relayoutData") in heard
    assert [(s["id"], s["property"]) for s in sync["state"]] == [
        (ids.VIEW_STATE, "data")
    ]


def test_the_app_keeps_its_dataset_and_vocabulary_for_the_callbacks(app, dataset):
    with app.server.app_context():
        assert current_dataset() is app.server.config[DATASET_KEY].dataset
        assert current_vocabulary() == vocabulary_of(dataset)
        out = render.render_page(ViewState(event=VETO_2011).to_store())
    assert figure_ids(out["casualties"], "related") == [KILLED_FIGURE]


def dispatch(app, output_ids: list[str], changed: list[str], values: dict) -> dict:
    """POST one callback call to the app as the browser would; the response."""
    (key,) = [k for k in app.callback_map if k.strip(".").startswith(output_ids[0])]
    item = app.callback_map[key]
    outputs = []
    for part in key.strip(".").split("..."):
        component, prop = part.rsplit(".", 1)
        outputs.append({"id": component, "property": prop})

    def filled(items: list[dict]) -> list[dict]:
        return [
            {**entry, "value": values.get(f"{entry['id']}.{entry['property']}")}
            for entry in items
        ]

    body = {
        "output": key,
        "outputs": outputs,
        "inputs": filled(item["inputs"]),
        "state": filled(item["state"]),
        "changedPropIds": changed,
    }
    response = app.server.test_client().post("/_dash-update-component", json=body)
    return {"status": response.status_code, "json": response.get_json(silent=True)}


def test_a_timeline_click_sent_to_the_app_selects_the_event_and_updates_the_link(app):
    values = {
        f"{ids.URL}.search": "",
        f"{ids.TIMELINE}.clickData": click(VETO_2011, "t", "d", "w", "a"),
        f"{ids.CONTEXT_TOGGLE}.value": True,
        f"{ids.LANE_MODE}.value": "type",
        f"{ids.VIEW_STATE}.data": ViewState().to_store(),
    }
    reply = dispatch(
        app, [f"{ids.VIEW_STATE}.data"], [f"{ids.TIMELINE}.clickData"], values
    )
    assert reply["status"] == 200
    response = reply["json"]["response"]
    assert response[ids.VIEW_STATE]["data"]["event"] == VETO_2011
    assert response[ids.URL]["search"] == f"?event={VETO_2011}"


def test_a_relayout_that_changes_nothing_sent_to_the_app_updates_nothing(app):
    values = {
        f"{ids.URL}.search": "",
        f"{ids.TIMELINE}.relayoutData": {"autosize": True},
        f"{ids.CONTEXT_TOGGLE}.value": True,
        f"{ids.LANE_MODE}.value": "type",
        f"{ids.VIEW_STATE}.data": ViewState().to_store(),
    }
    reply = dispatch(
        app, [f"{ids.VIEW_STATE}.data"], [f"{ids.TIMELINE}.relayoutData"], values
    )
    assert reply["status"] == 204


def test_a_new_state_sent_to_the_app_redraws_every_panel(app, dataset):
    values = {f"{ids.VIEW_STATE}.data": ViewState(actors=("china",)).to_store()}
    reply = dispatch(
        app, [f"{ids.TIMELINE}.figure"], [f"{ids.VIEW_STATE}.data"], values
    )
    assert reply["status"] == 200
    response = reply["json"]["response"]
    assert set(response) == {output.component_id for output in render.OUTPUTS.values()}
    summary = response[ids.RESULT_SUMMARY]["children"]
    assert summary.startswith("Showing ")
    rows = response[ids.EVENT_TABLE]["rowData"]
    assert f"Showing {len(rows)} of {len(dataset.events)} events" in summary
    assert all("China" in row["actors"] for row in rows)


def test_a_cut_table_says_so_and_how_to_see_the_rest(dataset, monkeypatch):
    monkeypatch.setattr(view_module, "PAGE_TABLE_ROWS", 10)
    out = render.page_outputs(dataset, None)
    total = len(dataset.events)
    assert len(out["table"]) == 10
    assert out["summary"].startswith(f"Showing {total} of {total} events,")
    assert out["summary"].endswith(
        f" The table lists the first 10 of the {total} events in view, by date:"
        " narrow the filters or zoom in to list the rest."
    )
