"""Casualty figures over their periods.

Each figure is a segment across its period at the height of its number. Lower
bounds ('more than', 'at least') carry an upward arrow and an open band above the
line; 'about' is dashed; reports with no number are shaded periods with their
words. Figures for overlapping periods sit side by side — never summed.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ..schema import Qualifier
from .plain import make_figure, text_columns
from .style import (
    SELECTED_COLOUR,
    base_layout,
    empty_figure,
    theme_colours,
)

MAX_FIGURES = 200
MAX_TEXT_LABELS = 20
NO_FIGURES = "No casualty figures for these filters"

OUTCOME_COLOURS = {
    "killed": "#D55E00",
    "injured": "#E69F00",
    "killed_and_injured": "#CC79A7",
    "detained": "#0072B2",
    "disappeared": "#56B4E9",
    "displaced": "#009E73",
}
LOWER_BOUNDS = {Qualifier.MORE_THAN.value, Qualifier.AT_LEAST.value}
KIND_STYLE = {
    # kind: (legend name, marker symbol, line dash)
    "lower": ("Lower bound (more than / at least)", "arrow-bar-up", "solid"),
    "about": ("Approximate (about)", "diamond", "dash"),
    "exact": ("Exact count", "circle", "solid"),
}
HOVER = (
    "<b>%{customdata[2]}</b><br>%{customdata[3]}<br>Reported by %{customdata[4]}"
    "<br>Source: %{customdata[5]}<extra></extra>"
)
#: What each point carries: ids, then the texts :data:`HOVER` shows.
HOVER_COLUMNS = ["id", "event_id", "label", "period_label", "reporter", "source_label"]
#: Columns the figures frame needs (see :func:`dashboard.view.casualty_rows`).
COLUMNS = (
    "id",
    "event_id",
    "count",
    "qualifier",
    "outcome",
    "start_ms",
    "end_ms",
    "label",
    "period_label",
    "reporter",
    "source_label",
)


def _kind(qualifier: str) -> str:
    if qualifier in LOWER_BOUNDS:
        return "lower"
    if qualifier == Qualifier.ABOUT.value:
        return "about"
    return "exact"


def drawn_figures(figures: pd.DataFrame) -> pd.DataFrame:
    """The figures the chart draws: the :data:`MAX_FIGURES` largest counts, those
    without a number last; ties keep their order in ``figures``."""
    ordered = figures.sort_values(
        "count", ascending=False, na_position="last", kind="stable"
    )
    return ordered.head(MAX_FIGURES)


def casualty_figure(
    figures: pd.DataFrame,
    *,
    total: int | None = None,
    highlighted: Collection[str] = (),
    x_range: Sequence[str] | None = None,
    theme: str = "light",
) -> go.Figure:
    """Draw casualty figures; ``highlighted`` ids are emphasised.

    ``total`` is how many figures there are when ``figures`` holds only those
    :func:`drawn_figures` picks (so the chart can say how many it leaves out).
    """
    if figures.empty:
        return empty_figure(NO_FIGURES, theme)
    colours = theme_colours(theme)
    shown = drawn_figures(figures)
    total = len(figures) if total is None else total
    omitted = max(total - len(shown), 0)
    counted = shown[shown["count"].notna()]
    unnumbered = shown[shown["count"].isna()]
    top = float(counted["count"].max()) * 1.35 if not counted.empty else 1.0
    with_text = len(shown) <= MAX_TEXT_LABELS
    data: list[dict[str, Any]] = []
    shapes: list[dict[str, Any]] = []

    for kind, rows in counted.groupby(counted["qualifier"].map(_kind), sort=False):
        name, symbol, dash = KIND_STYLE[kind]
        xs, ys = _segments(rows)
        data.append(
            {
                "type": "scatter",
                "x": xs,
                "y": ys,
                "mode": "lines",
                "line": {"color": colours["text"], "width": 3, "dash": dash},
                "hoverinfo": "skip",
                "showlegend": False,
                "legendgroup": kind,
            }
        )
        data.append(
            {
                **_point_trace(rows, rows["count"].to_numpy(dtype=float), with_text),
                "textposition": _text_positions(rows, x_range, "top"),
                "marker": {
                    "symbol": symbol,
                    "size": 16,
                    "color": _outcome_colours(rows),
                    "line": {"width": 1, "color": colours["text"]},
                },
                "name": name,
                "legendgroup": kind,
            }
        )
        if kind == "lower" and len(rows) <= MAX_TEXT_LABELS:
            shapes += [
                {
                    "type": "rect",
                    "x0": row.start_ms,
                    "x1": row.end_ms,
                    "y0": float(row.count),
                    "y1": top,
                    "line": {"width": 0},
                    "fillcolor": OUTCOME_COLOURS.get(str(row.outcome), "#777"),
                    "opacity": 0.12,
                    "layer": "below",
                }
                for row in rows.itertuples()
            ]

    if not unnumbered.empty:
        shapes += [
            {
                "type": "rect",
                "x0": row.start_ms,
                "x1": row.end_ms,
                "y0": 0,
                "y1": top,
                "line": {"width": 1, "dash": "dot", "color": colours["muted"]},
                "fillcolor": colours["band"],
                "layer": "below",
            }
            for row in unnumbered.head(MAX_TEXT_LABELS).itertuples()
        ]
        data.append(
            {
                **_point_trace(
                    unnumbered, np.full(len(unnumbered), top * 0.8), with_text
                ),
                "textposition": _text_positions(unnumbered, x_range, "bottom"),
                "marker": {
                    "symbol": "asterisk-open",
                    "size": 14,
                    "color": _outcome_colours(unnumbered),
                    "line": {"width": 2},
                },
                "name": "Reported without a number",
            }
        )

    marked = shown[shown["id"].isin(list(highlighted))]
    if not marked.empty:
        data.append(
            {
                "type": "scatter",
                "x": _middles(marked),
                "y": marked["count"].astype(float).fillna(top * 0.8).to_numpy(),
                "mode": "markers",
                "marker": {
                    "symbol": "circle-open",
                    "size": 28,
                    "color": SELECTED_COLOUR,
                    "line": {"width": 3, "color": SELECTED_COLOUR},
                },
                "customdata": text_columns(marked, HOVER_COLUMNS),
                "hovertemplate": HOVER,
                "name": "Related to the selected event",
                "meta": "related",
            }
        )
    layout = base_layout(theme, 260)
    if shapes:
        layout["shapes"] = shapes
    if omitted:
        layout["annotations"] = [
            {
                "text": f"Showing the {MAX_FIGURES} largest of {total:,} "
                "figures: zoom in for the rest",
                "xref": "paper",
                "yref": "paper",
                "x": 0,
                "y": 1.12,
                "showarrow": False,
                "font": {"color": colours["muted"]},
            }
        ]
    layout["yaxis"].update(
        title={"text": "people"}, range=[0, top], rangemode="tozero", fixedrange=True
    )
    if x_range:
        layout["xaxis"]["range"] = list(x_range)
    layout.update(clickmode="event", hovermode="closest", uirevision="figures")
    return make_figure(data, layout)


def _middles(rows: pd.DataFrame) -> np.ndarray:
    return (rows["start_ms"].to_numpy() + rows["end_ms"].to_numpy()) // 2


def _outcome_colours(rows: pd.DataFrame) -> np.ndarray:
    return rows["outcome"].map(OUTCOME_COLOURS).fillna("#777").to_numpy(dtype=object)


def _point_trace(
    rows: pd.DataFrame, heights: np.ndarray, with_text: bool
) -> dict[str, Any]:
    """The parts every figure-marker trace shares: positions, labels, hover."""
    trace: dict[str, Any] = {
        "type": "scatter",
        "x": _middles(rows),
        "y": heights,
        "mode": "markers+text" if with_text else "markers",
        "cliponaxis": False,
        "customdata": text_columns(rows, HOVER_COLUMNS),
        "hovertemplate": HOVER,
        "meta": "figures",
    }
    if with_text:
        trace["text"] = rows["label"].to_numpy(dtype=object)
    return trace


def _text_positions(
    rows: pd.DataFrame, x_range: Sequence[str] | None, vertical: str
) -> list[str]:
    """Put a label on the side of its mark that faces the middle of the chart,
    so labels near either edge are not cut off."""
    middles = _middles(rows)
    if x_range:
        low, high = (pd.Timestamp(day).value // 1_000_000 for day in x_range)
    else:
        low, high = int(rows["start_ms"].min()), int(rows["end_ms"].max())
    centre = (low + high) / 2
    return [f"{vertical} {'right' if x < centre else 'left'}" for x in middles]


def _segments(rows: pd.DataFrame) -> tuple[list, list]:
    """x and y lists drawing one horizontal segment a row, separated by gaps."""
    xs: list = []
    ys: list = []
    for start, end, count in zip(rows["start_ms"], rows["end_ms"], rows["count"]):
        xs += [int(start), int(end), None]
        ys += [float(count), float(count), None]
    return xs, ys
