"""The shown events as Knight Lab TimelineJS 3 JSON, so a newsroom can publish
the timeline with the tool it knows.

Shape (https://timeline.knightlab.com/docs/json-format.html): a ``title`` slide,
``events`` with ``start_date``/``end_date`` objects holding only the parts the
date is known to (year; year+month; year+month+day), ``display_date`` as the
source states it, ``group`` by the timeline's row mode, and ``eras`` from periods.
TimelineJS renders ``text`` as HTML, so every text is escaped.
"""

from __future__ import annotations

import html
from typing import Any

import pandas as pd

from ..labels import EVENT_TYPE_LABELS, format_span
from ..loading import Dataset
from ..schema import DatePrecision
from ..selection import Selection
from ..view import source_short_names
from ..viewstate import LaneMode, ViewState
from .captions import Caption


def date_object(day: pd.Timestamp, precision: str) -> dict[str, int]:
    """A TimelineJS date with only the parts ``precision`` vouches for."""
    parts: dict[str, int] = {"year": int(day.year)}
    if precision != DatePrecision.YEAR.value:
        parts["month"] = int(day.month)
    if precision == DatePrecision.DAY.value:
        parts["day"] = int(day.day)
    return parts


def _escape(text: Any) -> str:
    return html.escape("" if text is None or pd.isna(text) else str(text))


def _groups(dataset: Dataset, events: pd.DataFrame, mode: LaneMode) -> pd.Series:
    """The group label of each event: its type, first actor or first source."""
    ids = events["id"].astype(str)
    if mode == LaneMode.TYPE:
        labels = events["event_type"].astype(str).map(EVENT_TYPE_LABELS)
        return labels.fillna(events["event_type"].astype(str)).set_axis(ids)
    if mode == LaneMode.ACTOR:
        links = dataset.event_actors.drop_duplicates("event_id")
        names = dataset.actors.set_index("id")["name"].astype(str)
        first = links.set_index("event_id")["actor_id"].astype(str).map(names)
    else:
        links = dataset.event_sources.drop_duplicates("event_id")
        short = source_short_names(dataset)
        first = links.set_index("event_id")["source_id"].astype(str).map(short)
    return first.reindex(ids).fillna("Other").set_axis(ids)


def _source_note(dataset: Dataset, event_ids: pd.Series) -> dict[str, str]:
    cites = dataset.event_sources[dataset.event_sources["event_id"].isin(event_ids)]
    short = source_short_names(dataset)
    notes: dict[str, list[str]] = {}
    for row in cites.itertuples(index=False):
        ref = str(short[str(row.source_id)])
        if isinstance(row.paragraphs, list) and row.paragraphs:
            ref += ", para. " + ", ".join(str(p) for p in row.paragraphs)
        if isinstance(row.locator, str) and row.locator:
            ref += f" ({row.locator})"
        notes.setdefault(str(row.event_id), []).append(ref)
    return {key: "; ".join(value) for key, value in notes.items()}


def timeline_document(
    dataset: Dataset, state: ViewState, selection: Selection, caption: Caption
) -> dict[str, Any]:
    """The TimelineJS JSON of the shown events."""
    events = selection.in_window
    groups = _groups(dataset, events, state.lanes)
    sources = _source_note(dataset, events["id"].astype(str))
    slides: list[dict[str, Any]] = []
    eras: list[dict[str, Any]] = []
    for row in events.itertuples(index=False):
        event_id = str(row.id)
        precision = str(row.date_precision)
        shown = format_span(row.start, row.end, precision)
        stated = row.date_as_stated if isinstance(row.date_as_stated, str) else ""
        display = f"{shown} (“{stated}”)" if stated and stated != shown else shown
        body = f"<p>{_escape(row.summary)}</p>"
        if event_id in sources:
            body += f"<p><small>Source: {_escape(sources[event_id])}</small></p>"
        slide: dict[str, Any] = {
            "unique_id": event_id,
            "start_date": date_object(row.start, precision),
            "display_date": display,
            "text": {"headline": _escape(row.title), "text": body},
            "group": str(groups[event_id]),
            "autolink": False,
        }
        if row.end != row.start:
            slide["end_date"] = date_object(row.end, precision)
        slides.append(slide)
        if bool(row.is_period):
            eras.append(
                {
                    "start_date": date_object(row.start, precision),
                    "end_date": date_object(row.end, precision),
                    "text": {"headline": _escape(row.title)},
                }
            )
    intro = f"<p>{_escape(caption.filters)}</p><p><small>{_escape(caption.footer)}"
    return {
        "title": {
            "text": {"headline": _escape(caption.title), "text": intro + "</small></p>"}
        },
        "events": slides,
        "eras": eras,
        "scale": "human",
    }
