"""The whole view (filters, selection, time window, lane mode) as one value that
round-trips through the URL query string.

Parsing never fails: values that make no sense are dropped and described in
``notices`` so the page can say what it ignored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from typing import Any
from urllib.parse import parse_qs, urlencode

from .query import EventFilter


class LaneMode(StrEnum):
    """What the timeline's rows stand for."""

    TYPE = "type"
    ACTOR = "actor"
    SOURCE = "source"


#: URL parameter names.
P_ACTOR, P_TYPE, P_FROM, P_TO, P_SOURCE = "actor", "type", "from", "to", "source"
P_TEXT, P_CONTEXT, P_LANES, P_EVENT, P_DEMAND, P_WINDOW = (
    "q",
    "context",
    "lanes",
    "event",
    "demand",
    "window",
)
KNOWN_PARAMETERS = (
    P_ACTOR,
    P_TYPE,
    P_FROM,
    P_TO,
    P_SOURCE,
    P_TEXT,
    P_CONTEXT,
    P_LANES,
    P_EVENT,
    P_DEMAND,
    P_WINDOW,
)
MAX_TEXT = 200


@dataclass(frozen=True)
class ViewState:
    """Everything needed to redraw the page the same way."""

    actors: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    start: dt.date | None = None
    end: dt.date | None = None
    sources: tuple[str, ...] = ()
    text: str = ""
    include_context: bool = True
    lanes: LaneMode = LaneMode.TYPE
    event: str | None = None
    demand: str | None = None
    window: tuple[dt.date, dt.date] | None = None

    def event_filter(self) -> EventFilter:
        """The filter part, as the query API wants it."""
        return EventFilter(
            actors=self.actors,
            event_types=self.event_types,
            start=self.start,
            end=self.end,
            sources=self.sources,
            text=self.text,
            include_context=self.include_context,
            window=self.window,
        )

    def to_store(self) -> dict[str, Any]:
        """A JSON-ready dict for a ``dcc.Store``."""
        data = asdict(self)
        for key in ("start", "end"):
            data[key] = data[key] and data[key].isoformat()
        data["window"] = self.window and [day.isoformat() for day in self.window]
        data["lanes"] = str(self.lanes)
        return data

    @classmethod
    def from_store(cls, data: Mapping[str, Any] | None) -> ViewState:
        """Inverse of :meth:`to_store` (missing or empty data → the default view)."""
        if not data:
            return cls()
        window = data.get("window")
        return cls(
            actors=tuple(data.get("actors") or ()),
            event_types=tuple(data.get("event_types") or ()),
            start=_date_or_none(data.get("start")),
            end=_date_or_none(data.get("end")),
            sources=tuple(data.get("sources") or ()),
            text=data.get("text") or "",
            include_context=bool(data.get("include_context", True)),
            lanes=LaneMode(data.get("lanes") or LaneMode.TYPE),
            event=data.get("event"),
            demand=data.get("demand"),
            window=(
                (dt.date.fromisoformat(window[0]), dt.date.fromisoformat(window[1]))
                if window
                else None
            ),
        )


def _date_or_none(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


@dataclass(frozen=True)
class Vocabulary:
    """The values a URL may name: anything else is ignored with a notice."""

    actors: frozenset[str]
    event_types: frozenset[str]
    sources: frozenset[str]
    events: frozenset[str]
    demands: frozenset[str]
    resolve_actor: Any = field(default=None, compare=False)


@dataclass(frozen=True)
class ParsedView:
    """A view read from a URL, plus what was ignored and why."""

    state: ViewState
    notices: tuple[str, ...] = ()


def _parse_date(raw: str, label: str, notices: list[str]) -> dt.date | None:
    try:
        return dt.date.fromisoformat(raw.strip())
    except ValueError:
        notices.append(f"Ignored {label} '{_shown(raw)}': use a date like 2012-02-04.")
        return None


def _shown(raw: str, limit: int = 40) -> str:
    text = "".join(ch if ch.isprintable() else "?" for ch in raw)
    return text if len(text) <= limit else text[:limit] + "…"


def _members(
    values: Iterable[str],
    known: frozenset[str],
    label: str,
    notices: list[str],
    resolve: Any = None,
) -> tuple[str, ...]:
    kept: list[str] = []
    for raw in values:
        for value in raw.split(","):
            value = value.strip()
            if not value:
                continue
            resolved = (
                value if value in known else (resolve(value) if resolve else None)
            )
            if resolved in known:
                if resolved not in kept:
                    kept.append(resolved)
            else:
                notices.append(f"Ignored {label} '{_shown(value)}': no such {label}.")
    return tuple(kept)


def parse_query(search: str | None, vocabulary: Vocabulary) -> ParsedView:
    """Read a view from a URL query string such as ``?actor=russia&from=2011-01-01``."""
    notices: list[str] = []
    params = parse_qs((search or "").lstrip("?"), keep_blank_values=False)
    for name in params:
        if name not in KNOWN_PARAMETERS:
            notices.append(f"Ignored unknown link parameter '{_shown(name)}'.")

    def last(name: str) -> str | None:
        values = params.get(name)
        return values[-1] if values else None

    actors = _members(
        params.get(P_ACTOR, []),
        vocabulary.actors,
        "actor",
        notices,
        vocabulary.resolve_actor,
    )
    types = _members(params.get(P_TYPE, []), vocabulary.event_types, "type", notices)
    sources = _members(params.get(P_SOURCE, []), vocabulary.sources, "source", notices)
    start = (
        _parse_date(last(P_FROM), f"{P_FROM} (start date)", notices)
        if last(P_FROM)
        else None
    )
    end = _parse_date(last(P_TO), f"{P_TO} (end date)", notices) if last(P_TO) else None
    if start and end and start > end:
        notices.append(
            f"Ignored {P_FROM} '{start}' and {P_TO} '{end}': "
            "the start date is after the end date."
        )
        start = end = None
    text = (last(P_TEXT) or "")[:MAX_TEXT]
    include_context = True
    if last(P_CONTEXT) is not None:
        flag = last(P_CONTEXT).strip().lower()
        if flag in {"0", "false", "no", "off", "hide"}:
            include_context = False
        elif flag not in {"1", "true", "yes", "on", "show"}:
            notices.append(f"Ignored context '{_shown(last(P_CONTEXT))}': use 1 or 0.")
    lanes = LaneMode.TYPE
    if last(P_LANES) is not None:
        try:
            lanes = LaneMode(last(P_LANES).strip().lower())
        except ValueError:
            choices = ", ".join(mode.value for mode in LaneMode)
            notices.append(
                f"Ignored lanes '{_shown(last(P_LANES))}': use one of {choices}."
            )
    event = last(P_EVENT)
    if event is not None and event not in vocabulary.events:
        notices.append(f"Ignored event '{_shown(event)}': no such event.")
        event = None
    demand = last(P_DEMAND)
    if demand is not None and demand not in vocabulary.demands:
        notices.append(f"Ignored demand '{_shown(demand)}': no such demand.")
        demand = None
    window = _parse_window(last(P_WINDOW), notices)
    state = ViewState(
        actors=actors,
        event_types=types,
        start=start,
        end=end,
        sources=sources,
        text=text,
        include_context=include_context,
        lanes=lanes,
        event=event,
        demand=demand,
        window=window,
    )
    return ParsedView(state, tuple(notices))


def _parse_window(
    raw: str | None, notices: list[str]
) -> tuple[dt.date, dt.date] | None:
    if not raw:
        return None
    low, separator, high = raw.partition("..")
    if separator:
        first = _parse_date(low, "window start", notices)
        last = _parse_date(high, "window end", notices)
        if first and last and first <= last:
            return first, last
        if first and last:
            notices.append(
                f"Ignored window '{_shown(raw)}': its start is after its end."
            )
        return None
    notices.append(f"Ignored window '{_shown(raw)}': use FROM..TO dates.")
    return None


def to_query(state: ViewState) -> str:
    """The URL query string (with leading ``?``, or empty) that reproduces ``state``."""
    pairs: list[tuple[str, str]] = []
    pairs += [(P_ACTOR, actor) for actor in state.actors]
    pairs += [(P_TYPE, kind) for kind in state.event_types]
    if state.start:
        pairs.append((P_FROM, state.start.isoformat()))
    if state.end:
        pairs.append((P_TO, state.end.isoformat()))
    pairs += [(P_SOURCE, source) for source in state.sources]
    if state.text:
        pairs.append((P_TEXT, state.text))
    if not state.include_context:
        pairs.append((P_CONTEXT, "0"))
    if state.lanes != LaneMode.TYPE:
        pairs.append((P_LANES, str(state.lanes)))
    if state.event:
        pairs.append((P_EVENT, state.event))
    if state.demand:
        pairs.append((P_DEMAND, state.demand))
    if state.window:
        pairs.append((P_WINDOW, f"{state.window[0]}..{state.window[1]}"))
    return "?" + urlencode(pairs) if pairs else ""


def cleared(state: ViewState) -> ViewState:
    """The default view, keeping only the lane mode."""
    return replace(ViewState(), lanes=state.lanes)
