"""Export menus: one per chart, and a panel for the briefing and the data."""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import dcc, html

from dashboard.export.service import Format, Target
from layouts import ids
from layouts.ids import ExportIds

FORMAT_LABELS = {
    Format.PNG: "PNG image (2×, for slides)",
    Format.SVG: "SVG (vector, for print)",
    Format.PDF: "PDF",
    Format.HTML: "Interactive HTML (works offline)",
}


def chart_export_menu(target: Target) -> dbc.DropdownMenu:
    """The 'Export' menu of one chart card."""
    return dbc.DropdownMenu(
        [
            dbc.DropdownMenuItem(label, id=ExportIds.item(target, fmt))
            for fmt, label in FORMAT_LABELS.items()
        ],
        label="Export",
        size="sm",
        color="secondary",
        align_end=True,
        toggle_class_name="py-0",
        className="ms-auto",
    )


def download_panel() -> dbc.Card:
    """Buttons for the briefing PDF and the shown data; the download target and
    the message saying what was exported (or why not)."""
    buttons = [
        (Target.BRIEFING, Format.PDF, "Briefing (PDF)", "primary"),
        (Target.DATA, Format.CSV, "Data (CSV, zipped)", "outline-secondary"),
        (Target.DATA, Format.JSON, "Data (JSON)", "outline-secondary"),
        (Target.DATA, Format.TIMELINEJS, "TimelineJS (JSON)", "outline-secondary"),
    ]
    return dbc.Card(
        dbc.CardBody(
            [
                html.H2("Take this view away", className="h6 text-uppercase mb-2"),
                html.P(
                    "Everything follows the filters and zoom shown.",
                    className="small text-muted mb-2",
                ),
                html.Div(
                    [
                        dbc.Button(
                            label,
                            id=ExportIds.item(target, fmt),
                            color=color,
                            size="sm",
                        )
                        for target, fmt, label, color in buttons
                    ],
                    className="d-grid gap-2",
                ),
                dcc.Loading(
                    html.Div(
                        id=ids.EXPORT_MESSAGE,
                        className="small mt-2",
                        role="status",
                        **{"aria-live": "polite"},
                    ),
                    type="dot",
                    delay_show=250,
                ),
                dcc.Download(id=ids.EXPORT_DOWNLOAD),
            ]
        ),
        className="shadow-sm mt-3",
    )
