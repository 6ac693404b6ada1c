"""The export menus and buttons: build the file for the stored view state and
hand it to ``dcc.Download``; say what was made, or plainly why not."""

from __future__ import annotations

import logging
from typing import Any

from dash import ALL, Dash, Input, Output, State, ctx, dcc, no_update
from dash.exceptions import PreventUpdate

from callbacks.context import current_dataset, current_settings
from dashboard.export.renderer import ChromiumMissing
from dashboard.export.service import ExportRequestError, export_view
from dashboard.loading import Dataset
from dashboard.viewstate import ViewState
from layouts import ids
from layouts.ids import ExportIds

LOGGER = logging.getLogger(__name__)


def export_outputs(
    dataset: Dataset,
    state_data: dict[str, Any] | None,
    target: str,
    fmt: str,
    campaign: str,
) -> tuple[Any, str]:
    """(download data or no_update, message) for exporting ``target`` as ``fmt``."""
    state = ViewState.from_store(state_data)
    try:
        made = export_view(dataset, state, target, fmt, campaign)
    except (ChromiumMissing, ExportRequestError) as error:
        return no_update, f"Not exported: {error}"
    except Exception:  # the page must say something, never show a traceback
        LOGGER.exception("export of %s as %s failed", target, fmt)
        return no_update, (
            f"Not exported: the {target} {fmt.upper()} could not be made. "
            "The server log has the details."
        )
    download = dcc.send_bytes(made.content, made.filename, type=made.media_type)
    return download, f"Exported {made.filename} ({len(made.content) / 1024:,.0f} kB)."


def export_clicked(
    clicks: list[int | None], state_data: dict[str, Any] | None
) -> tuple[Any, str]:
    """Callback: the export item that was clicked, for the current view."""
    trigger = ctx.triggered_id
    if not trigger or not any(clicks):
        raise PreventUpdate
    return export_outputs(
        current_dataset(),
        state_data,
        trigger["target"],
        trigger["format"],
        current_settings().campaign,
    )


def register(app: Dash) -> None:
    """Attach :func:`export_clicked` to ``app``."""
    app.callback(
        Output(ids.EXPORT_DOWNLOAD, "data"),
        Output(ids.EXPORT_MESSAGE, "children"),
        Input(ExportIds.item(ALL, ALL), "n_clicks"),
        State(ids.VIEW_STATE, "data"),
        prevent_initial_call=True,
    )(export_clicked)
