"""One callback keeps the view state, the URL and the filter controls in step.

It is a single callback because the URL both sets the filters (on load) and
follows them (on change); Dash allows that loop only inside one callback.
"""

from __future__ import annotations

from typing import Any

from dash import Dash, Input, Output, State, ctx, no_update
from dash.exceptions import PreventUpdate

from callbacks.context import current_vocabulary
from dashboard import interaction as act
from dashboard.viewstate import ViewState, Vocabulary, to_query
from layouts import ids

#: Which input (by its key in the callback's inputs) means which action.
ACTIONS = {
    "search": act.URL,
    "actors": act.FILTERS,
    "event_types": act.FILTERS,
    "start": act.FILTERS,
    "end": act.FILTERS,
    "sources": act.FILTERS,
    "text": act.FILTERS,
    "include_context": act.FILTERS,
    "lanes": act.FILTERS,
    "clear": act.CLEAR,
    "clear_window": act.CLEAR_WINDOW,
    "timeline_click": act.TIMELINE_CLICK,
    "timeline_zoom": act.TIMELINE_ZOOM,
    "timeline_select": act.TIMELINE_SELECT,
    "figure_click": act.FIGURE_CLICK,
    "demand_click": act.DEMAND_CLICK,
    "table_click": act.TABLE_CLICK,
}
FILTER_KEYS = (
    "actors",
    "event_types",
    "start",
    "end",
    "sources",
    "text",
    "include_context",
    "lanes",
)

INPUTS = {
    "search": Input(ids.URL, "search"),
    "actors": Input(ids.ACTOR_FILTER, "value"),
    "event_types": Input(ids.TYPE_FILTER, "value"),
    "start": Input(ids.DATE_FILTER, "start_date"),
    "end": Input(ids.DATE_FILTER, "end_date"),
    "sources": Input(ids.SOURCE_FILTER, "value"),
    "text": Input(ids.TEXT_SEARCH, "value"),
    "include_context": Input(ids.CONTEXT_TOGGLE, "value"),
    "lanes": Input(ids.LANE_MODE, "value"),
    "clear": Input(ids.CLEAR_FILTERS, "n_clicks"),
    "clear_window": Input(ids.CLEAR_WINDOW, "n_clicks"),
    "timeline_click": Input(ids.TIMELINE, "clickData"),
    "timeline_zoom": Input(ids.TIMELINE, "relayoutData"),
    "timeline_select": Input(ids.TIMELINE, "selectedData"),
    "figure_click": Input(ids.CASUALTY_PANEL, "clickData"),
    "demand_click": Input(ids.DEMAND_PANEL, "clickData"),
    "table_click": Input(ids.EVENT_TABLE, "cellClicked"),
}
OUTPUTS = {
    "state": Output(ids.VIEW_STATE, "data"),
    "search": Output(ids.URL, "search"),
    "actors": Output(ids.ACTOR_FILTER, "value"),
    "event_types": Output(ids.TYPE_FILTER, "value"),
    "start": Output(ids.DATE_FILTER, "start_date"),
    "end": Output(ids.DATE_FILTER, "end_date"),
    "sources": Output(ids.SOURCE_FILTER, "value"),
    "text": Output(ids.TEXT_SEARCH, "value"),
    "include_context": Output(ids.CONTEXT_TOGGLE, "value"),
    "lanes": Output(ids.LANE_MODE, "value"),
    "notice": Output(ids.URL_NOTICE, "children"),
    "notice_open": Output(ids.URL_NOTICE, "is_open"),
}


def update_view(
    trigger_key: str | None,
    values: dict[str, Any],
    previous: dict[str, Any] | None,
    vocabulary: Vocabulary,
) -> dict[str, Any]:
    """The callback's outputs after the input ``trigger_key`` changed.

    Raises ``PreventUpdate`` when the action leaves the view as it was (this
    also stops the chart's own relayout events from looping).
    """
    action = ACTIONS.get(trigger_key) if trigger_key else None
    before = ViewState.from_store(previous)
    filters = act.FilterValues(**{key: values.get(key) for key in FILTER_KEYS})
    state, notices = act.next_state(
        action,
        before,
        vocabulary,
        search=values.get("search"),
        filters=filters,
        payload=values.get(trigger_key) if trigger_key else None,
    )
    if previous is not None and state == before and action is not act.URL:
        raise PreventUpdate
    outputs: dict[str, Any] = {key: no_update for key in OUTPUTS}
    outputs["state"] = state.to_store()
    query = to_query(state)
    if query != (values.get("search") or ""):
        outputs["search"] = query
    if action in (None, act.URL, act.CLEAR):
        shown = act.FilterValues.of(state)
        # Only controls that differ are set: setting one resets what a person
        # may be typing into it at that moment.
        outputs.update(
            {
                key: getattr(shown, key)
                for key in FILTER_KEYS
                if not _same(getattr(shown, key), values.get(key))
            }
        )
        outputs["notice"] = _notice(notices)
        outputs["notice_open"] = bool(notices)
    return outputs


def _same(shown: Any, current: Any) -> bool:
    """Whether a control showing ``current`` already shows ``shown``
    (an empty list, an empty string and no value are all "nothing")."""
    empty = (None, "", [])
    if shown in empty and current in empty:
        return True
    return shown == current


def _notice(notices: tuple[str, ...]) -> list:
    from dash import html

    if not notices:
        return []
    return [
        html.Strong("Part of this link was not understood and has been ignored. "),
        html.Ul([html.Li(text) for text in notices], className="mb-0"),
    ]


def triggered_key(grouping: dict[str, Any]) -> str | None:
    """The key of the input that fired this call (None on the first load)."""
    for key, item in grouping.items():
        if isinstance(item, dict) and item.get("triggered"):
            return key
    return None


def sync_view(**values: Any) -> dict[str, Any]:
    """Callback: turn whatever the user did into the next view state."""
    previous = values.pop("previous")
    return update_view(
        triggered_key(ctx.args_grouping), values, previous, current_vocabulary()
    )


def register(app: Dash) -> None:
    """Attach :func:`sync_view` to ``app``."""
    app.callback(
        output=OUTPUTS,
        inputs=INPUTS,
        state={"previous": State(ids.VIEW_STATE, "data")},
    )(sync_view)
