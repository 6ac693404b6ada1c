"""The chart cards and the event table."""

from __future__ import annotations

import dash_ag_grid as dag
import dash_bootstrap_components as dbc
from dash import dcc, html
from dash.development.base_component import Component

from layouts import ids

GRAPH_CONFIG = {
    "displaylogo": False,
    "toImageButtonOptions": {"format": "png", "scale": 2},
    "modeBarButtonsToRemove": ["lasso2d"],
}


def chart_card(
    title: str,
    help_text: str,
    graph_id: str,
    height: int,
    tools: Component | None = None,
) -> dbc.Card:
    """A card holding one chart, with a one-line explanation and, at the right of
    its title, optional ``tools`` (the export menu)."""
    return dbc.Card(
        [
            dbc.CardHeader(
                [
                    html.Div(
                        [html.H2(title, className="h6 mb-0"), tools],
                        className="d-flex align-items-center gap-2",
                    ),
                    html.Small(help_text, className="text-muted"),
                ]
            ),
            dbc.CardBody(
                dcc.Loading(
                    dcc.Graph(
                        id=graph_id,
                        config=GRAPH_CONFIG,
                        style={"minHeight": f"{height}px"},
                    ),
                    delay_show=300,
                ),
                className="p-1",
            ),
        ],
        className="shadow-sm mb-3",
    )


EVENT_COLUMNS = [
    {"field": "date", "headerName": "Date", "width": 120, "sort": "asc"},
    {"field": "when", "headerName": "When (precision)", "width": 170},
    {
        "field": "title",
        "headerName": "Event",
        "flex": 2,
        "minWidth": 240,
        "tooltipField": "title",
    },
    {"field": "type", "headerName": "Type", "width": 130},
    {"field": "actors", "headerName": "Actors", "flex": 1, "minWidth": 160},
    {
        "field": "sources",
        "headerName": "Sources",
        "flex": 1,
        "minWidth": 180,
        "tooltipField": "sources",
    },
    {"field": "layer", "headerName": "Layer", "width": 110},
]


def event_table() -> dbc.Card:
    """The filtered events as a sortable table (the chart's text alternative)."""
    return dbc.Card(
        [
            dbc.CardHeader(
                [
                    html.H2("Events", className="h6 mb-0"),
                    html.Small(
                        "The events on the timeline as a table. Click a row to see it.",
                        className="text-muted",
                    ),
                ]
            ),
            dbc.CardBody(
                dag.AgGrid(
                    id=ids.EVENT_TABLE,
                    columnDefs=EVENT_COLUMNS,
                    rowData=[],
                    getRowId="params.data.id",
                    defaultColDef={
                        "sortable": True,
                        "resizable": True,
                        "filter": True,
                    },
                    dashGridOptions={
                        "ensureDomOrder": True,
                        "rowHeight": 34,
                        "tooltipShowDelay": 300,
                    },
                    style={"width": "100%", "height": "480px"},
                ),
                className="p-1",
            ),
        ],
        className="shadow-sm mb-3",
    )


def detail_panel() -> dbc.Card:
    """The card that shows the selected event."""
    return dbc.Card(
        [
            dbc.CardHeader(html.H2("Event detail", className="h6 mb-0")),
            dbc.CardBody(html.Div(id=ids.EVENT_DETAIL, **{"aria-live": "polite"})),
        ],
        className="shadow-sm mb-3",
    )
