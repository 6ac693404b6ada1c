"""From a dataset and a view state to everything the page shows.

Pure functions only: the callbacks call :func:`render_view` and hand the result
to Dash components. Figures come from :mod:`dashboard.figures`.

A filter change has to stay quick on 100,000 events, so what depends only on the
dataset (who takes part in which event, where each source cites it, the lanes
an event goes in) is worked out once per dataset
(:func:`~dashboard.query.per_dataset`), and words are made only for what is
drawn: the points in view (none when they are shown as counts), the table's
first rows and the figures and demands of the window.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from .figures.casualties import casualty_figure, drawn_figures
from .figures.demands import demand_figure
from .figures.timeline import (
    DAY_MS,
    MAX_POINTS,
    timeline_figure,
    to_ms,
    visible_marks,
)
from .labels import EVENT_TYPE_LABELS, figure_label, format_span, humanise
from .loading import Dataset
from .query import (
    demand_event_ids,
    event_actor_table,
    event_positions,
    per_dataset,
    query_index,
    related_demands,
    related_figures,
)
from .schema import ActorRole, DatePrecision, EventType
from .selection import select_rows, take_rows
from .viewstate import LaneMode, ViewState, Vocabulary

#: Most rows :func:`table_rows` gives (exports list this many).
MAX_TABLE_ROWS = 5000
#: Rows of the page's event table: more than a person reads; the page says
#: when there are more and how to narrow them down.
PAGE_TABLE_ROWS = 1000
MAX_ACTOR_LANES = 20
OTHER_LANE = "Other actors"
NO_ACTOR_LANE = "No actor named"
#: Roles that say where something happened, not who did it: not used for lanes.
BACKGROUND_ROLES = {ActorRole.FORUM.value, ActorRole.SUBJECT.value}
#: Event columns the timeline's marks are made from.
MARK_SOURCE_COLUMNS = [
    "id",
    "start",
    "end",
    "event_type",
    "layer",
    "date_precision",
    "is_period",
]
_NAT = np.iinfo("int64").min


def vocabulary_of(dataset: Dataset) -> Vocabulary:
    """The ids a URL may name in ``dataset``."""
    return Vocabulary(
        actors=frozenset(dataset.actors["id"]),
        event_types=frozenset(item.value for item in EventType),
        sources=frozenset(dataset.sources["id"]),
        events=frozenset(dataset.events["id"]),
        demands=frozenset(dataset.demands["id"]),
        resolve_actor=dataset.actor_tree.resolve,
    )


def source_short_names(dataset: Dataset) -> pd.Series:
    """A short label per source id: publisher and date ('Amnesty International,
    2 Feb 2012'), or the title when undated."""
    sources = dataset.sources
    labels = []
    for row in sources.itertuples():
        if pd.isna(row.published):
            labels.append(str(row.title))
        else:
            when = format_span(row.published, row.published, str(row.date_precision))
            labels.append(f"{row.publisher}, {when}")
    return pd.Series(labels, index=sources["id"].astype(str))


@dataclass(frozen=True, eq=False)
class _Names:
    """Actor names and source short names by id."""

    actors: pd.Series
    sources: pd.Series


@per_dataset
def _names(dataset: Dataset) -> _Names:
    return _Names(
        actors=dataset.actors.set_index("id")["name"].astype(str),
        sources=source_short_names(dataset),
    )


@lru_cache(maxsize=1 << 16)
def _span_label(start: int, end: int, precision: str) -> str:
    """:func:`format_span` of days given as seconds since 1970 (remembered: the
    same spans come back on every filter change)."""
    return format_span(
        pd.Timestamp(start, unit="s"), pd.Timestamp(end, unit="s"), precision
    )


def _seconds(days: pd.Series) -> list[int]:
    return days.to_numpy(dtype="datetime64[s]").astype("int64").tolist()


def span_labels(
    starts: pd.Series, ends: pd.Series, precisions: pd.Series, undated: str = ""
) -> list[str]:
    """Each row's span worded at its precision ('4 Oct 2011', 'Dec 2011');
    ``undated`` where the start is missing."""
    return [
        undated if start == _NAT else _span_label(start, end, precision)
        for start, end, precision in zip(
            _seconds(starts), _seconds(ends), precisions.astype(str).tolist()
        )
    ]


@dataclass(frozen=True, eq=False)
class _ByEvent:
    """Items of a link table grouped by the event row they are about, in link
    order: those of event row ``r`` are ``items[bounds[r]:bounds[r + 1]]``."""

    bounds: np.ndarray
    items: np.ndarray

    @classmethod
    def build(cls, event_rows: np.ndarray, items: np.ndarray, size: int) -> _ByEvent:
        """Group ``items`` (one per link) by ``event_rows`` (-1: no event) over
        ``size`` events."""
        known = np.flatnonzero(event_rows >= 0)
        order = known[np.argsort(event_rows[known], kind="stable")]
        bounds = np.searchsorted(event_rows[order], np.arange(size + 1))
        return cls(bounds, items[order])

    def spans(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Where the items of each of ``rows`` start and stop (-1: none)."""
        known = rows >= 0
        starts = np.where(known, self.bounds[np.where(known, rows, 0)], 0)
        stops = np.where(known, self.bounds[np.where(known, rows + 1, 0)], 0)
        return starts, stops

    @cached_property
    def _listed(self) -> list:
        return self.items.tolist()

    def joined(self, rows: np.ndarray, separator: str) -> list[str]:
        """For each event row of ``rows``: its items (texts) joined ('' if none)."""
        starts, stops = self.spans(rows)
        items = self._listed
        return [
            separator.join(items[a:b]) for a, b in zip(starts.tolist(), stops.tolist())
        ]


@dataclass(frozen=True, eq=False)
class _EventTexts:
    """The words about each event that come from other tables."""

    actors_with_roles: _ByEvent
    actor_names: _ByEvent
    source_places: _ByEvent


def _source_places(dataset: Dataset) -> pd.Series:
    """Per citation: the source's short name and where it says it ('¶11')."""
    cites = dataset.event_sources
    short = _names(dataset).sources
    return cites["source_id"].astype(str).map(short) + np.where(
        cites["locator"].notna(),
        " " + cites["locator"].fillna(""),
        " ¶" + cites["paragraphs"].map(lambda ps: ",".join(map(str, ps))),
    )


@per_dataset
def _event_texts(dataset: Dataset) -> _EventTexts:
    index = query_index(dataset)
    links = dataset.event_actors
    names = links["actor_id"].astype(str).map(_names(dataset).actors)
    roles = links["role"].astype(str).str.replace("_", " ")
    with_roles = names + " (" + roles + ")"
    places = _source_places(dataset)
    size = len(dataset.events)
    return _EventTexts(
        actors_with_roles=_ByEvent.build(
            index.actor_link_events, with_roles.to_numpy(dtype=object), size
        ),
        actor_names=_ByEvent.build(
            index.actor_link_events, names.to_numpy(dtype=object), size
        ),
        source_places=_ByEvent.build(
            index.source_link_events, places.to_numpy(dtype=object), size
        ),
    )


@dataclass(frozen=True, eq=False)
class _LanePairs:
    """The lanes each event goes in (one pair per event and lane), by event row;
    lanes are codes into :attr:`names`, then the two catch-all lanes."""

    names: list[str]
    lanes: _ByEvent

    @classmethod
    def build(cls, event_rows: np.ndarray, lanes: pd.Series, size: int) -> _LanePairs:
        """Pairs from one lane name per link (missing: :data:`NO_ACTOR_LANE`)."""
        codes, names = pd.factorize(lanes.fillna(NO_ACTOR_LANE))
        pairs = pd.DataFrame({"row": event_rows, "lane": codes}).drop_duplicates()
        return cls(
            names=[str(name) for name in names],
            lanes=_ByEvent.build(
                pairs["row"].to_numpy(), pairs["lane"].to_numpy(), size
            ),
        )

    def of(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """For each of ``rows``, in order, its pairs: (index into ``rows``, lane
        code); a row without any gets one pair in :data:`NO_ACTOR_LANE`."""
        starts, stops = self.lanes.spans(rows)
        counts = stops - starts
        slots = np.maximum(counts, 1)
        owners = np.repeat(np.arange(len(rows)), slots)
        within = np.arange(len(owners)) - np.repeat(np.cumsum(slots) - slots, slots)
        paired = np.repeat(counts > 0, slots)
        codes = np.full(len(owners), self.code(NO_ACTOR_LANE))
        taken = np.repeat(starts, slots)[paired] + within[paired]
        codes[paired] = self.lanes.items[taken]
        return owners, codes

    def code(self, name: str) -> int:
        """The code of lane ``name`` (codes past :attr:`names` are catch-alls)."""
        if name in self.names:
            return self.names.index(name)
        return len(self.names) + [NO_ACTOR_LANE, OTHER_LANE].index(name)

    def name(self, code: int) -> str:
        """The lane called ``code``."""
        extra = code - len(self.names)
        return self.names[code] if extra < 0 else [NO_ACTOR_LANE, OTHER_LANE][extra]


def _root_of(dataset: Dataset) -> dict[str, str]:
    tree = dataset.actor_tree
    return {
        actor_id: (tree.ancestors(actor_id) or [actor_id])[-1]
        for actor_id in dataset.actors["id"]
    }


@per_dataset
def _actor_lanes(dataset: Dataset) -> _LanePairs:
    """Each event in the lane of each top-level actor taking part."""
    links = dataset.event_actors
    acting = ~links["role"].isin(BACKGROUND_ROLES).to_numpy(dtype=bool)
    roots = pd.Series(_root_of(dataset))
    lanes = links["actor_id"].astype(str).map(roots).map(_names(dataset).actors)
    return _LanePairs.build(
        query_index(dataset).actor_link_events[acting],
        lanes[acting],
        len(dataset.events),
    )


@per_dataset
def _source_lanes(dataset: Dataset) -> _LanePairs:
    """Each event in the lane of each source citing it."""
    lanes = dataset.event_sources["source_id"].astype(str).map(_names(dataset).sources)
    return _LanePairs.build(
        query_index(dataset).source_link_events, lanes, len(dataset.events)
    )


def _drawn_extent(events: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Start and end days as drawn, in epoch milliseconds: a date known only to
    its month (or year) covers the whole month (or year), even if recorded as a
    single day."""
    start = events["start"].to_numpy(dtype="datetime64[ms]", copy=True)
    end = events["end"].to_numpy(dtype="datetime64[ms]", copy=True)
    precision = events["date_precision"]
    for value, unit in (
        (DatePrecision.MONTH.value, "M"),
        (DatePrecision.YEAR.value, "Y"),
    ):
        coarse = np.flatnonzero((precision == value).to_numpy(dtype=bool))
        if len(coarse):
            start[coarse] = start[coarse].astype(f"datetime64[{unit}]")
            following = end[coarse].astype(f"datetime64[{unit}]") + 1
            end[coarse] = following.astype("datetime64[D]") - np.timedelta64(1, "D")
    return start.astype("int64"), end.astype("int64")


def _busiest_first(lanes: np.ndarray) -> list[int]:
    """Lane codes by how many marks they hold, most first; ties in order of
    first appearance (as :meth:`pandas.Series.value_counts`)."""
    codes = pd.unique(lanes)
    counted = pd.Series(np.bincount(lanes)[codes], index=codes)
    return counted.sort_values(ascending=False, kind="stable").index.tolist()


def _type_lanes(events: pd.DataFrame) -> tuple[np.ndarray, pd.Categorical, list[str]]:
    """Type lanes: each event once, in its type's lane; lanes in label order."""
    codes = pd.Index(list(EVENT_TYPE_LABELS)).get_indexer(events["event_type"])
    present = np.unique(codes[codes >= 0])
    labels = list(EVENT_TYPE_LABELS.values())
    lanes = [labels[code] for code in present]
    lane = pd.Categorical.from_codes(
        np.where(codes >= 0, np.searchsorted(present, codes), -1), categories=lanes
    )
    return np.arange(len(events)), lane, lanes


def _linked_lanes(
    pairs: _LanePairs, rows: np.ndarray, mode: LaneMode
) -> tuple[np.ndarray, pd.Categorical, list[str]]:
    """Actor or source lanes of the events at ``rows``: (owners, lane, lanes)."""
    owners, codes = pairs.of(rows)
    busiest = _busiest_first(codes)
    no_actor, other = pairs.code(NO_ACTOR_LANE), pairs.code(OTHER_LANE)
    if mode == LaneMode.ACTOR and len(busiest) > MAX_ACTOR_LANES:
        named = [code for code in busiest if code != no_actor]
        room = MAX_ACTOR_LANES - 1 - int(no_actor in busiest)
        keep = np.array([*named[:room], no_actor])
        codes = np.where(np.isin(codes, keep), codes, other)
        pairs_seen = pd.Series(owners * (other + 1) + codes).duplicated()
        unique = ~pairs_seen.to_numpy()
        owners, codes = owners[unique], codes[unique]
        busiest = _busiest_first(codes)
    # Busiest first; the catch-all lanes go last, however full they are.
    catch_all = [other, no_actor]
    order = [code for code in busiest if code not in catch_all]
    order += [code for code in catch_all if code in busiest]
    position = np.full(max(order, default=0) + 1, -1)
    position[order] = np.arange(len(order))
    lanes = [pairs.name(code) for code in order]
    return owners, pd.Categorical.from_codes(position[codes], categories=lanes), lanes


def _marks(
    dataset: Dataset, events: pd.DataFrame, rows: np.ndarray, mode: LaneMode
) -> tuple[pd.DataFrame, list[str]]:
    """:func:`timeline_marks` of ``events``, whose rows in ``dataset.events`` are
    ``rows``; marks carry that row as ``event_row``."""
    if mode == LaneMode.TYPE:
        owners, lane, lanes = _type_lanes(events)
    else:
        pairs = (
            _actor_lanes(dataset) if mode == LaneMode.ACTOR else _source_lanes(dataset)
        )
        owners, lane, lanes = _linked_lanes(pairs, rows, mode)
    start_ms, end_ms = _drawn_extent(events)
    whole = len(owners) == len(events)

    def column(name: str) -> Any:
        values = events[name].array
        return values if whole else values.take(owners)

    marks = pd.DataFrame(
        {
            "event_id": column("id"),
            "start_ms": start_ms[owners],
            "end_ms": end_ms[owners],
            "event_type": column("event_type"),
            "layer": column("layer"),
            "date_precision": column("date_precision"),
            "is_period": events["is_period"].to_numpy(dtype=bool)[owners],
            "lane": lane,
            "event_row": rows[owners],
        }
    )
    return marks, lanes


def timeline_marks(
    dataset: Dataset, events: pd.DataFrame, mode: LaneMode
) -> tuple[pd.DataFrame, list[str]]:
    """One row per event and lane, and the lanes top to bottom.

    Type lanes give each event one row; actor lanes put an event in the lane of
    each top-level actor taking part (Russian forces count as Russia); source
    lanes in the lane of each source citing it. Dates are those of ``events``;
    who took part and who cites what come from ``dataset``.
    """
    return _marks(dataset, events, event_positions(dataset, events["id"]), mode)


def _with_labels(dataset: Dataset, marks: pd.DataFrame) -> pd.DataFrame:
    """``marks`` with the words shown on hover (from the dataset's events)."""
    rows = marks["event_row"].to_numpy()
    if (rows < 0).any():
        raise KeyError("some marks are of events the dataset does not have")
    events = dataset.events[
        ["title", "start", "end", "date_precision", "date_as_stated"]
    ].take(rows)
    return marks.assign(
        title=events["title"].astype(str).to_numpy(dtype=object),
        date_label=span_labels(
            events["start"], events["end"], events["date_precision"]
        ),
        as_stated=events["date_as_stated"]
        .fillna("(no wording)")
        .astype(str)
        .to_numpy(dtype=object),
        actors_label=_event_texts(dataset).actors_with_roles.joined(rows, ", "),
    )


def is_dated(figures: pd.DataFrame) -> np.ndarray:
    """Which casualty figures have a period (or one end of it) to be drawn at."""
    return (figures["period_start"].notna() | figures["period_end"].notna()).to_numpy()


def casualty_rows(
    dataset: Dataset, figures: pd.DataFrame, *, keep_undated: bool = False
) -> pd.DataFrame:
    """Casualty figures with the columns the casualty chart draws.

    A figure with no period at all cannot be placed on the chart: it is left out,
    unless ``keep_undated`` (for lists), where its ``start_ms`` is NaN.
    """
    names = _names(dataset)
    start = figures["period_start"].fillna(figures["period_end"])
    end = figures["period_end"].fillna(figures["period_start"])
    dated = is_dated(figures)
    worded = figures["period_as_stated"].tolist()
    rows = pd.DataFrame(
        {
            "id": figures["id"].astype(str),
            "event_id": figures["event_id"].astype("str"),
            "count": figures["count"].astype("Float64").astype(float),
            "qualifier": figures["qualifier"].astype(str),
            "outcome": figures["outcome"].astype(str),
            "start_ms": np.where(dated, to_ms(start), np.nan),
            "end_ms": np.where(dated, to_ms(end) + DAY_MS, np.nan),
            "label": [
                figure_label(count, qualifier, outcome, victims)
                for count, qualifier, outcome, victims in zip(
                    figures["count"],
                    figures["qualifier"].astype(str),
                    figures["outcome"].astype(str),
                    figures["victims"],
                )
            ],
            "period_label": [
                span + (f" ({words})" if isinstance(words, str) else "")
                for span, words in zip(
                    span_labels(
                        start, end, figures["period_precision"], "date not given"
                    ),
                    worded,
                )
            ],
            "reporter": figures["reported_by_id"].astype(str).map(names.actors),
            "source_label": figures["source_id"].astype(str).map(names.sources)
            + ", paragraph "
            + figures["paragraph"].astype(str),
        }
    )
    if keep_undated:
        return rows
    rows = rows[dated]
    return rows.astype({"start_ms": "int64", "end_ms": "int64"})


def _at_rows(values: pd.Series, rows: np.ndarray, missing: Any) -> np.ndarray:
    """``values`` at positions ``rows`` (``missing`` where a row is -1)."""
    found = rows >= 0
    result = np.full(len(rows), missing, dtype=object)
    result[found] = values.iloc[rows[found]].to_numpy(dtype=object)
    return result


def demand_rows(dataset: Dataset, demands: pd.DataFrame) -> pd.DataFrame:
    """Demands with the columns the demand tracker draws."""
    names = _names(dataset).actors
    status_event = demands["status_event_id"].astype("str")
    index = query_index(dataset)
    event_rows = index.event_ids.get_indexer(status_event)
    known = event_rows >= 0
    settled_on = np.full(len(demands), np.nan)
    event_days = index.event_starts.astype("datetime64[ms]").astype("int64")
    settled_on[known] = event_days[event_rows[known]]
    made_by = demands["made_by_id"].astype(str).map(names)
    addressed = demands["addressed_to_id"].astype("str").map(names)
    who = made_by + np.where(addressed.notna(), " → " + addressed.fillna(""), "")
    status_label = demands["status"].astype(str).str.capitalize()
    note = demands["status_note"].fillna("")
    status_label = status_label + np.where(note != "", ": " + note, "")
    return pd.DataFrame(
        {
            "id": demands["id"].astype(str),
            "theme": demands["theme"].astype(str),
            "made_ms": to_ms(demands["made_on"]),
            "status": demands["status"].astype(str),
            "status_event_ms": pd.Series(settled_on, index=demands.index),
            "status_event_title": pd.Series(
                _at_rows(dataset.events["title"], event_rows, ""),
                index=demands.index,
                dtype="str",
            ),
            "text": demands["text"].astype(str),
            "who_label": who,
            "date_label": span_labels(
                demands["made_on"], demands["made_on"], demands["made_on_precision"]
            ),
            "status_label": status_label,
        }
    )


@per_dataset
def _demand_table(dataset: Dataset) -> pd.DataFrame:
    """:func:`demand_rows` of every demand: a view takes the rows it shows."""
    return demand_rows(dataset, dataset.demands)


def event_detail(dataset: Dataset, event_id: str) -> dict[str, Any] | None:
    """Everything the detail card shows about one event, or None if unknown."""
    (row,) = event_positions(dataset, [event_id])
    if row < 0:
        return None
    event = dataset.events.iloc[row]
    actors = event_actor_table(dataset, [event_id])
    sources = dataset.sources.set_index("id")
    cites = dataset.event_sources[dataset.event_sources["event_id"] == event_id]
    source_items = []
    for cite in cites.itertuples():
        source = sources.loc[str(cite.source_id)]
        published = source["published"]
        source_items.append(
            {
                "id": str(cite.source_id),
                "title": source["title"],
                "publisher": source["publisher"],
                "date": None
                if pd.isna(published)
                else format_span(published, published, str(source["date_precision"])),
                "url": None if pd.isna(source["url"]) else source["url"],
                "paragraphs": list(cite.paragraphs),
                "locator": None if pd.isna(cite.locator) else cite.locator,
                "layer": str(source["layer"]),
            }
        )
    figures = casualty_rows(
        dataset, related_figures(dataset, event_id), keep_undated=True
    )
    demands = related_demands(dataset, event_id)
    demand_items = _demand_table(dataset).loc[demands.index]
    return {
        "id": event_id,
        "title": event["title"],
        "summary": event["summary"],
        "type": humanise(str(event["event_type"])),
        "when": format_span(event["start"], event["end"], str(event["date_precision"])),
        "precision": str(event["date_precision"]),
        "as_stated": None
        if pd.isna(event["date_as_stated"])
        else event["date_as_stated"],
        "date_note": None if pd.isna(event["date_note"]) else event["date_note"],
        "location": None if pd.isna(event["location"]) else event["location"],
        "layer": str(event["layer"]),
        "actors": actors[["actor_id", "name", "role"]].to_dict("records"),
        "sources": source_items,
        "figures": figures[["id", "label", "period_label", "source_label"]].to_dict(
            "records"
        ),
        "demands": demand_items[
            ["id", "theme", "text", "who_label", "status_label"]
        ].to_dict("records"),
    }


def table_rows(
    dataset: Dataset, events: pd.DataFrame, limit: int = MAX_TABLE_ROWS
) -> list[dict[str, Any]]:
    """The event table's rows: the first ``limit`` of ``events``."""
    events = events.head(limit)
    rows = event_positions(dataset, events["id"])
    texts = _event_texts(dataset)
    columns = {
        "id": events["id"].astype(str).tolist(),
        "date": events["start"].dt.strftime("%Y-%m-%d").tolist(),
        "when": span_labels(events["start"], events["end"], events["date_precision"]),
        "title": events["title"].astype(str).tolist(),
        "type": events["event_type"].astype(str).map(humanise).tolist(),
        "actors": texts.actor_names.joined(rows, ", "),
        "sources": texts.source_places.joined(rows, "; "),
        "layer": events["layer"].astype(str).tolist(),
    }
    return [dict(zip(columns, values)) for values in zip(*columns.values())]


@dataclass(frozen=True)
class PageView:
    """What the page shows for one view state."""

    timeline: go.Figure
    casualties: go.Figure
    demands: go.Figure
    table: list[dict[str, Any]]
    detail: dict[str, Any] | None
    event_count: int
    total_events: int
    figure_count: int
    demand_count: int
    window_events: int

    @property
    def table_is_cut(self) -> bool:
        """True when the table lists only the first of the events in the window."""
        return len(self.table) < self.window_events


def x_extent(*frames_and_columns: tuple[pd.DataFrame, str, str]) -> list[str] | None:
    """[low, high] ISO dates covering every frame's start/end columns, padded."""
    lows, highs = [], []
    for frame, start, end in frames_and_columns:
        if frame.empty:
            continue
        lows.append(frame[start].min())
        highs.append(frame[end].max())
    lows = [value for value in lows if pd.notna(value)]
    highs = [value for value in highs if pd.notna(value)]
    if not lows or not highs:
        return None
    low, high = min(lows), max(highs)
    pad = max((high - low) / 40, pd.Timedelta(days=20))
    return [(low - pad).date().isoformat(), (high + pad).date().isoformat()]


def render_view(
    dataset: Dataset,
    state: ViewState,
    theme: str = "light",
    max_points: int = MAX_POINTS,
) -> PageView:
    """Filter, link and draw: the single entry point of the page's main callback."""
    selection = select_rows(dataset, state)

    highlighted_events: list[str] = []
    if state.demand:
        highlighted_events = demand_event_ids(dataset, [state.demand])
    related_figure_ids: list[str] = []
    related_demand_ids: list[str] = []
    if state.event:
        related_figure_ids = list(related_figures(dataset, state.event)["id"])
        related_demand_ids = list(related_demands(dataset, state.event)["id"])

    events = take_rows(dataset.events[MARK_SOURCE_COLUMNS], selection.event_rows)
    marks, lanes = _marks(dataset, events, selection.event_rows, state.lanes)
    shown = visible_marks(marks, state.window)
    if len(shown) <= max_points:
        marks = _with_labels(dataset, shown)
    timeline = timeline_figure(
        marks,
        lanes,
        selected=state.event,
        highlighted=highlighted_events,
        window=state.window,
        theme=theme,
        max_points=max_points,
    )
    x_range = (
        [day.isoformat() for day in state.window]
        if state.window
        else x_extent((events, "start", "end"))
    )
    placed = selection.figures[is_dated(selection.figures)]
    casualties = casualty_figure(
        casualty_rows(dataset, drawn_figures(placed)),
        total=len(placed),
        highlighted=related_figure_ids,
        x_range=x_range,
        theme=theme,
    )
    demand_chart = demand_figure(
        take_rows(_demand_table(dataset), selection.demand_rows),
        selected=state.demand,
        highlighted=related_demand_ids,
        x_range=x_range,
        theme=theme,
    )
    listed = take_rows(dataset.events, selection.window_rows[:PAGE_TABLE_ROWS])
    return PageView(
        timeline=timeline,
        casualties=casualties,
        demands=demand_chart,
        table=table_rows(dataset, listed, limit=PAGE_TABLE_ROWS),
        detail=event_detail(dataset, state.event) if state.event else None,
        event_count=len(selection.event_rows),
        total_events=len(dataset.events),
        figure_count=len(selection.figure_rows),
        demand_count=len(selection.demand_rows),
        window_events=len(selection.window_rows),
    )


def window_from_relayout(
    relayout: dict[str, Any] | None,
) -> tuple[bool, tuple[dt.date, dt.date] | None]:
    """Read a zoom from a Graph's ``relayoutData``.

    Returns (changed, window): ``changed`` is False when the event was not about
    the x range (e.g. a hover or a legend click).
    """
    if not relayout:
        return False, None
    if relayout.get("xaxis.autorange") or relayout.get("autosize"):
        return bool(relayout.get("xaxis.autorange")), None
    low = relayout.get("xaxis.range[0]")
    high = relayout.get("xaxis.range[1]")
    if low is None and isinstance(relayout.get("xaxis.range"), list):
        low, high = relayout["xaxis.range"][:2]
    if low is None or high is None:
        return False, None
    return True, _window(low, high)


def window_from_selection(
    selected: dict[str, Any] | None,
) -> tuple[dt.date, dt.date] | None:
    """Read a box selection's x range from a Graph's ``selectedData``."""
    if not selected or not selected.get("range"):
        return None
    x_range = selected["range"].get("x")
    if not x_range or len(x_range) < 2:
        return None
    return _window(x_range[0], x_range[1])


def _window(low: Any, high: Any) -> tuple[dt.date, dt.date]:
    first, last = (_to_date(value) for value in (low, high))
    return (first, last) if first <= last else (last, first)


def _to_date(value: Any) -> dt.date:
    if isinstance(value, int | float):
        return pd.Timestamp(int(value), unit="ms").date()
    return pd.Timestamp(str(value)).date()


def clicked_id(click: dict[str, Any] | None, position: int = 0) -> str | None:
    """Item ``position`` of the clicked point's customdata (a record id), if any."""
    if not click or not click.get("points"):
        return None
    data = click["points"][0].get("customdata")
    if isinstance(data, list | tuple) and len(data) > position:
        value = data[position]
        return str(value) if value not in (None, "") else None
    return str(data) if isinstance(data, str) and position == 0 else None
