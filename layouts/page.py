"""The page layout."""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import html

from dashboard.loading import Dataset
from dashboard.settings import Settings
from layouts import ids


def build_layout(dataset: Dataset, settings: Settings) -> dbc.Container:
    """The whole page for ``dataset``."""
    items = [
        dbc.ListGroupItem(
            [
                html.Small(row.start.date().isoformat(), className="text-muted me-2"),
                html.Span(row.title),
            ]
        )
        for row in dataset.events.itertuples()
    ]
    return dbc.Container(
        [
            html.H1(settings.title, className="h3 my-3"),
            dbc.ListGroup(items, id=ids.EVENT_LIST),
        ],
        fluid=True,
    )
