"""Merging ingest candidates (or any dataset document) into a package."""

from __future__ import annotations

import copy
import datetime as dt
import shutil
import threading
from pathlib import Path
from typing import Any

import orjson
import pytest

from dashboard import store
from dashboard.cli import main
from dashboard.document import build_document
from dashboard.ingest.merge import (
    confident,
    document_to_tables,
    merge_document,
)
from dashboard.ingest.pipeline import ingest_document
from dashboard.ingest.read import parse_text
from dashboard.loading import DEFAULT_DATA_DIR, Dataset, load_dataset

#: A short release in our own words about real actors of the bundled dataset.
RELEASE = """Council members must act on Syria now

6 May 2013

Amnesty International today called on Russia to stop shielding the Syrian \
government at the UN Security Council.

On 3 May 2013 Russia blocked a Security Council statement on attacks against \
civilians in Syria, the organisation said.

Amnesty International urges the Security Council to hand the Syrian case \
over to the prosecutor of the International Criminal Court.
"""
SOURCE_ID = "release-2013-05-06"


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """A private copy of the bundled dataset."""
    return Path(
        shutil.copytree(
            DEFAULT_DATA_DIR, tmp_path / "data", ignore=shutil.ignore_patterns(".*")
        )
    )


@pytest.fixture
def candidates(dataset: Dataset) -> dict[str, Any]:
    """The release's ingest candidates."""
    document = parse_text(f"{SOURCE_ID}.txt", RELEASE)
    return ingest_document(document, dataset)


def snapshot(directory: Path) -> dict[str, bytes]:
    """Every file's bytes, hidden ones (backups, journal) included."""
    return {
        str(path.relative_to(directory)): path.read_bytes()
        for path in sorted(directory.rglob("*"))
        if path.is_file() and path.name != store.LOCK_NAME
    }


def test_rows_are_split_into_tables_and_extra_keys_dropped(
    candidates: dict[str, Any],
):
    tables = document_to_tables(candidates)
    event = candidates["events"][0]
    assert tables["events"][0]["id"] == event["id"]
    assert not {"confidence", "span", "actors", "sources"} & set(tables["events"][0])
    assert tables["events"][0]["is_period"] is False
    assert {row["actor_id"] for row in tables["event_actors"]} >= {"russia"}
    assert tables["event_sources"][0] == {
        "event_id": event["id"],
        "source_id": SOURCE_ID,
        "paragraphs": event["sources"][0]["paragraphs"],
        "locator": None,
    }
    assert "addressed_to_text" not in tables["demands"][0]
    assert "mentioned_actors" not in tables and "dates" not in tables


def test_demands_carry_their_event_links():
    document = {
        "demands": [{"id": "d", "events": [{"event_id": "e", "relation": "made_in"}]}]
    }
    tables = document_to_tables(document)
    assert tables["demand_events"] == [
        {"demand_id": "d", "event_id": "e", "relation": "made_in"}
    ]


def test_an_ingested_release_is_merged_and_loads(
    package: Path, candidates: dict[str, Any]
):
    result = merge_document(package, candidates)
    assert result.problems == []
    assert result.added["sources"] == 1
    assert result.added["events"] == len(candidates["events"]) > 0
    assert result.added["demands"] == len(candidates["demands"]) > 0
    dataset = load_dataset(package)
    assert {e["id"] for e in candidates["events"]} <= set(dataset.events["id"])
    assert {d["id"] for d in candidates["demands"]} <= set(dataset.demands["id"])
    assert SOURCE_ID in set(dataset.sources["id"])
    assert len(store.backups(package)) == 1


def test_the_same_document_twice_adds_nothing_the_second_time(
    package: Path, candidates: dict[str, Any]
):
    first = merge_document(package, candidates)
    before = snapshot(package)
    second = merge_document(package, candidates)
    assert second.problems == []
    assert not any(second.added.values())
    assert second.skipped == {name: count for name, count in first.added.items()}
    assert snapshot(package) == before


def test_an_exported_document_is_all_already_there(package: Path):
    before = snapshot(package)
    result = merge_document(package, build_document(load_dataset(package)))
    assert result.problems == []
    assert not any(result.added.values())
    assert result.skipped["events"] == len(load_dataset(package).events)
    assert snapshot(package) == before


def test_bad_rows_are_reported_by_file_line_and_field_and_nothing_is_written(
    package: Path, candidates: dict[str, Any]
):
    bad = copy.deepcopy(candidates)
    event = bad["events"][0]
    event["start"], event["end"] = "2013-05-09", "2013-05-03"
    event["actors"].append({"id": "nobody-we-know", "role": "participant"})
    events_lines = (package / "events.csv").read_bytes().count(b"\n")
    before = snapshot(package)
    result = merge_document(package, bad)
    assert not any(result.added.values())
    assert (
        f"events.csv:{events_lines + 1}: end: 2013-05-03 is before start 2013-05-09"
        f" (new row '{event['id']}')"
    ) in result.problems
    assert any(
        problem.startswith("event_actors.csv:")
        and ": actor_id: no actors row has id 'nobody-we-know'" in problem
        for problem in result.problems
    )
    assert snapshot(package) == before


def test_an_existing_id_with_different_content_is_a_problem(package: Path):
    dataset = load_dataset(package)
    document = build_document(dataset)
    changed = dict(document["events"][0], title="Someone else's account")
    before = snapshot(package)
    result = merge_document(package, {"events": [changed]})
    assert len(result.problems) == 1
    assert result.problems[0].startswith("events.csv:")
    assert (
        f"'{changed['id']}' is already here with a different title"
        in (result.problems[0])
    )
    assert snapshot(package) == before


def test_a_document_that_is_not_rows_is_a_problem(package: Path):
    result = merge_document(package, {"events": {"id": "x"}})
    assert result.problems == ["document: events: expected a list of objects"]


def test_a_busy_package_is_reported_not_raised(
    package: Path,
    candidates: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
    other_writer: threading.Event,
):
    monkeypatch.setattr(store, "LOCK_TIMEOUT", 0.2)
    result = merge_document(package, candidates)
    assert len(result.problems) == 1 and "another writer" in result.problems[0]
    assert str(package.resolve()) in result.problems[0]


def test_low_confidence_candidates_are_left_out():
    document = {
        "actors": [
            {"id": "kept-person", "name": "K", "kind": "person", "confidence": 0.6},
            {"id": "unused-person", "name": "U", "kind": "person", "confidence": 0.6},
            {"id": "known", "name": "Known"},
        ],
        "events": [
            {"id": "e1", "confidence": 0.9, "actors": [{"id": "kept-person"}]},
            {"id": "e2", "confidence": 0.4, "actors": [{"id": "unused-person"}]},
        ],
        "casualty_figures": [{"id": "f", "confidence": 0.9, "event_id": "e2"}],
        "demands": [{"id": "d", "confidence": 0.5}],
    }
    kept = confident(document, 0.7)
    assert [e["id"] for e in kept["events"]] == ["e1"]
    assert kept["casualty_figures"][0]["event_id"] is None
    assert kept["demands"] == []
    assert [a["id"] for a in kept["actors"]] == ["kept-person", "known"]
    assert confident(document, 0.0) is document


def test_cli_merges_what_ingest_wrote(
    package: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    release = tmp_path / f"{SOURCE_ID}.txt"
    release.write_text(RELEASE, encoding="utf-8")
    out = tmp_path / "candidates.json"
    published = dt.date(2013, 5, 6).isoformat()
    args = ["ingest", str(release), "--data", str(package), "--out", str(out)]
    assert main([*args, "--published", published]) == 0
    candidates = orjson.loads(out.read_bytes())

    assert main(["merge", str(out), "--data", str(package)]) == 0
    printed = capsys.readouterr().out
    assert f"{package}: added 1 sources" in printed
    ids = set(load_dataset(package).events["id"])
    assert {event["id"] for event in candidates["events"]} <= ids

    assert main(["merge", str(out), "--data", str(package)]) == 0
    assert "nothing new to add" in capsys.readouterr().out


def test_cli_names_an_unreadable_or_invalid_file(
    package: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    missing = tmp_path / "missing.json"
    assert main(["merge", str(missing), "--data", str(package)]) == 1
    assert f"error: {missing}: cannot be read" in capsys.readouterr().err
    broken = tmp_path / "broken.json"
    broken.write_text('{"events": [', encoding="utf-8")
    assert main(["merge", str(broken), "--data", str(package)]) == 1
    assert f"error: {broken}: not valid JSON" in capsys.readouterr().err
    listed = tmp_path / "list.json"
    listed.write_text("[]", encoding="utf-8")
    assert main(["merge", str(listed), "--data", str(package)]) == 1
    assert f"error: {listed}: expected a JSON object" in capsys.readouterr().err


def test_cli_reports_problems_and_exits_1(
    package: Path,
    tmp_path: Path,
    candidates: dict[str, Any],
    capsys: pytest.CaptureFixture[str],
):
    bad = copy.deepcopy(candidates)
    bad["demands"][0]["theme"] = "world_peace"
    path = tmp_path / "bad.json"
    path.write_bytes(orjson.dumps(bad))
    before = snapshot(package)
    assert main(["merge", str(path), "--data", str(package)]) == 1
    err = capsys.readouterr().err
    assert f"nothing was written to {package}" in err
    assert "demands.csv:" in err and ": theme: " in err
    assert snapshot(package) == before
