"""Draw every panel from the view state."""

from __future__ import annotations

from typing import Any

from dash import Dash, Input, Output

from callbacks.context import current_dataset
from dashboard.loading import Dataset
from dashboard.view import render_view
from dashboard.viewstate import ViewState
from layouts import ids
from layouts.detail import detail_card

OUTPUTS = {
    "timeline": Output(ids.TIMELINE, "figure"),
    "casualties": Output(ids.CASUALTY_PANEL, "figure"),
    "demands": Output(ids.DEMAND_PANEL, "figure"),
    "detail": Output(ids.EVENT_DETAIL, "children"),
    "table": Output(ids.EVENT_TABLE, "rowData"),
    "summary": Output(ids.RESULT_SUMMARY, "children"),
    "window": Output(ids.WINDOW_SUMMARY, "children"),
    "window_button": Output(ids.CLEAR_WINDOW, "style"),
}
HIDDEN = {"display": "none"}


def page_outputs(dataset: Dataset, state_data: dict[str, Any] | None) -> dict[str, Any]:
    """Every panel's content for the stored view state."""
    state = ViewState.from_store(state_data)
    view = render_view(dataset, state)
    summary = f"Showing {view.event_count:,} of {view.total_events:,} events"
    summary += f", {view.figure_count:,} casualty figures"
    summary += f" and {view.demand_count:,} demands."
    if view.table_is_cut:
        summary += (
            f" The table lists the first {len(view.table):,} of the"
            f" {view.window_events:,} events in view, by date: narrow the filters"
            " or zoom in to list the rest."
        )
    if state.window:
        window = (
            f"Zoomed to {state.window[0]:%d %b %Y} – {state.window[1]:%d %b %Y}: "
            f"{view.window_events:,} events; casualty and demand panels follow."
        )
    else:
        window = "All dates shown."
    return {
        "timeline": view.timeline,
        "casualties": view.casualties,
        "demands": view.demands,
        "detail": detail_card(view.detail),
        "table": view.table,
        "summary": summary,
        "window": window,
        "window_button": {} if state.window else HIDDEN,
    }


def render_page(
    state_data: dict[str, Any] | None, data_version: int | None = None
) -> dict[str, Any]:
    """Callback: redraw the panels when the view state or the dataset changes."""
    return page_outputs(current_dataset(), state_data)


def register(app: Dash) -> None:
    """Attach :func:`render_page` to ``app``."""
    app.callback(
        output=OUTPUTS,
        inputs={
            "state_data": Input(ids.VIEW_STATE, "data"),
            "data_version": Input(ids.DATA_VERSION, "data"),
        },
    )(render_page)
