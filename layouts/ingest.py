"""The 'Add document' panel: upload or paste a release, review the candidates
found in it (highlighted in the text, listed in a table), add the kept ones."""

from __future__ import annotations

import dash_ag_grid as dag
import dash_bootstrap_components as dbc
from dash import dcc, html

from dashboard.ingest.read import SUFFIXES
from dashboard.schema import MAX_COUNT
from layouts import ids

#: Colours of the marks laid over the text, one per kind of candidate.
MARK_CLASSES = {
    "date": "ingest-mark ingest-mark-date",
    "event": "ingest-mark ingest-mark-event",
    "figure": "ingest-mark ingest-mark-figure",
    "demand": "ingest-mark ingest-mark-demand",
}
MARK_STYLES = {
    "date": {"backgroundColor": "#fde68a", "padding": "0 1px"},
    "event": {"backgroundColor": "#dbeafe"},
    "figure": {"backgroundColor": "#fecaca", "fontWeight": 600},
    "demand": {"backgroundColor": "#dcfce7"},
}
MARK_TITLES = {
    "date": "Date",
    "event": "Candidate event",
    "figure": "Casualty figure",
    "demand": "Demand",
}

#: Columns of the review table a click edits.
EDITABLE_COLUMNS = ["what", "detail", "count"]
REVIEW_COLUMNS = [
    {"field": "kind", "headerName": "Kind", "width": 130},
    {
        "field": "what",
        "headerName": "Title or wording (click to edit)",
        "editable": True,
        "flex": 1,
        "minWidth": 240,
        "wrapText": True,
        "autoHeight": True,
        "cellStyle": {"lineHeight": "1.35", "paddingTop": "6px"},
    },
    {
        "field": "detail",
        "headerName": "Type / theme",
        "headerTooltip": "Click a type, outcome or theme to change it",
        "editable": True,
        "cellEditor": "agSelectCellEditor",
        # each kind has its own list: event types, outcomes or demand themes
        "cellEditorParams": {"function": "({values: params.data.choices})"},
        "width": 150,
        "wrapText": True,
        "autoHeight": True,
    },
    {
        "field": "count",
        "headerName": "Count",
        "headerTooltip": "How many people a casualty figure counts (click to change)",
        "editable": {"function": "params.data.kind === 'Casualty figure'"},
        "cellEditor": "agNumberCellEditor",
        "cellEditorParams": {"min": 0, "max": MAX_COUNT, "precision": 0},
        "width": 80,
    },
    {
        "field": "who",
        "headerName": "Who",
        "headerTooltip": "An event's actors; who gives a figure; who asks whom",
        "width": 150,
        "wrapText": True,
        "autoHeight": True,
        "cellStyle": {"lineHeight": "1.35", "paddingTop": "6px"},
    },
    {"field": "when", "headerName": "When", "width": 110},
    {"field": "paragraph", "headerName": "¶", "width": 50},
    {
        "field": "note",
        "headerName": "Note",
        "width": 130,
        "wrapText": True,
        "autoHeight": True,
        "cellStyle": {"lineHeight": "1.35", "paddingTop": "6px"},
    },
    {
        "field": "confidence",
        "headerName": "Confidence",
        "width": 100,
        "valueFormatter": {"function": "d3.format('.0%')(params.value)"},
    },
]


def open_button() -> dbc.Button:
    """The header button that opens the panel."""
    return dbc.Button(
        "Add document",
        id=ids.ADD_DOCUMENT_OPEN,
        color="light",
        outline=True,
        size="sm",
    )


def legend() -> html.P:
    """What each highlight colour means."""
    return html.P(
        [
            html.Mark(MARK_TITLES[kind], style=MARK_STYLES[kind], className="me-2")
            for kind in MARK_STYLES
        ],
        className="small mb-1",
    )


def highlighted_text(segments: list[tuple[str, str | None]]) -> list:
    """The document as paragraphs of text and marks, one mark per candidate run."""
    children: list = []
    for text, kind in segments:
        if kind is None:
            children.append(text)
        else:
            children.append(
                html.Mark(
                    text,
                    className=MARK_CLASSES[kind],
                    style=MARK_STYLES[kind],
                    title=MARK_TITLES[kind],
                )
            )
    return children


def submission_form() -> html.Div:
    """Upload, paste, and the facts the text may not state."""
    accept = ",".join(sorted(SUFFIXES))
    return html.Div(
        [
            dcc.Upload(
                id=ids.INGEST_UPLOAD,
                children=html.Div(
                    [
                        html.Strong("Drop a release here"),
                        " or click to choose one (",
                        ", ".join(sorted(SUFFIXES)),
                        ")",
                    ]
                ),
                accept=accept,
                multiple=False,
                className="border border-2 rounded p-3 text-center mb-2",
                style={"borderStyle": "dashed", "cursor": "pointer"},
            ),
            dbc.Label(
                "…or paste its text", html_for=ids.INGEST_TEXT, className="small"
            ),
            dbc.Textarea(
                id=ids.INGEST_TEXT,
                placeholder="Title on the first line, then the release.",
                rows=6,
                className="mb-2",
            ),
            dbc.Row(
                [
                    dbc.Col(
                        [
                            dbc.Label(
                                "Published (if the text does not say)",
                                html_for=ids.INGEST_PUBLISHED,
                                className="small",
                            ),
                            dbc.Input(id=ids.INGEST_PUBLISHED, type="date", size="sm"),
                        ],
                        md=6,
                    ),
                    dbc.Col(
                        [
                            dbc.Label(
                                "Publisher",
                                html_for=ids.INGEST_PUBLISHER,
                                className="small",
                            ),
                            dbc.Input(
                                id=ids.INGEST_PUBLISHER,
                                placeholder="e.g. Amnesty International",
                                size="sm",
                            ),
                        ],
                        md=6,
                    ),
                ],
                className="mb-2",
            ),
            dbc.Button(
                "Find events, figures and demands",
                id=ids.INGEST_ANALYSE,
                color="primary",
                size="sm",
            ),
        ]
    )


MISSED_LABELS = {
    "event": "an event",
    "figure": "a casualty figure",
    "demand": "a demand",
}


def missed_buttons() -> html.Div:
    """Buttons that add the words selected in the text as a row the tool missed."""
    return html.Div(
        [
            dcc.Store(id=ids.INGEST_SELECTION),
            dcc.Store(id=ids.INGEST_SHOWN),
            html.Span(
                "Missed something? Select its words in the text above, then add it as ",
                className="text-muted",
            ),
            *[
                dbc.Button(
                    label,
                    id=ids.MissedIds.button(kind),
                    color="secondary",
                    outline=True,
                    size="sm",
                    className="me-1 py-0",
                )
                for kind, label in MISSED_LABELS.items()
            ],
        ],
        className="small mt-2",
    )


def review_section() -> html.Div:
    """The highlighted text and the candidates table, with the add button."""
    return html.Div(
        [
            html.H3("Found in the text", className="h6 mt-3"),
            legend(),
            html.Div(
                id=ids.INGEST_PREVIEW,
                className="border rounded p-2 small bg-light",
                style={
                    "whiteSpace": "pre-wrap",
                    "maxHeight": "260px",
                    "overflowY": "auto",
                },
            ),
            missed_buttons(),
            html.H3("Candidates", className="h6 mt-3"),
            html.P(
                "Ticked rows will be added. Click a row to see its words in the "
                "text; untick what is wrong; click a title, a wording or a type to "
                "correct it.",
                className="small text-muted mb-1",
            ),
            dag.AgGrid(
                id=ids.INGEST_REVIEW,
                columnDefs=REVIEW_COLUMNS,
                rowData=[],
                getRowId="params.data.id",
                defaultColDef={"resizable": True, "sortable": True},
                dashGridOptions={
                    "rowSelection": {
                        "mode": "multiRow",
                        "checkboxes": True,
                        "headerCheckbox": True,
                        "enableClickSelection": False,
                    },
                    "singleClickEdit": True,
                    "stopEditingWhenCellsLoseFocus": True,
                    "ensureDomOrder": True,
                    "overlayNoRowsTemplate": "Nothing found yet.",
                },
                style={"width": "100%", "height": "340px"},
            ),
            dbc.Button(
                "Add the ticked rows to the timeline",
                id=ids.INGEST_ADD,
                color="success",
                size="sm",
                className="mt-2",
                disabled=True,
            ),
        ]
    )


def add_document_panel() -> dbc.Offcanvas:
    """The off-canvas panel holding the whole flow."""
    return dbc.Offcanvas(
        [
            dcc.Store(id=ids.INGEST_CANDIDATES),
            html.P(
                "The tool reads a press release and proposes what it found. "
                "Nothing is added until you say so.",
                className="small text-muted",
            ),
            submission_form(),
            html.Div(
                dbc.Alert(
                    id=ids.INGEST_MESSAGE, is_open=False, className="small mt-2 mb-0"
                ),
                **{"aria-live": "polite"},
            ),
            review_section(),
        ],
        id=ids.ADD_DOCUMENT_PANEL,
        title="Add a document",
        placement="end",
        is_open=False,
        style={"width": "min(1280px, 100vw)"},
    )
