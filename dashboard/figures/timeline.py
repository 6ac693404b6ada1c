"""The timeline: every event at its date, in lanes, with its uncertainty drawn.

* one marker per event (shape and colour by type); context events are hollow;
* events that last (or whose date is only known to a month, or roughly) also get
  a bar from start to end — solid for known spans, faded for approximate ones,
  a wide translucent band for periods;
* when more events fall in the visible window than ``max_points``, the chart
  shows counts per lane per time bin instead, until the user zooms in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ..labels import humanise
from ..schema import DatePrecision, Layer
from .style import (
    HIGHLIGHT_COLOUR,
    SELECTED_COLOUR,
    base_layout,
    empty_figure,
    event_style,
    theme_colours,
)

DAY_MS = 86_400_000
EVENTS_META = "events"
MAX_POINTS = 4000
BINS = 120
NO_MATCH = "No events match these filters"

HOVER = (
    "<b>%{customdata[1]}</b><br>%{customdata[2]}"
    "<br><i>As the source puts it:</i> %{customdata[3]}"
    "<br>%{customdata[4]}<extra>%{fullData.name}</extra>"
)

#: Columns a marks frame must have (see :func:`dashboard.view.timeline_marks`).
MARK_COLUMNS = (
    "event_id",
    "lane",
    "start_ms",
    "end_ms",
    "event_type",
    "layer",
    "date_precision",
    "is_period",
)
LABEL_COLUMNS = ("title", "date_label", "as_stated", "actors_label")


def to_ms(values: pd.Series) -> np.ndarray:
    """Dates as integer milliseconds since 1970 (compact for the browser)."""
    return values.to_numpy(dtype="datetime64[ms]").astype("int64")


def date_to_ms(day: dt.date) -> int:
    """One date as milliseconds since 1970."""
    return int(np.datetime64(day, "ms").astype("int64"))


def anchor_ms(marks: pd.DataFrame) -> np.ndarray:
    """Where an event's marker sits: its day, or the middle of its span."""
    return (marks["start_ms"].to_numpy() + marks["end_ms"].to_numpy()) // 2


def visible_marks(
    marks: pd.DataFrame, window: tuple[dt.date, dt.date] | None
) -> pd.DataFrame:
    """Marks that overlap ``window`` (all of them without a window)."""
    if window is None:
        return marks
    low, high = date_to_ms(window[0]), date_to_ms(window[1]) + DAY_MS
    return marks[(marks["end_ms"] >= low) & (marks["start_ms"] <= high)]


def timeline_figure(
    marks: pd.DataFrame,
    lanes: Sequence[str],
    *,
    selected: str | None = None,
    highlighted: Collection[str] = (),
    window: tuple[dt.date, dt.date] | None = None,
    theme: str = "light",
    max_points: int = MAX_POINTS,
) -> go.Figure:
    """Draw ``marks`` (one row per event and lane) on ``lanes`` (top to bottom)."""
    if marks.empty:
        return empty_figure(NO_MATCH, theme, height=320)
    lane_position = {lane: index for index, lane in enumerate(lanes)}
    in_view = visible_marks(marks, window)
    height = max(320, 60 + 34 * len(lanes))
    figure = go.Figure(layout=base_layout(theme, height))
    if len(in_view) > max_points:
        _add_aggregate(figure, in_view, lane_position, window, theme)
    else:
        _add_spans(figure, in_view, lane_position)
        _add_markers(figure, in_view, lane_position)
        _add_rings(figure, in_view, lane_position, highlighted, HIGHLIGHT_COLOUR, 18)
        if selected:
            _add_rings(figure, in_view, lane_position, [selected], SELECTED_COLOUR, 24)
    colours = theme_colours(theme)
    figure.update_yaxes(
        tickvals=list(range(len(lanes))),
        ticktext=list(lanes),
        range=[len(lanes) - 0.5, -0.5],
        fixedrange=True,
        showgrid=True,
    )
    figure.update_xaxes(
        rangeslider={"visible": True, "thickness": 0.07, "bgcolor": colours["band"]},
        range=_x_range(marks, window),
    )
    figure.update_layout(
        uirevision=f"{window}",
        dragmode="zoom",
        clickmode="event",
        hovermode="closest",
        legend={"title": {"text": ""}, "itemclick": "toggle"},
        meta={"lanes": list(lanes)},
    )
    return figure


def _x_range(marks: pd.DataFrame, window: tuple[dt.date, dt.date] | None) -> list[str]:
    if window is not None:
        return [window[0].isoformat(), window[1].isoformat()]
    low, high = int(marks["start_ms"].min()), int(marks["end_ms"].max())
    pad = max((high - low) // 40, 20 * DAY_MS)
    return [_iso(low - pad), _iso(high + pad)]


def _iso(ms: int) -> str:
    return str(np.datetime64(int(ms), "ms").astype("datetime64[D]"))


def _customdata(rows: pd.DataFrame) -> np.ndarray:
    return np.column_stack(
        [rows["event_id"].astype(str).to_numpy()]
        + [rows[column].fillna("").astype(str).to_numpy() for column in LABEL_COLUMNS]
    )


def _add_spans(
    figure: go.Figure, marks: pd.DataFrame, lane_position: dict[str, int]
) -> None:
    lasting = marks[(marks["end_ms"] > marks["start_ms"]) | marks["is_period"]]
    if lasting.empty:
        return
    approximate = lasting["date_precision"] == DatePrecision.APPROXIMATE.value
    styles = {
        "period": (lasting["is_period"], 0.8, 0.16),
        "approximate": (~lasting["is_period"] & approximate, 0.45, 0.22),
        "known span": (~lasting["is_period"] & ~approximate, 0.45, 0.55),
    }
    for name, (mask, width, opacity) in styles.items():
        rows = lasting[mask]
        for event_type, group in rows.groupby("event_type", observed=True, sort=False):
            colour, _ = event_style(str(event_type))
            figure.add_trace(
                go.Bar(
                    orientation="h",
                    base=group["start_ms"].to_numpy(),
                    x=(group["end_ms"] - group["start_ms"] + DAY_MS).to_numpy(),
                    y=group["lane"].map(lane_position).to_numpy(),
                    width=width,
                    marker={
                        "color": colour,
                        "opacity": opacity,
                        "line": {"color": colour, "width": 1},
                        "pattern": {"shape": "/" if name == "approximate" else ""},
                    },
                    customdata=_customdata(group),
                    hovertemplate=HOVER,
                    name=f"{humanise(str(event_type))} ({name})",
                    legendgroup=str(event_type),
                    showlegend=False,
                    meta="spans",
                )
            )


def _add_markers(
    figure: go.Figure, marks: pd.DataFrame, lane_position: dict[str, int]
) -> None:
    marks = marks.assign(anchor=anchor_ms(marks))
    for (event_type, layer), group in marks.groupby(
        ["event_type", "layer"], observed=True, sort=True
    ):
        colour, symbol = event_style(str(event_type))
        context = layer == Layer.CONTEXT.value
        label = humanise(str(event_type))
        figure.add_trace(
            go.Scatter(
                x=group["anchor"].to_numpy(),
                y=group["lane"].map(lane_position).to_numpy(),
                mode="markers",
                marker={
                    "symbol": f"{symbol}-open" if context else symbol,
                    "size": 13,
                    "color": colour,
                    "line": {"width": 2.5 if context else 1, "color": colour},
                },
                customdata=_customdata(group),
                hovertemplate=HOVER,
                name=f"{label} (UN list)" if context else label,
                legendgroup=str(event_type),
                meta=EVENTS_META,
            )
        )


def _add_rings(
    figure: go.Figure,
    marks: pd.DataFrame,
    lane_position: dict[str, int],
    event_ids: Collection[str],
    colour: str,
    size: int,
) -> None:
    rows = marks[marks["event_id"].isin(list(event_ids))]
    if rows.empty:
        return
    figure.add_trace(
        go.Scatter(
            x=anchor_ms(rows),
            y=rows["lane"].map(lane_position).to_numpy(),
            mode="markers",
            marker={
                "symbol": "circle-open",
                "size": size,
                "color": colour,
                "line": {"width": 3, "color": colour},
            },
            customdata=_customdata(rows),
            hovertemplate=HOVER,
            name="Selected" if size > 20 else "Related",
            meta="selected" if size > 20 else "related",
        )
    )


def _add_aggregate(
    figure: go.Figure,
    marks: pd.DataFrame,
    lane_position: dict[str, int],
    window: tuple[dt.date, dt.date] | None,
    theme: str,
) -> None:
    anchors = anchor_ms(marks)
    if window is not None:
        low, high = date_to_ms(window[0]), date_to_ms(window[1]) + DAY_MS
    else:
        low, high = int(anchors.min()), int(anchors.max()) + DAY_MS
    edges = np.linspace(low, high, BINS + 1)
    bins = np.clip(np.searchsorted(edges, anchors, side="right") - 1, 0, BINS - 1)
    lanes = marks["lane"].map(lane_position).to_numpy()
    keys = lanes.astype("int64") * BINS + bins
    unique, counts = np.unique(keys, return_counts=True)
    lane_index, bin_index = np.divmod(unique, BINS)
    centres = ((edges[:-1] + edges[1:]) / 2).astype("int64")[bin_index]
    width_days = (high - low) / BINS / DAY_MS
    figure.add_trace(
        go.Scatter(
            x=centres,
            y=lane_index,
            mode="markers",
            marker={
                "size": 6 + 18 * np.sqrt(counts / counts.max()),
                "color": theme_colours(theme)["muted"],
                "opacity": 0.7,
            },
            customdata=counts,
            hovertemplate=(
                f"%{{customdata:,}} events in about {width_days:,.0f} days"
                "<br>Zoom in to see single events<extra></extra>"
            ),
            name="Events per period (zoom in for detail)",
            meta="aggregate",
        )
    )
