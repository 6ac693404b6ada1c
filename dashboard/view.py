"""From a dataset and a view state to everything the page shows.

Pure functions only: the callbacks call :func:`render_view` and hand the result
to Dash components. Figures come from :mod:`dashboard.figures`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from .figures.casualties import casualty_figure
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
    related_demands,
    related_figures,
)
from .schema import ActorRole, DatePrecision, EventType
from .selection import select_rows
from .viewstate import LaneMode, ViewState, Vocabulary

MAX_TABLE_ROWS = 5000
MAX_ACTOR_LANES = 20
OTHER_LANE = "Other actors"
NO_ACTOR_LANE = "No actor named"
#: Roles that say where something happened, not who did it: not used for lanes.
BACKGROUND_ROLES = {ActorRole.FORUM.value, ActorRole.SUBJECT.value}


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


def actors_label(dataset: Dataset, event_ids: pd.Series) -> pd.Series:
    """'Russia (vetoing state), China (vetoing state)' per event id."""
    table = event_actor_table(dataset, event_ids)
    if table.empty:
        return pd.Series(dtype="str")
    text = table["name"] + " (" + table["role"].str.replace("_", " ") + ")"
    return text.groupby(table["event_id"]).agg(", ".join)


def _root_of(dataset: Dataset) -> dict[str, str]:
    tree = dataset.actor_tree
    return {
        actor_id: (tree.ancestors(actor_id) or [actor_id])[-1]
        for actor_id in dataset.actors["id"]
    }


def _drawn_extent(events: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """Start and end days as drawn: a date known only to its month (or year)
    covers the whole month (or year), even if recorded as a single day."""
    start, end = events["start"], events["end"]
    precision = events["date_precision"].astype(str)
    for value, freq in (
        (DatePrecision.MONTH.value, "M"),
        (DatePrecision.YEAR.value, "Y"),
    ):
        coarse = precision == value
        if coarse.any():
            first = start.dt.to_period(freq).dt.start_time.astype(start.dtype)
            final = end.dt.to_period(freq).dt.end_time.dt.normalize().astype(end.dtype)
            start = start.where(~coarse, first)
            end = end.where(~coarse, final)
    return start, end


def timeline_marks(
    dataset: Dataset, events: pd.DataFrame, mode: LaneMode
) -> tuple[pd.DataFrame, list[str]]:
    """One row per event and lane, and the lanes top to bottom.

    Type lanes give each event one row; actor lanes put an event in the lane of
    each top-level actor taking part (Russian forces count as Russia); source
    lanes in the lane of each source citing it.
    """
    start, end = _drawn_extent(events)
    base = pd.DataFrame(
        {
            "event_id": events["id"].astype(str).to_numpy(),
            "start_ms": to_ms(start),
            "end_ms": to_ms(end),
            "event_type": events["event_type"].astype(str).to_numpy(),
            "layer": events["layer"].astype(str).to_numpy(),
            "date_precision": events["date_precision"].astype(str).to_numpy(),
            "is_period": events["is_period"].to_numpy(),
        }
    )
    if mode == LaneMode.TYPE:
        marks = base.assign(lane=base["event_type"].map(EVENT_TYPE_LABELS))
        present = set(marks["lane"])
        lanes = [label for label in EVENT_TYPE_LABELS.values() if label in present]
        return marks, lanes
    if mode == LaneMode.SOURCE:
        links = dataset.event_sources
        names = source_short_names(dataset)
        pairs = pd.DataFrame(
            {
                "event_id": links["event_id"].astype(str),
                "lane": links["source_id"].astype(str).map(names),
            }
        )
    else:
        links = dataset.event_actors
        links = links[~links["role"].isin(BACKGROUND_ROLES)]
        roots = pd.Series(_root_of(dataset))
        names = dataset.actors.set_index("id")["name"].astype(str)
        pairs = pd.DataFrame(
            {
                "event_id": links["event_id"].astype(str),
                "lane": links["actor_id"].astype(str).map(roots).map(names),
            }
        )
    pairs = pairs[pairs["event_id"].isin(base["event_id"])].drop_duplicates()
    marks = base.merge(pairs, on="event_id", how="left")
    marks["lane"] = marks["lane"].fillna(NO_ACTOR_LANE)
    counts = marks["lane"].value_counts(sort=True)
    if mode == LaneMode.ACTOR and len(counts) > MAX_ACTOR_LANES:
        named = [lane for lane in counts.index if lane != NO_ACTOR_LANE]
        room = MAX_ACTOR_LANES - 1 - int(NO_ACTOR_LANE in counts.index)
        keep = set(named[:room]) | {NO_ACTOR_LANE}
        marks.loc[~marks["lane"].isin(keep), "lane"] = OTHER_LANE
        marks = marks.drop_duplicates(["event_id", "lane"])
        counts = marks["lane"].value_counts(sort=True)
    # Busiest first; the catch-all lanes go last, however full they are.
    catch_all = [OTHER_LANE, NO_ACTOR_LANE]
    lanes = [lane for lane in counts.index if lane not in catch_all]
    lanes += [lane for lane in catch_all if lane in counts.index]
    return marks.reset_index(drop=True), lanes


def _with_labels(dataset: Dataset, marks: pd.DataFrame) -> pd.DataFrame:
    events = dataset.events.set_index("id")
    ids = marks["event_id"]
    rows = events.loc[ids.unique()]
    spans = [
        format_span(start, end, str(precision))
        for start, end, precision in zip(
            rows["start"], rows["end"], rows["date_precision"]
        )
    ]
    return marks.assign(
        title=ids.map(rows["title"].astype(str)),
        date_label=ids.map(pd.Series(spans, index=rows.index)),
        as_stated=ids.map(rows["date_as_stated"].fillna("(no wording)").astype(str)),
        actors_label=ids.map(actors_label(dataset, ids)).astype("str").fillna(""),
    )


def casualty_rows(
    dataset: Dataset, figures: pd.DataFrame, *, keep_undated: bool = False
) -> pd.DataFrame:
    """Casualty figures with the columns the casualty chart draws.

    A figure with no period at all cannot be placed on the chart: it is left out,
    unless ``keep_undated`` (for lists), where its ``start_ms`` is NaN.
    """
    names = dataset.actors.set_index("id")["name"].astype(str)
    short = source_short_names(dataset)
    start = figures["period_start"].fillna(figures["period_end"])
    end = figures["period_end"].fillna(figures["period_start"])
    dated = start.notna().to_numpy()
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
                (format_span(s, e, str(p)) if pd.notna(s) else "date not given")
                + (f" ({w})" if isinstance(w, str) else "")
                for s, e, p, w in zip(
                    start, end, figures["period_precision"], figures["period_as_stated"]
                )
            ],
            "reporter": figures["reported_by_id"].astype(str).map(names),
            "source_label": figures["source_id"].astype(str).map(short)
            + ", paragraph "
            + figures["paragraph"].astype(str),
        }
    )
    if keep_undated:
        return rows
    rows = rows[dated]
    return rows.astype({"start_ms": "int64", "end_ms": "int64"})


def demand_rows(dataset: Dataset, demands: pd.DataFrame) -> pd.DataFrame:
    """Demands with the columns the demand tracker draws."""
    names = dataset.actors.set_index("id")["name"].astype(str)
    events = dataset.events.set_index("id")
    status_event = demands["status_event_id"].astype("str")
    known = status_event.isin(events.index)
    event_start = pd.Series(pd.NaT, index=demands.index, dtype="datetime64[s]")
    event_start[known] = status_event[known].map(events["start"])
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
            "status_event_ms": pd.Series(
                np.where(known, to_ms(event_start.fillna(demands["made_on"])), np.nan),
                index=demands.index,
            ),
            "status_event_title": status_event.map(events["title"]).fillna(""),
            "text": demands["text"].astype(str),
            "who_label": who,
            "date_label": [
                format_span(day, day, str(precision))
                for day, precision in zip(
                    demands["made_on"], demands["made_on_precision"]
                )
            ],
            "status_label": status_label,
        }
    )


def event_detail(dataset: Dataset, event_id: str) -> dict[str, Any] | None:
    """Everything the detail card shows about one event, or None if unknown."""
    events = dataset.events
    found = events[events["id"] == event_id]
    if found.empty:
        return None
    event = found.iloc[0]
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
    demand_items = demand_rows(dataset, demands)
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


def table_rows(dataset: Dataset, events: pd.DataFrame) -> list[dict[str, Any]]:
    """The event table's rows (at most :data:`MAX_TABLE_ROWS`)."""
    events = events.head(MAX_TABLE_ROWS)
    ids = events["id"].astype(str)
    short = source_short_names(dataset)
    cites = dataset.event_sources[dataset.event_sources["event_id"].isin(ids)]
    where = cites["source_id"].astype(str).map(short) + np.where(
        cites["locator"].notna(),
        " " + cites["locator"].fillna(""),
        " ¶" + cites["paragraphs"].map(lambda ps: ",".join(map(str, ps))),
    )
    source_text = where.groupby(cites["event_id"].astype(str)).agg("; ".join)
    actor_names = event_actor_table(dataset, ids)
    names = actor_names.groupby("event_id")["name"].agg(", ".join)
    return pd.DataFrame(
        {
            "id": ids,
            "date": events["start"].dt.strftime("%Y-%m-%d"),
            "when": [
                format_span(s, e, str(p))
                for s, e, p in zip(
                    events["start"], events["end"], events["date_precision"]
                )
            ],
            "title": events["title"].astype(str),
            "type": events["event_type"].astype(str).map(humanise),
            "actors": ids.map(names).astype("str").fillna(""),
            "sources": ids.map(source_text).astype("str").fillna(""),
            "layer": events["layer"].astype(str),
        }
    ).to_dict("records")


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
    events, in_window = selection.events, selection.in_window
    figures, demands = selection.figures, selection.demands

    highlighted_events: list[str] = []
    if state.demand:
        highlighted_events = demand_event_ids(dataset, [state.demand])
    related_figure_ids: list[str] = []
    related_demand_ids: list[str] = []
    if state.event:
        related_figure_ids = list(related_figures(dataset, state.event)["id"])
        related_demand_ids = list(related_demands(dataset, state.event)["id"])

    marks, lanes = timeline_marks(dataset, events, state.lanes)
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
    casualties = casualty_figure(
        casualty_rows(dataset, figures),
        highlighted=related_figure_ids,
        x_range=x_range,
        theme=theme,
    )
    demand_chart = demand_figure(
        demand_rows(dataset, demands),
        selected=state.demand,
        highlighted=related_demand_ids,
        x_range=x_range,
        theme=theme,
    )
    return PageView(
        timeline=timeline,
        casualties=casualties,
        demands=demand_chart,
        table=table_rows(dataset, in_window),
        detail=event_detail(dataset, state.event) if state.event else None,
        event_count=len(events),
        total_events=len(dataset.events),
        figure_count=len(figures),
        demand_count=len(demands),
        window_events=len(in_window),
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
