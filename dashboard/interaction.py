"""How each user action changes the view state (pure; the callbacks call this)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from .view import clicked_id, window_from_relayout, window_from_selection
from .viewstate import (
    MAX_TEXT,
    LaneMode,
    ViewState,
    Vocabulary,
    cleared,
    parse_query,
)

#: Names of the triggers :func:`next_state` understands (component ids).
URL = "url"
FILTERS = "filters"
CLEAR = "clear"
CLEAR_WINDOW = "clear-window"
TIMELINE_CLICK = "timeline-click"
TIMELINE_ZOOM = "timeline-zoom"
TIMELINE_SELECT = "timeline-select"
FIGURE_CLICK = "figure-click"
DEMAND_CLICK = "demand-click"
TABLE_CLICK = "table-click"


@dataclass(frozen=True)
class FilterValues:
    """The raw values of the filter controls."""

    actors: list[str] | None = None
    event_types: list[str] | None = None
    start: str | None = None
    end: str | None = None
    sources: list[str] | None = None
    text: str | None = None
    include_context: bool | None = True
    lanes: str | None = None

    @classmethod
    def of(cls, state: ViewState) -> FilterValues:
        """The control values that show ``state``."""
        return cls(
            actors=list(state.actors),
            event_types=list(state.event_types),
            start=state.start and state.start.isoformat(),
            end=state.end and state.end.isoformat(),
            sources=list(state.sources),
            text=state.text,
            include_context=state.include_context,
            lanes=str(state.lanes),
        )


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _toggle(current: str | None, chosen: str | None) -> str | None:
    return None if chosen is None or chosen == current else chosen


def with_filters(
    state: ViewState, filters: FilterValues, vocabulary: Vocabulary
) -> ViewState:
    """``state`` with the filters the controls show (unknown values dropped)."""
    start, end = _date(filters.start), _date(filters.end)
    if start and end and start > end:
        start, end = end, start
    lanes = filters.lanes if filters.lanes in set(LaneMode) else LaneMode.TYPE
    return replace(
        state,
        actors=tuple(a for a in filters.actors or () if a in vocabulary.actors),
        event_types=tuple(
            t for t in filters.event_types or () if t in vocabulary.event_types
        ),
        start=start,
        end=end,
        sources=tuple(s for s in filters.sources or () if s in vocabulary.sources),
        text=(filters.text or "").strip()[:MAX_TEXT],
        include_context=bool(filters.include_context),
        lanes=LaneMode(lanes),
    )


def next_state(
    trigger: str | None,
    previous: ViewState,
    vocabulary: Vocabulary,
    *,
    search: str | None = None,
    filters: FilterValues | None = None,
    payload: Any = None,
) -> tuple[ViewState, tuple[str, ...]]:
    """The state after ``trigger`` happened, and notices to show the user.

    ``payload`` is the Dash property that fired (clickData, relayoutData, ...).
    An unknown or ``None`` trigger means the page was (re)loaded: read the URL.
    """
    if trigger in (None, URL):
        parsed = parse_query(search, vocabulary)
        return parsed.state, parsed.notices
    if trigger == CLEAR:
        return cleared(previous), ()
    # Every other action starts from what the filter controls show now: a
    # browser drops a call still under way when the same callback fires again
    # (a chart's relayout right after a search, say), so the controls, not the
    # dropped call, must carry the search into the next state.
    if filters is not None:
        previous = with_filters(previous, filters, vocabulary)
    if trigger == CLEAR_WINDOW:
        return replace(previous, window=None), ()
    if trigger in (TIMELINE_CLICK, TABLE_CLICK, FIGURE_CLICK):
        if trigger == TABLE_CLICK:
            chosen = (payload or {}).get("rowId")
        else:
            chosen = clicked_id(payload, 1 if trigger == FIGURE_CLICK else 0)
        if chosen not in vocabulary.events:
            return previous, ()
        event = chosen if trigger == TABLE_CLICK else _toggle(previous.event, chosen)
        return replace(previous, event=event, demand=None), ()
    if trigger == DEMAND_CLICK:
        chosen = clicked_id(payload, 0)
        if chosen not in vocabulary.demands:
            return previous, ()
        return replace(
            previous, demand=_toggle(previous.demand, chosen), event=None
        ), ()
    if trigger == TIMELINE_ZOOM:
        changed, window = window_from_relayout(payload)
        return (replace(previous, window=window) if changed else previous), ()
    if trigger == TIMELINE_SELECT:
        window = window_from_selection(payload)
        return (replace(previous, window=window) if window else previous), ()
    return previous, ()
