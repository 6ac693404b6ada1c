"""The dataset as one JSON document — the stable exchange shape.

``{"sources": [...], "actors": [...], "events": [...], "casualty_figures": [...],
"demands": [...]}``; dates are ISO strings, missing values are ``null``, and each
event carries its actors (id, name, role) and its sources (id, paragraphs, locator).
The dashboard's data download and the ingest candidates use the same shape.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import orjson
import pandas as pd

from .loading import Dataset

DOCUMENT_KEYS = ("sources", "actors", "events", "casualty_figures", "demands")
#: Columns that exist for speed inside the app and are not part of the document.
INTERNAL_COLUMNS = {"search_text"}


def _plain(value: Any) -> Any:
    """A JSON-ready version of one cell."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, pd.Timestamp | dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if hasattr(value, "item"):
        return value.item()
    return value


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows of ``frame`` as JSON-ready dicts (internal columns left out)."""
    columns = [c for c in frame.columns if c not in INTERNAL_COLUMNS]
    return [
        {column: _plain(value) for column, value in zip(columns, row)}
        for row in frame[columns].itertuples(index=False, name=None)
    ]


def build_document(
    dataset: Dataset,
    events: pd.DataFrame | None = None,
    figures: pd.DataFrame | None = None,
    demands: pd.DataFrame | None = None,
) -> dict[str, list[dict[str, Any]]]:
    """The document for the whole dataset, or for the given (filtered) rows.

    Sources and actors are narrowed to those the chosen rows refer to when a
    subset is given.
    """
    events = dataset.events if events is None else events
    figures = dataset.casualty_figures if figures is None else figures
    demands = dataset.demands if demands is None else demands
    event_ids = set(events["id"].astype(str))

    links = dataset.event_actors[dataset.event_actors["event_id"].isin(event_ids)]
    names = dataset.actors.set_index("id")["name"]
    actors_of: dict[str, list[dict[str, Any]]] = {}
    for event_id, actor_id, role in (
        links[["event_id", "actor_id", "role"]].astype(str).itertuples(index=False)
    ):
        actors_of.setdefault(event_id, []).append(
            {"id": actor_id, "name": names[actor_id], "role": role}
        )
    cites = dataset.event_sources[dataset.event_sources["event_id"].isin(event_ids)]
    sources_of: dict[str, list[dict[str, Any]]] = {}
    for row in records(cites):
        event_id = row.pop("event_id")
        sources_of.setdefault(event_id, []).append(row)

    event_rows = records(events)
    for row in event_rows:
        row["actors"] = actors_of.get(row["id"], [])
        row["sources"] = sources_of.get(row["id"], [])

    whole = events is dataset.events
    used_sources = set(cites["source_id"].astype(str))
    used_sources |= set(figures["source_id"].astype(str))
    used_sources |= set(demands["source_id"].astype(str))
    sources = dataset.sources
    actors = dataset.actors
    if not whole:
        sources = sources[sources["id"].isin(used_sources)]
        used_actors = set(links["actor_id"].astype(str))
        used_actors |= set(figures["reported_by_id"].astype(str))
        for column in ("made_by_id", "addressed_to_id", "concerning_id"):
            used_actors |= set(demands[column].dropna().astype(str))
        for spokespeople in sources["spokesperson_ids"]:
            used_actors |= set(spokespeople)
        for actor_id in list(used_actors):
            used_actors |= set(dataset.actor_tree.ancestors(actor_id))
        actors = actors[actors["id"].isin(used_actors)]
    return {
        "sources": records(sources),
        "actors": records(actors),
        "events": event_rows,
        "casualty_figures": records(figures),
        "demands": records(demands),
    }


def document_bytes(document: dict[str, Any]) -> bytes:
    """The document as indented UTF-8 JSON."""
    return orjson.dumps(document, option=orjson.OPT_INDENT_2) + b"\n"
