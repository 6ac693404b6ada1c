"""The 'Add document' panel: read a release, show its candidates, merge the
ticked ones into the dataset and tell every panel to redraw."""

from __future__ import annotations

import json
from typing import Any

from dash import ALL, Dash, Input, Output, State, ctx, no_update

from callbacks.context import current_dataset, current_settings, live_dataset
from dashboard.ingest.existing import mark_existing
from dashboard.ingest.merge import merge_document
from dashboard.ingest.missed import SelectionError, missed_candidate
from dashboard.ingest.read import DocumentError
from dashboard.ingest.review import (
    Submission,
    accepted_document,
    analysis_message,
    highlight_segments,
    merged_message,
    preselected,
    review_rows,
    run_submission,
)
from dashboard.loading import Dataset
from dashboard.problems import DatasetError
from layouts import ids
from layouts.filters import filter_choices
from layouts.ingest import EDITABLE_COLUMNS, highlighted_text

ANALYSE_OUTPUTS = {
    "candidates": Output(ids.INGEST_CANDIDATES, "data"),
    "preview": Output(ids.INGEST_PREVIEW, "children"),
    "rows": Output(ids.INGEST_REVIEW, "rowData"),
    "selected": Output(ids.INGEST_REVIEW, "selectedRows"),
    "message": Output(ids.INGEST_MESSAGE, "children"),
    "color": Output(ids.INGEST_MESSAGE, "color"),
    "shown": Output(ids.INGEST_MESSAGE, "is_open"),
    "add_disabled": Output(ids.INGEST_ADD, "disabled"),
}
ADD_OUTPUTS = {
    "message": Output(ids.INGEST_MESSAGE, "children", allow_duplicate=True),
    "color": Output(ids.INGEST_MESSAGE, "color", allow_duplicate=True),
    "shown": Output(ids.INGEST_MESSAGE, "is_open", allow_duplicate=True),
    "add_disabled": Output(ids.INGEST_ADD, "disabled", allow_duplicate=True),
    "version": Output(ids.DATA_VERSION, "data"),
}
CHOICE_OUTPUTS = {
    "actors": Output(ids.ACTOR_FILTER, "options"),
    "types": Output(ids.TYPE_FILTER, "options"),
    "sources": Output(ids.SOURCE_FILTER, "options"),
    "first": Output(ids.DATE_FILTER, "min_date_allowed"),
    "last": Output(ids.DATE_FILTER, "max_date_allowed"),
}
MISSED_OUTPUTS = {
    "candidates": Output(ids.INGEST_CANDIDATES, "data", allow_duplicate=True),
    "preview": Output(ids.INGEST_PREVIEW, "children", allow_duplicate=True),
    "rows": Output(ids.INGEST_REVIEW, "rowData", allow_duplicate=True),
    "selected": Output(ids.INGEST_REVIEW, "selectedRows", allow_duplicate=True),
    "message": Output(ids.INGEST_MESSAGE, "children", allow_duplicate=True),
    "color": Output(ids.INGEST_MESSAGE, "color", allow_duplicate=True),
    "shown": Output(ids.INGEST_MESSAGE, "is_open", allow_duplicate=True),
    "add_disabled": Output(ids.INGEST_ADD, "disabled", allow_duplicate=True),
}
PROBLEMS_SHOWN = 8
#: In the browser: which button was pressed and the words selected in the
#: release's text (nothing when the selection lies elsewhere on the page).
READ_SELECTION_JS = """
function (clicks) {
    const pressed = dash_clientside.callback_context.triggered_id;
    if (!pressed || !clicks.some(Boolean)) {
        return dash_clientside.no_update;
    }
    const selection = window.getSelection();
    const preview = document.getElementById(PREVIEW_ID);
    if (!selection || selection.rangeCount === 0 || !preview ||
            !selection.getRangeAt(0).intersectsNode(preview)) {
        return {kind: pressed.kind, text: "", offset: null, at: Date.now()};
    }
    // where the selection starts in the release text: the length of the
    // preview's text before it
    const chosen = selection.getRangeAt(0);
    const before = document.createRange();
    before.setStart(preview, 0);
    let offset = null;
    if (preview.contains(chosen.startContainer)) {
        before.setEnd(chosen.startContainer, chosen.startOffset);
        // in characters as Python counts them (an emoji is one, not two)
        offset = Array.from(before.toString()).length;
    }
    return {kind: pressed.kind, text: selection.toString(), offset: offset,
            at: Date.now()};
}
""".replace("PREVIEW_ID", json.dumps(ids.INGEST_PREVIEW))


def analysis_outputs(submission: Submission, dataset: Dataset) -> dict[str, Any]:
    """The panel after reading ``submission``: candidates or a clear error."""
    try:
        candidates = run_submission(submission, dataset)
    except DocumentError as error:
        return {
            "candidates": None,
            "preview": None,
            "rows": [],
            "selected": [],
            "message": str(error),
            "color": "danger",
            "shown": True,
            "add_disabled": True,
        }
    rows = review_rows(candidates)
    message, color = analysis_message(candidates)
    return {
        "candidates": candidates,
        "preview": highlighted_text(highlight_segments(candidates)),
        "rows": rows,
        "selected": preselected(rows),
        "message": message,
        "color": color,
        "shown": True,
        "add_disabled": not rows,
    }


def analyse(
    clicks: int | None,
    upload: str | None,
    filename: str | None,
    text: str | None,
    published: str | None,
    publisher: str | None,
) -> dict[str, Any]:
    """Callback: a new upload, or the button (pasted text first, else the upload)."""
    use_upload = ctx.triggered_id == ids.INGEST_UPLOAD or not (text and text.strip())
    submission = Submission(
        upload=upload if use_upload else None,
        filename=filename if use_upload else None,
        text=None if use_upload else text,
        published=published or None,
        publisher=(publisher or "").strip() or None,
    )
    return analysis_outputs(submission, current_dataset())


def add_outputs(
    candidates: dict[str, Any] | None,
    rows: list[dict[str, Any]] | None,
    selected: list[dict[str, Any]] | None,
) -> dict[str, Any]:
    """Merge the ticked rows into the dataset on disk; the message to show."""
    if not candidates or not selected:
        return {
            "message": "Tick at least one row to add.",
            "color": "warning",
            "shown": True,
            "add_disabled": no_update,
            "version": no_update,
        }
    document = accepted_document(
        candidates, rows or [], {row["id"] for row in selected}
    )
    try:
        result = merge_document(current_settings().data_dir, document)
    except (OSError, DatasetError) as error:
        return _failed([f"The dataset could not be written: {error}"])
    if result.problems:
        return _failed(result.problems)
    return {
        "message": merged_message(result.added, result.skipped),
        "color": "success",
        "shown": True,
        "add_disabled": True,
        "version": live_dataset().version,
    }


def _failed(problems: list[str]) -> dict[str, Any]:
    shown = problems[:PROBLEMS_SHOWN]
    more = len(problems) - len(shown)
    text = "Nothing was added. " + "; ".join(shown)
    if more:
        text += f"; and {more} more."
    return {
        "message": text,
        "color": "danger",
        "shown": True,
        "add_disabled": no_update,
        "version": no_update,
    }


def add_accepted(
    clicks: int | None,
    candidates: dict[str, Any] | None,
    rows: list[dict[str, Any]] | None,
    selected: list[dict[str, Any]] | None,
) -> dict[str, Any]:
    """Callback: the add button."""
    return add_outputs(candidates, rows, selected)


#: In the browser: select, and scroll to, the words of the row clicked in the
#: review table, so the reviewer sees where the candidate comes from.
SHOW_IN_TEXT_JS = """
function (clicked, candidates) {
    const preview = document.getElementById(PREVIEW_ID);
    // a click that starts an edit (title, type, count) keeps its focus
    if (!clicked || !candidates || !preview || EDITABLE.includes(clicked.colId)) {
        return dash_clientside.no_update;
    }
    const rows = [].concat(candidates.events, candidates.casualty_figures,
                           candidates.demands);
    const row = rows.find(r => r.id === clicked.rowId);
    if (!row) {
        return dash_clientside.no_update;
    }
    // spans count characters as Python does; the DOM counts UTF-16 units
    const units = (text, characters) =>
        Array.from(text).slice(0, characters).join("").length;
    const range = document.createRange();
    const walker = document.createTreeWalker(preview, NodeFilter.SHOW_TEXT);
    let node, seen = 0, started = false;
    while ((node = walker.nextNode())) {
        const text = node.textContent;
        const length = Array.from(text).length;
        if (!started && row.span[0] <= seen + length) {
            range.setStart(node, units(text, row.span[0] - seen));
            started = true;
        }
        if (started && row.span[1] <= seen + length) {
            range.setEnd(node, units(text, row.span[1] - seen));
            break;
        }
        seen += length;
    }
    if (!started) {
        return dash_clientside.no_update;
    }
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    // scroll the text box only, not the panel around it
    const shown = range.getBoundingClientRect();
    const box = preview.getBoundingClientRect();
    if (shown.top < box.top || shown.bottom > box.bottom) {
        preview.scrollTop += shown.top - box.top - box.height / 3;
    }
    return row.id;
}
""".replace("PREVIEW_ID", json.dumps(ids.INGEST_PREVIEW)).replace(
    "EDITABLE", json.dumps(EDITABLE_COLUMNS)
)


def missed_outputs(
    selection: dict[str, Any] | None,
    candidates: dict[str, Any] | None,
    rows: list[dict[str, Any]] | None,
    selected: list[dict[str, Any]] | None,
    dataset: Dataset,
) -> dict[str, Any]:
    """The panel after the reviewer added selected words as a row the tool
    missed: the new row listed and ticked (an event the timeline already holds
    says so), the reviewer's edits kept."""
    unchanged = {key: no_update for key in MISSED_OUTPUTS}
    if not selection:
        return unchanged
    if not candidates:
        return {
            **unchanged,
            "message": "Read a release first.",
            "color": "warning",
            "shown": True,
        }
    try:
        updated = missed_candidate(
            candidates,
            selection["kind"],
            selection["text"],
            selection.get("offset"),
        )
        updated = mark_existing(updated, dataset)
    except SelectionError as error:
        return {**unchanged, "message": str(error), "color": "warning", "shown": True}
    known = {row["id"] for row in rows or []}
    new_rows = [row for row in review_rows(updated) if row["id"] not in known]
    return {
        "candidates": updated,
        "preview": highlighted_text(highlight_segments(updated)),
        "rows": [*(rows or []), *new_rows],
        "selected": [*(selected or []), *new_rows],
        "message": "Added to the list: "
        + "; ".join(f"{row['kind'].lower()} “{row['what']}”" for row in new_rows)
        + ". Check its type, then add the ticked rows.",
        "color": "info",
        "shown": True,
        "add_disabled": False,
    }


def add_missed(
    selection: dict[str, Any] | None,
    candidates: dict[str, Any] | None,
    rows: list[dict[str, Any]] | None,
    selected: list[dict[str, Any]] | None,
) -> dict[str, Any]:
    """Callback: a button adding the selected words as a missed row."""
    return missed_outputs(selection, candidates, rows, selected, current_dataset())


def refresh_choices(version: int | None) -> dict[str, Any]:
    """Callback: filter options for the dataset after a merge."""
    return filter_choices(current_dataset())


def open_panel(clicks: int | None) -> bool:
    """Callback: the header button opens the panel."""
    return bool(clicks)


def register(app: Dash) -> None:
    """Attach the panel's callbacks to ``app``."""
    app.callback(
        Output(ids.ADD_DOCUMENT_PANEL, "is_open"),
        Input(ids.ADD_DOCUMENT_OPEN, "n_clicks"),
        prevent_initial_call=True,
    )(open_panel)
    app.callback(
        output=ANALYSE_OUTPUTS,
        inputs={
            "clicks": Input(ids.INGEST_ANALYSE, "n_clicks"),
            "upload": Input(ids.INGEST_UPLOAD, "contents"),
            "filename": State(ids.INGEST_UPLOAD, "filename"),
            "text": State(ids.INGEST_TEXT, "value"),
            "published": State(ids.INGEST_PUBLISHED, "value"),
            "publisher": State(ids.INGEST_PUBLISHER, "value"),
        },
        prevent_initial_call=True,
        running=[(Output(ids.INGEST_ANALYSE, "disabled"), True, False)],
    )(analyse)
    app.callback(
        output=ADD_OUTPUTS,
        inputs={
            "clicks": Input(ids.INGEST_ADD, "n_clicks"),
            "candidates": State(ids.INGEST_CANDIDATES, "data"),
            "rows": State(ids.INGEST_REVIEW, "rowData"),
            "selected": State(ids.INGEST_REVIEW, "selectedRows"),
        },
        prevent_initial_call=True,
    )(add_accepted)
    app.clientside_callback(
        SHOW_IN_TEXT_JS,
        Output(ids.INGEST_SHOWN, "data"),
        Input(ids.INGEST_REVIEW, "cellClicked"),
        State(ids.INGEST_CANDIDATES, "data"),
        prevent_initial_call=True,
    )
    app.clientside_callback(
        READ_SELECTION_JS,
        Output(ids.INGEST_SELECTION, "data"),
        Input(ids.MissedIds.button(ALL), "n_clicks"),
        prevent_initial_call=True,
    )
    app.callback(
        output=MISSED_OUTPUTS,
        inputs={
            "selection": Input(ids.INGEST_SELECTION, "data"),
            "candidates": State(ids.INGEST_CANDIDATES, "data"),
            "rows": State(ids.INGEST_REVIEW, "rowData"),
            "selected": State(ids.INGEST_REVIEW, "selectedRows"),
        },
        prevent_initial_call=True,
    )(add_missed)
    app.callback(
        output=CHOICE_OUTPUTS,
        inputs={"version": Input(ids.DATA_VERSION, "data")},
        prevent_initial_call=True,
    )(refresh_choices)
