"""Every hand-written gold file of the ingest benchmarks is well formed: the
checks each set's writer ran before handing it over, kept for all sets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dashboard.ingest.evaluate import BENCHMARKS
from dashboard.ingest.read import SUFFIXES, read_document
from dashboard.schema import (
    ActorKind,
    DatePrecision,
    DemandTheme,
    EventType,
    Outcome,
    Qualifier,
)

GOLD_FILES = sorted(BENCHMARKS.glob("ingest_*/*.gold.json"))


def release_of(gold: Path) -> Path:
    stem = gold.name.removesuffix(".gold.json")
    (release,) = [p for p in gold.parent.glob(f"{stem}.*") if p.suffix in SUFFIXES]
    return release


def problems(gold_path: Path) -> list[str]:
    """What is wrong with one gold file, as readable lines (none when it is fine)."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    document = read_document(release_of(gold_path))
    text = {p.number: p.text for p in document.paragraphs}
    whole = document.text
    found: list[str] = []

    def paragraph_of(kind: str, item: dict) -> str | None:
        number = item.get("paragraph")
        if number is not None and number not in text:
            found.append(f"{kind} {item}: no paragraph {number}")
            return None
        return text.get(number)

    for date in gold["dates"]:
        if date["precision"] not in {*DatePrecision, "unresolved"}:
            found.append(f"date {date['text']!r}: precision {date['precision']!r}")
        if (date["start"] is None) != (date["precision"] == "unresolved"):
            found.append(f"date {date['text']!r}: unresolved iff no start")
        if date["start"] and date["end"] and date["start"] > date["end"]:
            found.append(f"date {date['text']!r}: starts after it ends")
        paragraph = paragraph_of("date", date)
        if paragraph is not None and date["text"] not in paragraph:
            found.append(f"date {date['text']!r} not in paragraph {date['paragraph']}")
    names = {actor["name"] for actor in gold["actors"]}
    for actor in gold["actors"]:
        if actor["kind"] not in set(ActorKind):
            found.append(f"actor {actor['name']!r}: kind {actor['kind']!r}")
        for mention in actor.get("mentions", []):
            if mention.lower() not in whole.lower():
                found.append(f"actor mention {mention!r} not in the text")
    for event in gold["events"]:
        if event["event_type"] not in set(EventType):
            found.append(f"event {event['title']!r}: type {event['event_type']!r}")
        if event.get("start") and event.get("end") and event["start"] > event["end"]:
            found.append(f"event {event['title']!r}: starts after it ends")
        for actor in event.get("actors", []):
            if actor not in names:
                found.append(f"event {event['title']!r}: actor {actor!r} not listed")
        paragraph_of("event", event)
    for figure in gold["figures"]:
        if figure["qualifier"] not in set(Qualifier):
            found.append(f"figure {figure}: qualifier {figure['qualifier']!r}")
        if figure["outcome"] not in set(Outcome):
            found.append(f"figure {figure}: outcome {figure['outcome']!r}")
        if (figure["count"] is None) != (figure["qualifier"] == "unspecified"):
            found.append(f"figure {figure}: no count iff unspecified")
        paragraph_of("figure", figure)
    for demand in gold["demands"]:
        if demand["theme"] not in set(DemandTheme):
            found.append(f"demand {demand['text']!r}: theme {demand['theme']!r}")
        publisher = gold["document"].get("publisher")
        if demand.get("made_by") and demand["made_by"] not in names | {publisher}:
            found.append(f"demand {demand['text']!r}: made_by not listed")
        paragraph_of("demand", demand)
    twin = gold.get("duplicate_of")
    if twin and not any(gold_path.parent.glob(f"{Path(twin).stem}.*")):
        found.append(f"duplicate_of {twin!r} names no file of the set")
    return found


def test_every_benchmark_set_has_gold_files():
    assert len({p.parent for p in GOLD_FILES}) >= 30


@pytest.mark.parametrize(
    "gold_path", GOLD_FILES, ids=[f"{p.parent.name}/{p.name}" for p in GOLD_FILES]
)
def test_gold_file_is_well_formed(gold_path: Path):
    assert problems(gold_path) == []


def test_a_gold_file_with_a_misplaced_date_is_caught(tmp_path: Path):
    (tmp_path / "note.txt").write_text(
        "A title\n\nOn 3 March 2021 police arrested 12 people.\n", encoding="utf-8"
    )
    gold = {
        "document": {},
        "duplicate_of": "missing.txt",
        "dates": [
            {"text": "4 March 2021", "start": "2021-03-04", "end": "2021-03-04",
             "precision": "day", "paragraph": 2},
        ],
        "actors": [{"name": "Police", "kind": "armed_force", "mentions": ["police"]}],
        "events": [],
        "figures": [
            {"count": None, "qualifier": "exactly", "outcome": "detained",
             "paragraph": 2},
        ],
        "demands": [],
    }  # fmt: skip
    path = tmp_path / "note.gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    assert len(problems(path)) == 3
