"""Small data packages written by tests: a valid one to start from, then broken."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from dashboard.schema import TABLES

Rows = dict[str, list[dict[str, Any]]]


def minimal_tables() -> Rows:
    """A tiny, valid campaign written in our own words."""
    return {
        "sources": [
            {
                "id": "note-1",
                "title": "A test note about a council vote",
                "publisher": "Test Rights Group",
                "layer": "campaign",
                "published": "2020-03-02",
                "date_precision": "day",
                "spokesperson_ids": "speaker",
            },
            {
                "id": "ref-list",
                "title": "A reference list",
                "publisher": "Test Library",
                "layer": "context",
                "url": "https://example.org/list",
            },
        ],
        "actors": [
            {"id": "group", "name": "Test Rights Group", "kind": "ngo"},
            {
                "id": "speaker",
                "name": "Ana Pérez",
                "kind": "person",
                "parent_id": "group",
                "aliases": "Ana Perez",
            },
            {
                "id": "statea",
                "name": "State A",
                "kind": "state",
                "aliases": "State A officials;State A authorities",
            },
            {
                "id": "statea-army",
                "name": "State A army",
                "kind": "armed_force",
                "parent_id": "statea",
            },
            {"id": "council", "name": "The Council", "kind": "intergovernmental_body"},
        ],
        "events": [
            {
                "id": "vote-1",
                "start": "2020-01-10",
                "end": "2020-01-10",
                "date_precision": "day",
                "date_as_stated": "10 January",
                "event_type": "veto",
                "title": "State A blocks a council text",
                "summary": "State A votes down a draft at the council.",
                "location": "Geneva",
            },
            {
                "id": "strikes-1",
                "start": "2020-02-01",
                "end": "2020-02-29",
                "date_precision": "month",
                "is_period": "true",
                "event_type": "attack",
                "title": "Army shells a town",
                "summary": "The army of State A shells a town for weeks.",
            },
            {
                "id": "note-issued",
                "start": "2020-03-02",
                "end": "2020-03-02",
                "date_precision": "day",
                "event_type": "statement",
                "title": "Group issues a note",
                "summary": "The group asks the council to act.",
            },
            {
                "id": "vote-2",
                "start": "2020-06-01",
                "end": "2020-06-01",
                "date_precision": "day",
                "event_type": "veto",
                "title": "Second blocked text",
                "summary": "A later draft is blocked again.",
            },
        ],
        "event_actors": [
            {"event_id": "vote-1", "actor_id": "statea", "role": "vetoing_state"},
            {"event_id": "vote-1", "actor_id": "council", "role": "forum"},
            {"event_id": "strikes-1", "actor_id": "statea-army", "role": "perpetrator"},
            {"event_id": "note-issued", "actor_id": "group", "role": "author"},
            {"event_id": "note-issued", "actor_id": "speaker", "role": "spokesperson"},
            {"event_id": "vote-2", "actor_id": "statea", "role": "vetoing_state"},
        ],
        "event_sources": [
            {"event_id": "vote-1", "source_id": "note-1", "paragraphs": "2"},
            {"event_id": "vote-1", "source_id": "ref-list", "locator": "X/1"},
            {"event_id": "strikes-1", "source_id": "note-1", "paragraphs": "3;4"},
            {"event_id": "note-issued", "source_id": "note-1", "paragraphs": "1"},
            {"event_id": "vote-2", "source_id": "ref-list", "locator": "X/2"},
        ],
        "casualty_figures": [
            {
                "id": "fig-1",
                "count": "120",
                "qualifier": "at_least",
                "outcome": "killed",
                "victims": "civilians",
                "location": "the town",
                "period_start": "2020-02-01",
                "period_end": "2020-02-29",
                "period_precision": "month",
                "reported_by_id": "group",
                "source_id": "note-1",
                "paragraph": "3",
                "event_id": "strikes-1",
                "summary": "At least 120 civilians died in the shelling.",
            },
        ],
        "demands": [
            {
                "id": "dem-1",
                "made_by_id": "speaker",
                "addressed_to_id": "council",
                "concerning_id": "statea",
                "text": "Send the case to a court.",
                "theme": "icc_referral",
                "made_on": "2020-03-02",
                "made_on_precision": "day",
                "source_id": "note-1",
                "paragraph": "5",
                "status": "unmet",
                "status_event_id": "vote-2",
            },
            {
                "id": "dem-2",
                "made_by_id": "group",
                "addressed_to_id": "statea",
                "text": "Let observers in.",
                "theme": "access_for_monitors",
                "made_on": "2020-03-02",
                "made_on_precision": "day",
                "source_id": "note-1",
                "paragraph": "6",
                "status": "unknown",
            },
        ],
        "demand_events": [
            {"demand_id": "dem-1", "event_id": "note-issued", "relation": "made_in"},
            {"demand_id": "dem-1", "event_id": "vote-1", "relation": "responds_to"},
            {"demand_id": "dem-2", "event_id": "note-issued", "relation": "made_in"},
        ],
    }


def write_package(directory: Path, tables: Rows | None = None) -> Path:
    """Write ``tables`` (default: the minimal package) as CSV files in ``directory``."""
    tables = minimal_tables() if tables is None else tables
    directory.mkdir(parents=True, exist_ok=True)
    for spec in TABLES:
        if spec.name not in tables:
            continue
        rows = tables[spec.name]
        columns = list(spec.model.model_fields)
        extra = [key for row in rows for key in row if key not in columns]
        columns += list(dict.fromkeys(extra))
        with (directory / spec.path).open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns, restval="")
            writer.writeheader()
            writer.writerows(rows)
    return directory
