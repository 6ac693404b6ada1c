"""The page layout: header, filters on the left, linked panels on the right."""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import dcc, html

from dashboard.export.service import Target
from dashboard.loading import Dataset
from dashboard.settings import Settings
from layouts import ids
from layouts.export import chart_export_menu, download_panel
from layouts.filters import filter_panel
from layouts.ingest import add_document_panel, open_button
from layouts.panels import chart_card, detail_panel, event_table

SUBTITLE = (
    "What happened and when, who blocked what, how many were killed, "
    "what was demanded of whom — and whether anyone listened."
)


def header(settings: Settings) -> html.Header:
    """Title bar."""
    return html.Header(
        dbc.Container(
            dbc.Row(
                [
                    dbc.Col(
                        [
                            html.H1(settings.title, className="h4 mb-0"),
                            html.P(SUBTITLE, className="mb-0 small opacity-75"),
                        ]
                    ),
                    dbc.Col(open_button(), width="auto"),
                ],
                align="center",
            ),
            fluid=True,
        ),
        className="bg-dark text-white py-3 mb-3",
    )


def build_layout(dataset: Dataset, settings: Settings) -> html.Div:
    """The whole page for ``dataset``."""
    return html.Div(
        [
            dcc.Location(id=ids.URL, refresh=False),
            dcc.Store(id=ids.VIEW_STATE),
            dcc.Store(id=ids.DATA_VERSION),
            add_document_panel(),
            header(settings),
            dbc.Container(
                [
                    dbc.Alert(
                        id=ids.URL_NOTICE,
                        color="warning",
                        is_open=False,
                        dismissable=True,
                        className="small",
                    ),
                    dbc.Row(
                        [
                            dbc.Col(
                                [
                                    filter_panel(dataset),
                                    html.P(
                                        id=ids.RESULT_SUMMARY,
                                        className="small text-muted mt-2",
                                        **{"aria-live": "polite"},
                                    ),
                                    download_panel(),
                                ],
                                lg=3,
                                md=4,
                            ),
                            dbc.Col(
                                [
                                    chart_card(
                                        "Timeline",
                                        "Drag to zoom into a period (the panels below "
                                        "follow); click an event for its detail. "
                                        "Bars are spans, hatched bars rough dates, "
                                        "hollow marks the UN veto list.",
                                        ids.TIMELINE,
                                        360,
                                        chart_export_menu(Target.TIMELINE),
                                    ),
                                    html.Div(
                                        [
                                            html.Span(id=ids.WINDOW_SUMMARY),
                                            dbc.Button(
                                                "Show all dates",
                                                id=ids.CLEAR_WINDOW,
                                                color="link",
                                                size="sm",
                                            ),
                                        ],
                                        className="small text-muted mb-2",
                                    ),
                                    dbc.Row(
                                        [
                                            dbc.Col(
                                                chart_card(
                                                    "Casualty figures",
                                                    "Each figure across its period; "
                                                    "an arrow marks a lower bound.",
                                                    ids.CASUALTY_PANEL,
                                                    260,
                                                    chart_export_menu(
                                                        Target.CASUALTIES
                                                    ),
                                                ),
                                                xl=7,
                                            ),
                                            dbc.Col(detail_panel(), xl=5),
                                        ]
                                    ),
                                    chart_card(
                                        "Demands",
                                        "Who demanded what, when, and what became "
                                        "of it. Click a demand to see its events.",
                                        ids.DEMAND_PANEL,
                                        300,
                                        chart_export_menu(Target.DEMANDS),
                                    ),
                                    event_table(),
                                ],
                                lg=9,
                                md=8,
                            ),
                        ]
                    ),
                ],
                fluid=True,
            ),
        ]
    )
