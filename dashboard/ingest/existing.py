"""Candidate events the dataset already holds: a new release that tells an event
already on the timeline adds itself as one more source of that event instead of
a second copy of it."""

from __future__ import annotations

from typing import Any

import pandas as pd

from ..loading import Dataset


def _dataset_events(dataset: Dataset) -> pd.DataFrame:
    """Events with the set of their actors and sources, dates as ISO text."""
    actors = dataset.event_actors.groupby("event_id", observed=True)["actor_id"].agg(
        lambda ids: {str(actor_id) for actor_id in ids}
    )
    sources = dataset.event_sources.groupby("event_id", observed=True)["source_id"].agg(
        lambda ids: {str(source_id) for source_id in ids}
    )
    events = dataset.events[["id", "title", "event_type", "start", "end"]].copy()
    events["event_type"] = events["event_type"].astype(str)
    events["start"] = events["start"].dt.strftime("%Y-%m-%d")
    events["end"] = events["end"].dt.strftime("%Y-%m-%d")
    events["actor_ids"] = events["id"].map(actors)
    events["source_ids"] = events["id"].map(sources)
    return events


def same_as_existing(event: dict[str, Any], existing: Any) -> bool:
    """Same type, overlapping dates, a shared actor (when the candidate names
    any), and not already from the candidate's own source."""
    if event["event_type"] != existing.event_type:
        return False
    if event["start"] > existing.end or existing.start > event["end"]:
        return False
    own_sources = {source["source_id"] for source in event["sources"]}
    if isinstance(existing.source_ids, set) and own_sources & existing.source_ids:
        return False
    if event.get("added_by_hand") and (event["start"], event["end"]) != (
        existing.start,
        existing.end,
    ):
        return False  # the reviewer named no actor: the dates must agree
    actors = {actor["id"] for actor in event["actors"]}
    theirs = existing.actor_ids if isinstance(existing.actor_ids, set) else set()
    return not actors or bool(actors & theirs)


def mark_existing(candidates: dict[str, Any], dataset: Dataset) -> dict[str, Any]:
    """``candidates`` with ``same_as`` (and ``same_as_title``) on every event the
    dataset already holds; the closest in time wins when several match."""
    events = _dataset_events(dataset)
    marked = []
    for event in candidates["events"]:
        nearby = events[
            (events["event_type"] == event["event_type"])
            & (events["start"] <= event["end"])
            & (events["end"] >= event["start"])
        ]
        matches = [row for row in nearby.itertuples() if same_as_existing(event, row)]
        if matches:
            best = min(matches, key=lambda row: (row.start != event["start"], row.id))
            event = {**event, "same_as": best.id, "same_as_title": best.title}
        marked.append(event)
    return {**candidates, "events": marked}


def fold_into_existing(document: dict[str, Any]) -> dict[str, Any]:
    """Events marked ``same_as`` become source links of the existing event;
    figures and demands that pointed at them point at the existing event."""
    if not isinstance(document, dict):
        return document  # the merge reports the shape problem
    events = document.get("events") or []
    if not isinstance(events, list) or not all(isinstance(e, dict) for e in events):
        return document
    renamed = {e.get("id"): e["same_as"] for e in events if e.get("same_as")}
    if not renamed:
        return document
    links = list(document.get("event_sources") or [])
    for event in events:
        if event.get("id") in renamed:
            links += [
                {**source, "event_id": renamed[event["id"]]}
                for source in event.get("sources") or []
            ]
    figures = [
        {**figure, "event_id": renamed[figure["event_id"]]}
        if figure.get("event_id") in renamed
        else figure
        for figure in document.get("casualty_figures") or []
    ]
    demands = []
    for demand in document.get("demands") or []:
        if isinstance(demand.get("events"), list):
            demand = {
                **demand,
                "events": [
                    {**link, "event_id": renamed[link["event_id"]]}
                    if link.get("event_id") in renamed
                    else link
                    for link in demand["events"]
                ],
            }
        demands.append(demand)
    return {
        **document,
        "events": [e for e in events if e.get("id") not in renamed],
        "event_sources": links,
        "casualty_figures": figures,
        "demands": demands,
    }
