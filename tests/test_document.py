"""The JSON document: ``python -m dashboard export-data`` and build_document."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from dashboard.cli import main
from dashboard.document import DOCUMENT_KEYS, build_document, document_bytes
from dashboard.loading import Dataset
from dashboard.query import EventFilter, filter_events
from tests.conftest import ROOT
from tests.packages import minimal_tables, write_package


@pytest.fixture(scope="module")
def exported() -> dict[str, Any]:
    """The bundled dataset as exported by the real command, parsed."""
    result = subprocess.run(
        [sys.executable, "-m", "dashboard", "export-data", "--format", "json"],
        capture_output=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr.decode()
    return json.loads(result.stdout)


def by_id(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {row["id"]: row for row in rows}


def is_iso_date(value: object) -> bool:
    return isinstance(value, str) and dt.date.fromisoformat(value).isoformat() == value


def test_export_has_exactly_the_five_top_level_lists(exported: dict) -> None:
    assert tuple(exported) == DOCUMENT_KEYS
    assert tuple(DOCUMENT_KEYS) == (
        "sources",
        "actors",
        "events",
        "casualty_figures",
        "demands",
    )
    assert all(isinstance(rows, list) and rows for rows in exported.values())


def test_export_holds_every_row_of_the_dataset(
    exported: dict, dataset: Dataset
) -> None:
    for key in DOCUMENT_KEYS:
        assert len(exported[key]) == len(getattr(dataset, key)), key
    assert [row["id"] for row in exported["events"]] == dataset.events["id"].tolist()


def test_export_writes_dates_as_iso_strings(exported: dict) -> None:
    for event in exported["events"]:
        assert is_iso_date(event["start"]) and is_iso_date(event["end"])
    veto = by_id(exported["events"])["veto-2011-10-04"]
    assert (veto["start"], veto["end"]) == ("2011-10-04", "2011-10-04")
    for demand in exported["demands"]:
        assert is_iso_date(demand["made_on"])
    figure = by_id(exported["casualty_figures"])["killed-syria-2011-10-to-2012-02"]
    assert figure["period_start"] == "2011-10-04"


def test_export_writes_missing_values_as_null(exported: dict) -> None:
    unlisted = by_id(exported["sources"])["un-veto-list"]
    assert unlisted["published"] is None
    assert unlisted["spokesperson_ids"] == []
    unnumbered = by_id(exported["casualty_figures"])["civilians-eastern-aleppo-2016"]
    assert unnumbered["count"] is None
    assert (
        by_id(exported["casualty_figures"])["killed-syria-2011-10-to-2012-02"]["count"]
        == 2600
    )


def test_each_event_carries_its_actors_by_id_name_and_role(
    exported: dict, dataset: Dataset
) -> None:
    veto = by_id(exported["events"])["veto-2011-10-04"]
    assert sorted(veto["actors"], key=lambda actor: actor["id"]) == [
        {"id": "china", "name": "China", "role": "vetoing_state"},
        {"id": "russia", "name": "Russia", "role": "vetoing_state"},
        {"id": "un-security-council", "name": "UN Security Council", "role": "forum"},
    ]
    names = {actor["id"]: actor["name"] for actor in exported["actors"]}
    listed = [actor for event in exported["events"] for actor in event["actors"]]
    assert len(listed) == len(dataset.event_actors)
    for event in exported["events"]:
        for actor in event["actors"]:
            assert names[actor["id"]] == actor["name"]


def test_each_event_carries_its_sources(exported: dict) -> None:
    veto = by_id(exported["events"])["veto-2011-10-04"]
    assert sorted(veto["sources"], key=lambda cite: cite["source_id"]) == [
        {"source_id": "ai-2012-02-02", "paragraphs": [11], "locator": None},
        {"source_id": "un-veto-list", "paragraphs": [], "locator": "S/2011/612"},
    ]


def test_export_leaves_out_internal_columns(exported: dict) -> None:
    event = exported["events"][0]
    assert "search_text" not in event
    assert event["layer"] in {"campaign", "context"}


def test_export_round_trips_through_json(exported: dict, dataset: Dataset) -> None:
    again = json.loads(document_bytes(build_document(dataset)))
    assert again == exported
    assert json.loads(json.dumps(exported)) == exported


def test_export_out_writes_the_file(
    tmp_path: Path, small_package: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "export.json"
    code = main(
        ["export-data", "--format", "json", "--data", str(small_package)]
        + ["--out", str(target)]
    )
    assert code == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"wrote {target}" in captured.err
    document = json.loads(target.read_text(encoding="utf-8"))
    assert [row["id"] for row in document["events"]] == [
        "vote-1",
        "strikes-1",
        "note-issued",
        "vote-2",
    ]
    speaker = by_id(document["actors"])["speaker"]
    assert speaker["name"] == "Ana Pérez"
    assert speaker["aliases"] == ["Ana Perez"]


def test_export_of_a_broken_package_fails_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tables = minimal_tables()
    tables["events"][0]["start"] = "not a date"
    package = write_package(tmp_path / "package", tables)
    target = tmp_path / "export.json"
    assert main(["export-data", "--data", str(package), "--out", str(target)]) == 1
    assert not target.exists()
    assert "events.csv:2: start: " in capsys.readouterr().err


def test_document_of_a_subset_narrows_sources_and_actors(
    small_dataset: Dataset,
) -> None:
    events = filter_events(small_dataset, EventFilter(event_types=("veto",)))
    document = build_document(
        small_dataset,
        events=events[events["id"] == "vote-2"],
        figures=small_dataset.casualty_figures.head(0),
        demands=small_dataset.demands.head(0),
    )
    assert [row["id"] for row in document["events"]] == ["vote-2"]
    assert [row["id"] for row in document["sources"]] == ["ref-list"]
    assert [row["id"] for row in document["actors"]] == ["statea"]
    assert document["casualty_figures"] == [] and document["demands"] == []


def test_document_of_a_subset_keeps_parents_of_the_actors_used(
    small_dataset: Dataset,
) -> None:
    events = small_dataset.events[small_dataset.events["id"] == "strikes-1"]
    document = build_document(small_dataset, events=events)
    actor_ids = {row["id"] for row in document["actors"]}
    # The army's parent state comes along, so the hierarchy stays whole.
    assert {"statea-army", "statea"} <= actor_ids
