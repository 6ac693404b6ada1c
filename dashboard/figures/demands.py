"""The demand tracker: themes down the side, time across.

Each demand is a dot in its theme's row at the date it was made, coloured by
status; repeats on the same day stack side by side, so how often a demand was
made is visible. A dotted line runs from a demand to the event that settled its
status (e.g. the ICC referral demanded in 2012, vetoed in 2014).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ..labels import humanise
from .plain import groups, make_figure, text_columns
from .style import (
    HIGHLIGHT_COLOUR,
    SELECTED_COLOUR,
    STATUS_COLOURS,
    base_layout,
    empty_figure,
    theme_colours,
)

NO_DEMANDS = "No demands for these filters"
MAX_OUTCOME_LINES = 500
STACK_STEP = 0.16
STATUS_NAMES = {
    "unmet": "Unmet",
    "partly": "Partly met",
    "met": "Met",
    "unknown": "Outcome unknown",
}
HOVER = (
    "<b>%{customdata[2]}</b><br>%{customdata[3]}<br>%{customdata[4]}"
    "<br>Status: %{customdata[5]}<extra></extra>"
)
#: What each point carries: ids, then the texts :data:`HOVER` shows.
HOVER_COLUMNS = ["id", "theme", "text", "who_label", "date_label", "status_label"]
#: Columns the demands frame needs (see :func:`dashboard.view.demand_rows`).
COLUMNS = (
    "id",
    "theme",
    "made_ms",
    "status",
    "status_event_ms",
    "status_event_title",
    "text",
    "who_label",
    "date_label",
    "status_label",
)


def theme_order(demands: pd.DataFrame) -> list[str]:
    """Themes, first-demanded first."""
    first = demands.groupby(demands["theme"].astype(str))["made_ms"].min()
    return list(first.sort_values(kind="stable").index)


def stacked_positions(demands: pd.DataFrame, rows: dict[str, int]) -> np.ndarray:
    """y of each demand: its theme row, shifted so same-day repeats stand apart."""
    theme = demands["theme"].astype(str)
    rank = demands.groupby([theme, demands["made_ms"]]).cumcount().to_numpy()
    size = demands.groupby([theme, demands["made_ms"]])["id"].transform("size")
    offset = (rank - (size.to_numpy() - 1) / 2) * STACK_STEP
    return theme.map(rows).to_numpy() + offset


def demand_figure(
    demands: pd.DataFrame,
    *,
    selected: str | None = None,
    highlighted: Collection[str] = (),
    x_range: Sequence[str] | None = None,
    theme: str = "light",
) -> go.Figure:
    """Draw the demand tracker; highlighted and selected demand ids get rings."""
    if demands.empty:
        return empty_figure(NO_DEMANDS, theme)
    colours = theme_colours(theme)
    themes = theme_order(demands)
    row_of = {name: index for index, name in enumerate(themes)}
    demands = demands.assign(y=stacked_positions(demands, row_of))
    data: list[dict[str, Any]] = []

    settled = demands[demands["status_event_ms"].notna()].head(MAX_OUTCOME_LINES)
    if not settled.empty:
        xs: list = []
        ys: list = []
        for made, outcome, y in zip(
            settled["made_ms"], settled["status_event_ms"], settled["y"]
        ):
            xs += [int(made), int(outcome), None]
            ys += [y, y, None]
        data.append(
            {
                "type": "scatter",
                "x": xs,
                "y": ys,
                "mode": "lines",
                "line": {"color": colours["muted"], "width": 1.5, "dash": "dot"},
                "hoverinfo": "skip",
                "name": "Until the outcome",
                "showlegend": False,
            }
        )
        data.append(
            {
                "type": "scatter",
                "x": settled["status_event_ms"].to_numpy(),
                "y": settled["y"].to_numpy(),
                "mode": "markers",
                "marker": {
                    "symbol": "x-thin-open",
                    "size": 12,
                    "color": settled["status"].map(STATUS_COLOURS).to_numpy(object),
                    "line": {"width": 2.5},
                },
                "customdata": text_columns(settled, ["id", "status_event_title"]),
                "hovertemplate": "Outcome: %{customdata[1]}<extra></extra>",
                "name": "Outcome event",
                "meta": "outcomes",
            }
        )

    made, y = demands["made_ms"].to_numpy(), demands["y"].to_numpy()
    customdata = text_columns(demands, HOVER_COLUMNS)
    everything = np.arange(len(demands))
    statuses = demands["status"].astype(str).to_numpy(dtype=object)
    for status, at in groups([statuses], everything, sort=False):
        data.append(
            {
                "type": "scatter",
                "x": made[at],
                "y": y[at],
                "mode": "markers",
                "marker": {
                    "symbol": "circle",
                    "size": 12,
                    "color": STATUS_COLOURS.get(status, "#777"),
                    "line": {"width": 1, "color": colours["paper"]},
                },
                "customdata": customdata[at],
                "hovertemplate": HOVER,
                "name": STATUS_NAMES.get(status, status),
                "meta": "demands",
            }
        )

    for ids, colour, size, name in (
        (highlighted, HIGHLIGHT_COLOUR, 20, "Related to the selected event"),
        ([selected] if selected else [], SELECTED_COLOUR, 24, "Selected demand"),
    ):
        at = np.flatnonzero(demands["id"].isin(list(ids)).to_numpy(dtype=bool))
        if not len(at):
            continue
        data.append(
            {
                "type": "scatter",
                "x": made[at],
                "y": y[at],
                "mode": "markers",
                "marker": {
                    "symbol": "circle-open",
                    "size": size,
                    "color": colour,
                    "line": {"width": 3, "color": colour},
                },
                "customdata": customdata[at],
                "hovertemplate": HOVER,
                "name": name,
                "meta": "related" if size < 24 else "selected",
            }
        )

    layout = base_layout(theme, max(260, 70 + 30 * len(themes)))
    layout["yaxis"].update(
        tickvals=list(range(len(themes))),
        ticktext=[humanise(name) for name in themes],
        range=[len(themes) - 0.5, -0.5],
        fixedrange=True,
    )
    if x_range:
        layout["xaxis"]["range"] = list(x_range)
    layout.update(clickmode="event", hovermode="closest", uirevision="demands")
    return make_figure(data, layout)
