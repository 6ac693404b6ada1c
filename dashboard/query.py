"""Questions the dashboard asks of a dataset: which events, figures and demands
match the filters, and what is related to what. Every function is pure.

Filters work on row positions: :func:`query_index` works out once per dataset
which row of ``dataset.events`` each link, figure and demand points to, so a
filter change is a handful of numpy operations rather than string look-ups.
"""

from __future__ import annotations

import datetime as dt
import functools
import threading
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

import numpy as np
import pandas as pd

from .actors import normalise_name
from .loading import Dataset
from .schema import Layer

T = TypeVar("T")
#: How many searched words :class:`TextSearch` remembers the matches of.
REMEMBERED_WORDS = 16


def per_dataset(build: Callable[[Dataset], T]) -> Callable[[Dataset], T]:
    """Remember ``build(dataset)`` for as long as the dataset lives.

    Datasets are never changed (a new one is loaded after a merge), so whatever
    is worked out from one stays right; the weak map lets old datasets go.
    """
    results: weakref.WeakKeyDictionary[Dataset, T] = weakref.WeakKeyDictionary()
    lock = threading.Lock()

    @functools.wraps(build)
    def cached(dataset: Dataset) -> T:
        if dataset not in results:
            with lock:
                if dataset not in results:
                    results[dataset] = build(dataset)
        return results[dataset]

    return cached


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


class TextSearch:
    """Which rows of a text column contain each word of a query.

    Rows matching a word are remembered for the latest :data:`REMEMBERED_WORDS`
    words: once searched, a word costs nothing while the user changes the other
    filters, zooms or clicks.
    """

    def __init__(self, texts: pd.Series) -> None:
        self._texts = texts
        self._rows_with = functools.lru_cache(maxsize=REMEMBERED_WORDS)(self._search)

    def _search(self, word: str) -> np.ndarray:
        found = self._texts.str.contains(word, regex=False).to_numpy(dtype=bool)
        return _read_only(found)

    def matching(self, query: str) -> np.ndarray:
        """Mask of the rows containing every word of ``query`` (normalised, as
        the texts are)."""
        mask = np.ones(len(self._texts), dtype=bool)
        for word in normalise_name(query).split():
            mask &= self._rows_with(word)
        return mask


@dataclass(frozen=True, eq=False)
class QueryIndex:
    """Where things sit in one dataset; rows are positions, -1 meaning none."""

    event_ids: pd.Index
    event_starts: np.ndarray
    event_ends: np.ndarray
    context: np.ndarray
    event_search: TextSearch
    actor_link_events: np.ndarray
    source_link_events: np.ndarray
    figure_events: np.ndarray
    figure_untied: np.ndarray
    figure_starts: np.ndarray
    figure_ends: np.ndarray
    figure_search: TextSearch
    demand_link_events: np.ndarray
    demand_link_demands: np.ndarray
    demand_dates: np.ndarray
    demand_search: TextSearch


def _searchable(texts: pd.Series) -> TextSearch:
    """Search over ``texts`` made case-, accent- and spacing-insensitive."""
    return TextSearch(texts.map(normalise_name).astype("str"))


def _read_only(values: np.ndarray) -> np.ndarray:
    """``values``, made read-only: indexes are shared by every request."""
    values.flags.writeable = False
    return values


@per_dataset
def query_index(dataset: Dataset) -> QueryIndex:
    """The positions and search texts filters need, worked out once per dataset."""
    events = dataset.events
    event_ids = pd.Index(events["id"])
    figures = dataset.casualty_figures
    demands = dataset.demands
    links = dataset.demand_events
    arrays = {
        "event_starts": events["start"].to_numpy(),
        "event_ends": events["end"].to_numpy(),
        "context": (events["layer"] == Layer.CONTEXT.value).to_numpy(),
        "actor_link_events": event_ids.get_indexer(dataset.event_actors["event_id"]),
        "source_link_events": event_ids.get_indexer(dataset.event_sources["event_id"]),
        "figure_events": event_ids.get_indexer(figures["event_id"]),
        "figure_untied": figures["event_id"].isna().to_numpy(),
        "figure_starts": figures["period_start"]
        .fillna(figures["period_end"])
        .to_numpy(),
        "figure_ends": figures["period_end"].fillna(figures["period_start"]).to_numpy(),
        "demand_link_events": event_ids.get_indexer(links["event_id"]),
        "demand_link_demands": pd.Index(demands["id"]).get_indexer(links["demand_id"]),
        "demand_dates": demands["made_on"].to_numpy(),
    }
    return QueryIndex(
        event_ids=event_ids,
        event_search=TextSearch(events["search_text"]),
        figure_search=_searchable(
            figures["summary"] + " " + figures["location"].fillna("")
        ),
        demand_search=_searchable(demands["text"] + " " + demands["theme"].astype(str)),
        **{name: _read_only(values) for name, values in arrays.items()},
    )


def event_positions(dataset: Dataset, event_ids: Iterable[str]) -> np.ndarray:
    """The row of each of ``event_ids`` in ``dataset.events`` (-1 if absent).

    Rows taken from ``dataset.events`` keep their index labels, which are those
    rows: for them a cheap check replaces the look-up.
    """
    if isinstance(event_ids, pd.Series):
        rows = _rows_from_labels(event_ids, dataset.events["id"])
        if rows is not None:
            return rows
    else:
        event_ids = pd.Index(list(event_ids), dtype="str")
    return query_index(dataset).event_ids.get_indexer(event_ids)


def _rows_from_labels(ids: pd.Series, all_ids: pd.Series) -> np.ndarray | None:
    """``ids``' index labels, if they are the rows of ``all_ids`` holding them."""
    if ids.empty:
        return np.empty(0, dtype=np.intp)
    if not pd.api.types.is_integer_dtype(ids.index.dtype):
        return None
    rows = ids.index.to_numpy()
    if rows.min() < 0 or rows.max() >= len(all_ids):
        return None
    same = all_ids.array.take(rows) == ids.array
    if isinstance(same, pd.api.extensions.ExtensionArray):
        same = same.to_numpy(dtype=bool, na_value=False)
    return rows.astype(np.intp, copy=False) if np.all(same) else None


def rows_to_flags(rows: np.ndarray, size: int) -> np.ndarray:
    """A boolean mask of length ``size``, true at ``rows`` (negative rows ignored)."""
    flags = np.zeros(size, dtype=bool)
    flags[rows[rows >= 0]] = True
    return flags


def _flags_at(flags: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """``flags[rows]``, false where a row is -1 (points nowhere)."""
    return np.where(rows >= 0, flags[rows], False)


def event_flags(dataset: Dataset, event_ids: Iterable[str]) -> np.ndarray:
    """Mask over ``dataset.events``: true for the rows of ``event_ids``."""
    return rows_to_flags(event_positions(dataset, event_ids), len(dataset.events))


def actor_event_ids(dataset: Dataset, actor_ids: Iterable[str]) -> np.ndarray:
    """Ids of events any of ``actor_ids`` (or actors below them) took part in."""
    wanted = dataset.actor_tree.expand(actor_ids)
    links = dataset.event_actors
    return links["event_id"][links["actor_id"].isin(wanted)].astype(str).unique()


def source_event_ids(dataset: Dataset, source_ids: Iterable[str]) -> np.ndarray:
    """Ids of events cited by any of ``source_ids``."""
    links = dataset.event_sources
    return links["event_id"][links["source_id"].isin(list(source_ids))].astype(str)


def _linked_events(
    link_events: np.ndarray, chosen_links: pd.Series, size: int
) -> np.ndarray:
    """Mask over events: true for events of the chosen link rows."""
    return rows_to_flags(link_events[chosen_links.to_numpy(dtype=bool)], size)


def _overlap_flags(
    starts: np.ndarray,
    ends: np.ndarray,
    low: pd.Timestamp | None,
    high: pd.Timestamp | None,
) -> np.ndarray:
    """True where [start, end] overlaps [low, high] (NaT dates never do)."""
    mask = np.ones(len(starts), dtype=bool)
    if low is not None:
        mask &= ends >= low.to_datetime64()
    if high is not None:
        mask &= starts <= high.to_datetime64()
    return mask


def event_mask(dataset: Dataset, flt: EventFilter) -> np.ndarray:
    """Mask over ``dataset.events``: the rows matching every part of ``flt``."""
    index = query_index(dataset)
    events = dataset.events
    size = len(events)
    mask = np.ones(size, dtype=bool)
    if not flt.include_context:
        mask &= ~index.context
    if flt.event_types:
        mask &= events["event_type"].isin(flt.event_types).to_numpy(dtype=bool)
    if flt.actors:
        wanted = dataset.actor_tree.expand(flt.actors)
        chosen = dataset.event_actors["actor_id"].isin(wanted)
        mask &= _linked_events(index.actor_link_events, chosen, size)
    if flt.sources:
        chosen = dataset.event_sources["source_id"].isin(list(flt.sources))
        mask &= _linked_events(index.source_link_events, chosen, size)
    low, high = flt.date_bounds()
    mask &= _overlap_flags(index.event_starts, index.event_ends, low, high)
    if flt.text.strip():
        mask &= index.event_search.matching(flt.text)
    return mask


def filter_events(dataset: Dataset, flt: EventFilter) -> pd.DataFrame:
    """The events matching every part of ``flt``, in date order."""
    return dataset.events[event_mask(dataset, flt)]


def figure_mask(
    dataset: Dataset, flt: EventFilter, shown_events: np.ndarray
) -> np.ndarray:
    """Mask over casualty figures: those of the events flagged in
    ``shown_events`` (a mask over ``dataset.events``), plus figures tied to no
    event that match the actor, source, date and text filters themselves."""
    index = query_index(dataset)
    figures = dataset.casualty_figures
    linked = _flags_at(shown_events, index.figure_events)
    unlinked = index.figure_untied.copy()
    if flt.actors:
        wanted = dataset.actor_tree.expand(flt.actors)
        unlinked &= figures["reported_by_id"].isin(wanted).to_numpy(dtype=bool)
    if flt.sources:
        unlinked &= figures["source_id"].isin(flt.sources).to_numpy(dtype=bool)
    if flt.event_types:
        unlinked[:] = False
    if flt.text.strip():
        unlinked &= index.figure_search.matching(flt.text)
    low, high = flt.date_bounds()
    in_window = _overlap_flags(index.figure_starts, index.figure_ends, low, high)
    return (linked | unlinked) & (in_window | np.isnat(index.figure_starts))


def filter_figures(
    dataset: Dataset, flt: EventFilter, event_ids: Iterable[str]
) -> pd.DataFrame:
    """Casualty figures to show: those of the matching events, plus figures tied
    to no event that match the actor, source, date and text filters themselves."""
    shown = event_flags(dataset, event_ids)
    return dataset.casualty_figures[figure_mask(dataset, flt, shown)]


def demand_mask(
    dataset: Dataset, flt: EventFilter, shown_events: np.ndarray
) -> np.ndarray:
    """Mask over demands, given the events flagged in ``shown_events`` (a mask
    over ``dataset.events``); see :func:`filter_demands`."""
    index = query_index(dataset)
    demands = dataset.demands
    tied_links = _flags_at(shown_events, index.demand_link_events)
    tied_to_match = rows_to_flags(index.demand_link_demands[tied_links], len(demands))
    mask = np.ones(len(demands), dtype=bool)
    if flt.actors:
        wanted = dataset.actor_tree.expand(flt.actors)
        mask &= (
            demands["made_by_id"].isin(wanted)
            | demands["addressed_to_id"].isin(wanted)
            | demands["concerning_id"].isin(wanted)
        ).to_numpy(dtype=bool) | tied_to_match
    if flt.sources:
        mask &= demands["source_id"].isin(flt.sources).to_numpy(dtype=bool)
    if flt.event_types:
        mask &= tied_to_match
    low, high = flt.date_bounds()
    mask &= _overlap_flags(index.demand_dates, index.demand_dates, low, high)
    if flt.text.strip():
        mask &= index.demand_search.matching(flt.text)
    return mask


def filter_demands(
    dataset: Dataset, flt: EventFilter, event_ids: Iterable[str]
) -> pd.DataFrame:
    """Demands to show: made by, of or about the chosen actors (or tied to one of
    their events), from the chosen sources, made inside the date range, matching
    the text; with event types chosen, only demands tied to a matching event."""
    shown = event_flags(dataset, event_ids)
    return dataset.demands[demand_mask(dataset, flt, shown)]


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
