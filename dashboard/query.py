"""Questions the dashboard asks of a dataset: which events, figures and demands
match the filters, and what is related to what. Every function is pure."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .actors import normalise_name
from .loading import Dataset
from .schema import Layer


@dataclass(frozen=True)
class EventFilter:
    """What the user asked to see. Empty fields mean 'no restriction'."""

    actors: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    start: dt.date | None = None
    end: dt.date | None = None
    sources: tuple[str, ...] = ()
    text: str = ""
    include_context: bool = True
    window: tuple[dt.date, dt.date] | None = field(
        default=None, metadata={"doc": "time window zoomed to on the timeline"}
    )

    @property
    def is_empty(self) -> bool:
        """True when nothing is filtered out."""
        return self == EventFilter()

    def date_bounds(self) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
        """The effective date range: the date filter narrowed by the zoom window."""
        lows = [d for d in (self.start, self.window and self.window[0]) if d]
        highs = [d for d in (self.end, self.window and self.window[1]) if d]
        low = pd.Timestamp(max(lows)) if lows else None
        high = pd.Timestamp(min(highs)) if highs else None
        return low, high


def actor_event_ids(dataset: Dataset, actor_ids: Iterable[str]) -> np.ndarray:
    """Ids of events any of ``actor_ids`` (or actors below them) took part in."""
    wanted = dataset.actor_tree.expand(actor_ids)
    links = dataset.event_actors
    return links["event_id"][links["actor_id"].isin(wanted)].astype(str).unique()


def source_event_ids(dataset: Dataset, source_ids: Iterable[str]) -> np.ndarray:
    """Ids of events cited by any of ``source_ids``."""
    links = dataset.event_sources
    return links["event_id"][links["source_id"].isin(list(source_ids))].astype(str)


def _overlaps(
    starts: pd.Series,
    ends: pd.Series,
    low: pd.Timestamp | None,
    high: pd.Timestamp | None,
) -> pd.Series:
    mask = pd.Series(True, index=starts.index)
    if low is not None:
        mask &= ends >= low
    if high is not None:
        mask &= starts <= high
    return mask


def _text_mask(texts: pd.Series, query: str) -> pd.Series:
    mask = pd.Series(True, index=texts.index)
    for word in normalise_name(query).split():
        mask &= texts.str.contains(word, regex=False)
    return mask


def filter_events(dataset: Dataset, flt: EventFilter) -> pd.DataFrame:
    """The events matching every part of ``flt``, in date order."""
    events = dataset.events
    mask = pd.Series(True, index=events.index)
    if not flt.include_context:
        mask &= events["layer"] != Layer.CONTEXT.value
    if flt.event_types:
        mask &= events["event_type"].isin(flt.event_types)
    if flt.actors:
        mask &= events["id"].isin(actor_event_ids(dataset, flt.actors))
    if flt.sources:
        mask &= events["id"].isin(source_event_ids(dataset, flt.sources))
    low, high = flt.date_bounds()
    mask &= _overlaps(events["start"], events["end"], low, high)
    if flt.text.strip():
        mask &= _text_mask(events["search_text"], flt.text)
    return events[mask]


def filter_figures(
    dataset: Dataset, flt: EventFilter, event_ids: Iterable[str]
) -> pd.DataFrame:
    """Casualty figures to show: those of the matching events, plus figures tied
    to no event that match the actor, source, date and text filters themselves."""
    figures = dataset.casualty_figures
    linked = figures["event_id"].isin(list(event_ids))
    unlinked = figures["event_id"].isna()
    if flt.actors:
        unlinked &= figures["reported_by_id"].isin(
            dataset.actor_tree.expand(flt.actors)
        )
    if flt.sources:
        unlinked &= figures["source_id"].isin(flt.sources)
    if flt.event_types:
        unlinked &= False
    if flt.text.strip():
        texts = (figures["summary"] + " " + figures["location"].fillna("")).map(
            normalise_name
        )
        unlinked &= _text_mask(texts, flt.text)
    low, high = flt.date_bounds()
    starts = figures["period_start"].fillna(figures["period_end"])
    ends = figures["period_end"].fillna(figures["period_start"])
    in_window = _overlaps(starts, ends, low, high) | starts.isna()
    return figures[(linked | unlinked) & in_window]


def filter_demands(
    dataset: Dataset, flt: EventFilter, event_ids: Iterable[str]
) -> pd.DataFrame:
    """Demands to show: made by, of or about the chosen actors (or tied to one of
    their events), from the chosen sources, made inside the date range, matching
    the text; with event types chosen, only demands tied to a matching event."""
    demands = dataset.demands
    links = dataset.demand_events
    tied = links["demand_id"][links["event_id"].isin(list(event_ids))].astype(str)
    tied_to_match = demands["id"].isin(tied)
    mask = pd.Series(True, index=demands.index)
    if flt.actors:
        wanted = dataset.actor_tree.expand(flt.actors)
        mask &= (
            demands["made_by_id"].isin(wanted)
            | demands["addressed_to_id"].isin(wanted)
            | demands["concerning_id"].isin(wanted)
            | tied_to_match
        )
    if flt.sources:
        mask &= demands["source_id"].isin(flt.sources)
    if flt.event_types:
        mask &= tied_to_match
    low, high = flt.date_bounds()
    mask &= _overlaps(demands["made_on"], demands["made_on"], low, high)
    if flt.text.strip():
        texts = (demands["text"] + " " + demands["theme"].astype(str)).map(
            normalise_name
        )
        mask &= _text_mask(texts, flt.text)
    return demands[mask]


def related_figures(dataset: Dataset, event_id: str) -> pd.DataFrame:
    """Casualty figures recorded against ``event_id``."""
    figures = dataset.casualty_figures
    return figures[figures["event_id"] == event_id]


def related_demands(dataset: Dataset, event_id: str) -> pd.DataFrame:
    """Demands made in, responding to, or settled by ``event_id``."""
    links = dataset.demand_events
    linked = links["demand_id"][links["event_id"] == event_id].astype(str)
    demands = dataset.demands
    return demands[
        demands["id"].isin(linked) | (demands["status_event_id"] == event_id)
    ]


def demand_event_ids(dataset: Dataset, demand_ids: Iterable[str]) -> list[str]:
    """Events tied to any of ``demand_ids``: made in, responded to, or settling."""
    wanted = list(demand_ids)
    links = dataset.demand_events
    linked = links["event_id"][links["demand_id"].isin(wanted)].astype(str)
    demands = dataset.demands
    settling = demands["status_event_id"][demands["id"].isin(wanted)].dropna()
    return sorted(set(linked) | set(settling.astype(str)))


def event_actor_table(dataset: Dataset, event_ids: Iterable[str]) -> pd.DataFrame:
    """Actors of the given events: ``event_id``, ``actor_id``, ``name``, ``role``."""
    links = dataset.event_actors
    links = links[links["event_id"].isin(list(event_ids))]
    names = dataset.actors.set_index("id")["name"]
    return pd.DataFrame(
        {
            "event_id": links["event_id"].astype(str),
            "actor_id": links["actor_id"].astype(str),
            "name": links["actor_id"].astype(str).map(names),
            "role": links["role"].astype(str),
        }
    )


def demands_by_theme(demands: pd.DataFrame, freq: str = "Y") -> pd.DataFrame:
    """How often each theme was demanded per period: ``theme``, ``period``
    (start of the year or month), ``count``, ``unmet``, ``met`` and the demand ids."""
    if demands.empty:
        return pd.DataFrame(
            columns=["theme", "period", "count", "met", "unmet", "demand_ids"]
        )
    period = demands["made_on"].dt.to_period(freq).dt.start_time
    grouped = demands.assign(period=period, theme=demands["theme"].astype(str))
    grouped = grouped.groupby(["theme", "period"], sort=True, observed=True)
    return grouped.agg(
        count=("id", "size"),
        met=("status", lambda s: int((s == "met").sum())),
        unmet=("status", lambda s: int((s == "unmet").sum())),
        demand_ids=("id", lambda s: sorted(s.astype(str))),
    ).reset_index()


def actor_counts(dataset: Dataset) -> pd.Series:
    """Number of events each actor takes part in, children included, by actor id."""
    links = dataset.event_actors
    per_actor = links.groupby(links["actor_id"].astype(str))["event_id"].agg(set)
    counts = {}
    for actor_id in dataset.actors["id"]:
        events: set[str] = set()
        for member in dataset.actor_tree.descendants(actor_id):
            events |= per_actor.get(member, set())
        counts[actor_id] = len(events)
    return pd.Series(counts, dtype="int64")
