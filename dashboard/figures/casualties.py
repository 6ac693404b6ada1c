"""Casualty figures over their periods.

Each figure is a segment across its period at the height of its number. Lower
bounds ('more than', 'at least') carry an upward arrow and an open band above the
line; 'about' is dashed; reports with no number are shaded periods with their
words. Figures for overlapping periods sit side by side — never summed.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ..schema import Qualifier
from .style import SELECTED_COLOUR, base_layout, empty_figure, theme_colours

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


def _customdata(rows: pd.DataFrame) -> np.ndarray:
    columns = ["id", "event_id", "label", "period_label", "reporter", "source_label"]
    return np.column_stack([rows[c].fillna("").astype(str).to_numpy() for c in columns])


def casualty_figure(
    figures: pd.DataFrame,
    *,
    highlighted: Collection[str] = (),
    x_range: Sequence[str] | None = None,
    theme: str = "light",
) -> go.Figure:
    """Draw casualty figures; ``highlighted`` ids are emphasised."""
    if figures.empty:
        return empty_figure(NO_FIGURES, theme)
    colours = theme_colours(theme)
    shown = figures.sort_values("count", ascending=False, na_position="last")
    omitted = max(len(shown) - MAX_FIGURES, 0)
    shown = shown.head(MAX_FIGURES)
    counted = shown[shown["count"].notna()]
    unnumbered = shown[shown["count"].isna()]
    top = float(counted["count"].max()) * 1.35 if not counted.empty else 1.0
    figure = go.Figure(layout=base_layout(theme, 260))
    with_text = len(shown) <= MAX_TEXT_LABELS

    for kind, rows in counted.groupby(counted["qualifier"].map(_kind), sort=False):
        name, symbol, dash = KIND_STYLE[kind]
        xs, ys = _segments(rows)
        figure.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                mode="lines",
                line={"color": colours["text"], "width": 3, "dash": dash},
                hoverinfo="skip",
                showlegend=False,
                legendgroup=kind,
            )
        )
        figure.add_trace(
            go.Scatter(
                x=(rows["start_ms"] + rows["end_ms"]) // 2,
                y=rows["count"].astype(float),
                mode="markers+text" if with_text else "markers",
                text=rows["label"] if with_text else None,
                textposition=_text_positions(rows, x_range, "top"),
                cliponaxis=False,
                marker={
                    "symbol": symbol,
                    "size": 16,
                    "color": rows["outcome"].map(OUTCOME_COLOURS).fillna("#777"),
                    "line": {"width": 1, "color": colours["text"]},
                },
                customdata=_customdata(rows),
                hovertemplate=HOVER,
                name=name,
                legendgroup=kind,
                meta="figures",
            )
        )
        if kind == "lower" and len(rows) <= MAX_TEXT_LABELS:
            for row in rows.itertuples():
                figure.add_shape(
                    type="rect",
                    x0=row.start_ms,
                    x1=row.end_ms,
                    y0=float(row.count),
                    y1=top,
                    line={"width": 0},
                    fillcolor=OUTCOME_COLOURS.get(str(row.outcome), "#777"),
                    opacity=0.12,
                    layer="below",
                )

    if not unnumbered.empty:
        for row in unnumbered.head(MAX_TEXT_LABELS).itertuples():
            figure.add_shape(
                type="rect",
                x0=row.start_ms,
                x1=row.end_ms,
                y0=0,
                y1=top,
                line={"width": 1, "dash": "dot", "color": colours["muted"]},
                fillcolor=colours["band"],
                layer="below",
            )
        figure.add_trace(
            go.Scatter(
                x=(unnumbered["start_ms"] + unnumbered["end_ms"]) // 2,
                y=np.full(len(unnumbered), top * 0.8),
                mode="markers+text" if with_text else "markers",
                text=unnumbered["label"] if with_text else None,
                textposition=_text_positions(unnumbered, x_range, "bottom"),
                cliponaxis=False,
                marker={
                    "symbol": "asterisk-open",
                    "size": 14,
                    "color": unnumbered["outcome"].map(OUTCOME_COLOURS).fillna("#777"),
                    "line": {"width": 2},
                },
                customdata=_customdata(unnumbered),
                hovertemplate=HOVER,
                name="Reported without a number",
                meta="figures",
            )
        )

    marked = shown[shown["id"].isin(list(highlighted))]
    if not marked.empty:
        figure.add_trace(
            go.Scatter(
                x=(marked["start_ms"] + marked["end_ms"]) // 2,
                y=marked["count"].astype(float).fillna(top * 0.8),
                mode="markers",
                marker={
                    "symbol": "circle-open",
                    "size": 28,
                    "color": SELECTED_COLOUR,
                    "line": {"width": 3, "color": SELECTED_COLOUR},
                },
                customdata=_customdata(marked),
                hovertemplate=HOVER,
                name="Related to the selected event",
                meta="related",
            )
        )
    if omitted:
        figure.add_annotation(
            text=f"Showing the {MAX_FIGURES} largest of {len(figures):,} figures:"
            " zoom in for the rest",
            xref="paper",
            yref="paper",
            x=0,
            y=1.12,
            showarrow=False,
            font={"color": colours["muted"]},
        )
    figure.update_yaxes(
        title={"text": "people"}, range=[0, top], rangemode="tozero", fixedrange=True
    )
    figure.update_xaxes(range=list(x_range) if x_range else None)
    figure.update_layout(clickmode="event", hovermode="closest", uirevision="figures")
    return figure


def _text_positions(
    rows: pd.DataFrame, x_range: Sequence[str] | None, vertical: str
) -> list[str]:
    """Put a label on the side of its mark that faces the middle of the chart,
    so labels near either edge are not cut off."""
    middles = (rows["start_ms"] + rows["end_ms"]) // 2
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
