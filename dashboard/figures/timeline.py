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
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ..labels import humanise
from ..schema import DatePrecision, Layer
from .plain import groups, make_figure, text_columns
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


def lane_rows(lanes: pd.Series, order: Sequence[str]) -> np.ndarray:
    """The row (0 = top) of each mark's lane in ``order``; -1 if not there."""
    return pd.Index(list(order)).get_indexer(lanes)


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
    in_view = visible_marks(marks, window)
    rows = lane_rows(in_view["lane"], lanes)
    if len(in_view) > max_points:
        data = [_aggregate_trace(in_view, rows, len(lanes), window, theme)]
    else:
        points = _Points.of(in_view, rows)
        data = [
            *_span_traces(points),
            *_marker_traces(points),
            *_ring_traces(points, highlighted, HIGHLIGHT_COLOUR, 18),
            *_ring_traces(points, [selected] if selected else [], SELECTED_COLOUR, 24),
        ]
    layout = base_layout(theme, max(320, 60 + 34 * len(lanes)))
    layout["yaxis"].update(
        tickvals=list(range(len(lanes))),
        ticktext=list(lanes),
        range=[len(lanes) - 0.5, -0.5],
        fixedrange=True,
        showgrid=True,
    )
    layout["xaxis"].update(
        rangeslider={
            "visible": True,
            "thickness": 0.07,
            "bgcolor": theme_colours(theme)["band"],
        },
        range=_x_range(marks, window),
    )
    layout["legend"].update(title={"text": ""}, itemclick="toggle")
    layout.update(
        uirevision=f"{window}",
        dragmode="zoom",
        clickmode="event",
        hovermode="closest",
        meta={"lanes": list(lanes)},
    )
    return make_figure(data, layout)


def _x_range(marks: pd.DataFrame, window: tuple[dt.date, dt.date] | None) -> list[str]:
    if window is not None:
        return [window[0].isoformat(), window[1].isoformat()]
    low, high = int(marks["start_ms"].min()), int(marks["end_ms"].max())
    pad = max((high - low) // 40, 20 * DAY_MS)
    return [_iso(low - pad), _iso(high + pad)]


def _iso(ms: int) -> str:
    return str(np.datetime64(int(ms), "ms").astype("datetime64[D]"))


@dataclass(frozen=True, eq=False)
class _Points:
    """Marks drawn one by one, as arrays; ``customdata`` is what hover shows."""

    event_ids: np.ndarray
    start: np.ndarray
    end: np.ndarray
    anchor: np.ndarray
    row: np.ndarray
    event_type: np.ndarray
    layer: np.ndarray
    approximate: np.ndarray
    is_period: np.ndarray
    customdata: np.ndarray

    @classmethod
    def of(cls, marks: pd.DataFrame, rows: np.ndarray) -> _Points:
        """The marks (with their label columns), in lane ``rows``."""
        precision = marks["date_precision"].astype(str).to_numpy()
        return cls(
            event_ids=marks["event_id"].astype(str).to_numpy(dtype=object),
            start=marks["start_ms"].to_numpy(),
            end=marks["end_ms"].to_numpy(),
            anchor=anchor_ms(marks),
            row=rows,
            event_type=marks["event_type"].astype(str).to_numpy(dtype=object),
            layer=marks["layer"].astype(str).to_numpy(dtype=object),
            approximate=precision == DatePrecision.APPROXIMATE.value,
            is_period=marks["is_period"].to_numpy(dtype=bool),
            customdata=text_columns(marks, ["event_id", *LABEL_COLUMNS]),
        )


def _span_traces(points: _Points) -> list[dict[str, Any]]:
    """Bars from start to end for lasting, roughly dated or period events."""
    lasting = (points.end > points.start) | points.is_period
    period, approximate = points.is_period, points.approximate
    styles = {
        "period": (lasting & period, 0.8, 0.16),
        "approximate": (lasting & ~period & approximate, 0.45, 0.22),
        "known span": (lasting & ~period & ~approximate, 0.45, 0.55),
    }
    traces = []
    for name, (mask, width, opacity) in styles.items():
        for event_type, at in groups(
            [points.event_type], np.flatnonzero(mask), sort=False
        ):
            colour, _ = event_style(event_type)
            start = points.start[at]
            traces.append(
                {
                    "type": "bar",
                    "orientation": "h",
                    "base": start,
                    "x": points.end[at] - start + DAY_MS,
                    "y": points.row[at],
                    "width": width,
                    "marker": {
                        "color": colour,
                        "opacity": opacity,
                        "line": {"color": colour, "width": 1},
                        "pattern": {"shape": "/" if name == "approximate" else ""},
                    },
                    "customdata": points.customdata[at],
                    "hovertemplate": HOVER,
                    "name": f"{humanise(event_type)} ({name})",
                    "legendgroup": event_type,
                    "showlegend": False,
                    "meta": "spans",
                }
            )
    return traces


def _marker_traces(points: _Points) -> list[dict[str, Any]]:
    """One marker trace per event type and layer, in name order (so the legend
    reads the same every time); context events are hollow."""
    anchor = points.anchor
    everything = np.arange(len(anchor))
    traces = []
    for (event_type, layer), at in groups(
        [points.event_type, points.layer], everything, sort=True
    ):
        colour, symbol = event_style(event_type)
        context = layer == Layer.CONTEXT.value
        label = humanise(event_type)
        traces.append(
            {
                "type": "scatter",
                "x": anchor[at],
                "y": points.row[at],
                "mode": "markers",
                "marker": {
                    "symbol": f"{symbol}-open" if context else symbol,
                    "size": 13,
                    "color": colour,
                    "line": {"width": 2.5 if context else 1, "color": colour},
                },
                "customdata": points.customdata[at],
                "hovertemplate": HOVER,
                "name": f"{label} (UN list)" if context else label,
                "legendgroup": event_type,
                "meta": EVENTS_META,
            }
        )
    return traces


def _ring_traces(
    points: _Points, event_ids: Collection[str], colour: str, size: int
) -> list[dict[str, Any]]:
    """A ring around each mark of ``event_ids`` (none if none is in view)."""
    at = np.flatnonzero(np.isin(points.event_ids, list(event_ids)))
    if not len(at):
        return []
    return [
        {
            "type": "scatter",
            "x": points.anchor[at],
            "y": points.row[at],
            "mode": "markers",
            "marker": {
                "symbol": "circle-open",
                "size": size,
                "color": colour,
                "line": {"width": 3, "color": colour},
            },
            "customdata": points.customdata[at],
            "hovertemplate": HOVER,
            "name": "Selected" if size > 20 else "Related",
            "meta": "selected" if size > 20 else "related",
        }
    ]


def _aggregate_trace(
    marks: pd.DataFrame,
    rows: np.ndarray,
    lane_count: int,
    window: tuple[dt.date, dt.date] | None,
    theme: str,
) -> dict[str, Any]:
    """Counts of marks per lane per time bin, as bubbles."""
    anchors = anchor_ms(marks)
    if window is not None:
        low, high = date_to_ms(window[0]), date_to_ms(window[1]) + DAY_MS
    else:
        low, high = int(anchors.min()), int(anchors.max()) + DAY_MS
    edges = np.linspace(low, high, BINS + 1)
    bins = np.clip(np.searchsorted(edges, anchors, side="right") - 1, 0, BINS - 1)
    drawn = rows >= 0
    per_key = np.bincount(rows[drawn] * BINS + bins[drawn], minlength=lane_count * BINS)
    keys = np.flatnonzero(per_key)
    counts = per_key[keys]
    lane_index, bin_index = np.divmod(keys, BINS)
    centres = ((edges[:-1] + edges[1:]) / 2).astype("int64")[bin_index]
    width_days = (high - low) / BINS / DAY_MS
    return {
        "type": "scatter",
        "x": centres,
        "y": lane_index,
        "mode": "markers",
        "marker": {
            "size": 6 + 18 * np.sqrt(counts / counts.max(initial=1)),
            "color": theme_colours(theme)["muted"],
            "opacity": 0.7,
        },
        "customdata": counts,
        "hovertemplate": (
            f"%{{customdata:,}} events in about {width_days:,.0f} days"
            "<br>Zoom in to see single events<extra></extra>"
        ),
        "name": "Events per period (zoom in for detail)",
        "meta": "aggregate",
    }
