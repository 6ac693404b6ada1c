"""The words an exported chart carries: what is shown, from where, and when."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from ..labels import EVENT_TYPE_LABELS, format_span
from ..loading import Dataset
from ..schema import Layer
from ..selection import Selection
from ..view import source_short_names
from ..viewstate import ViewState


@dataclass(frozen=True)
class Caption:
    """The title block and footer lines of an export."""

    title: str
    filters: str
    sources: str
    generated: str

    @property
    def footer(self) -> str:
        """Sources and generation date on one line."""
        return f"{self.sources} · {self.generated}"


def _day(day: dt.date) -> str:
    return format_span(day, day, "day")


def _span(low: dt.date | None, high: dt.date | None) -> str:
    """'2011–2012' for whole years, else '4 Oct 2011 – 2 Feb 2012'; open ends
    read 'from …' / 'until …'."""
    if low and high:
        if (low.month, low.day, high.month, high.day) == (1, 1, 12, 31):
            if low.year == high.year:
                return str(low.year)
            return f"{low.year}–{high.year}"
        return f"{_day(low)} – {_day(high)}"
    if low:
        return f"from {_day(low)}"
    if high:
        return f"until {_day(high)}"
    return ""


def _names(frame: pd.DataFrame, ids: tuple[str, ...], column: str = "name") -> str:
    names = frame.set_index("id")[column]
    return ", ".join(str(names.get(item, item)) for item in ids)


def filter_description(dataset: Dataset, state: ViewState) -> str:
    """The active filters in words: 'Actor: Russia · 2011–2012'."""
    parts: list[str] = []
    if state.actors:
        label = "Actor" if len(state.actors) == 1 else "Actors"
        parts.append(f"{label}: {_names(dataset.actors, state.actors)}")
    if state.event_types:
        label = "Type" if len(state.event_types) == 1 else "Types"
        types = ", ".join(EVENT_TYPE_LABELS.get(t, t) for t in state.event_types)
        parts.append(f"{label}: {types}")
    if state.start or state.end:
        parts.append(_span(state.start, state.end))
    if state.window:
        parts.append(f"Zoomed to {_span(*state.window)}")
    if state.sources:
        short = source_short_names(dataset)
        label = "Source" if len(state.sources) == 1 else "Sources"
        parts.append(f"{label}: " + "; ".join(short.get(s, s) for s in state.sources))
    if state.text:
        parts.append(f"Search: “{state.text}”")
    if not state.include_context:
        parts.append("Context layer hidden")
    return " · ".join(parts) if parts else "All events"


def used_source_ids(dataset: Dataset, selection: Selection) -> list[str]:
    """Sources behind the rows shown, campaign documents first, in date order."""
    cites = dataset.event_sources
    used = set(cites["source_id"][cites["event_id"].isin(selection.in_window["id"])])
    used |= set(selection.figures["source_id"])
    used |= set(selection.demands["source_id"])
    sources = dataset.sources[dataset.sources["id"].isin(used)].copy()
    sources["is_context"] = sources["layer"] == Layer.CONTEXT.value
    sources = sources.sort_values(["is_context", "published", "id"], kind="stable")
    return [str(item) for item in sources["id"]]


def source_line(dataset: Dataset, selection: Selection) -> str:
    """'Source: Amnesty International, 2 Feb 2012; UN Security Council veto list'."""
    ids = used_source_ids(dataset, selection)
    if not ids:
        return "Source: none (nothing matches the filters)"
    short = source_short_names(dataset)
    label = "Source" if len(ids) == 1 else "Sources"
    return f"{label}: " + "; ".join(str(short[item]) for item in ids)


def build_caption(
    dataset: Dataset,
    state: ViewState,
    selection: Selection,
    title: str,
    now: dt.datetime,
) -> Caption:
    """Everything an export says about itself."""
    return Caption(
        title=title,
        filters=filter_description(dataset, state),
        sources=source_line(dataset, selection),
        generated=f"Generated {_day(now.date())}, {now:%H:%M}",
    )
