"""Safe writes of a package directory: lock, backups, journal and recovery."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import threading
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from dashboard import store
from dashboard.loading import DEFAULT_DATA_DIR, load_dataset
from dashboard.schema import TABLES


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """A private copy of the bundled dataset."""
    return Path(
        shutil.copytree(
            DEFAULT_DATA_DIR, tmp_path / "data", ignore=shutil.ignore_patterns(".*")
        )
    )


def snapshot(directory: Path) -> dict[str, bytes]:
    """Every visible file's bytes."""
    return {
        path.name: path.read_bytes()
        for path in sorted(directory.iterdir())
        if path.is_file() and not path.name.startswith(".")
    }


def leftovers(directory: Path) -> list[str]:
    """Journal files that should never outlive a write."""
    return sorted(
        path.name
        for path in directory.iterdir()
        if path.name.endswith(".new") or path.name.startswith(".commit")
    )


def retitled(directory: Path, title: str) -> pd.DataFrame:
    """The events table with the first event renamed."""
    events = load_dataset(directory).events.copy()
    events.loc[0, "title"] = title
    return events


def test_cells_are_written_as_the_package_writes_them():
    assert store.cell(None) == ""
    assert store.cell(float("nan")) == ""
    assert store.cell(pd.NA) == ""
    assert store.cell(True) == "true"
    assert store.cell(np.bool_(False)) == "false"
    assert store.cell(["a", "b"]) == "a;b"
    assert store.cell(np.array([3, 12])) == "3;12"
    assert store.cell(dt.date(2012, 2, 4)) == "2012-02-04"
    assert store.cell(pd.Timestamp("2012-02-04")) == "2012-02-04"
    assert store.cell(np.int64(7)) == "7"
    assert store.cell(2600.0) == "2600"
    rows = [{"id": "x", "name": 'A "quoted", name', "kind": "ngo", "extra": 1}]
    assert store.csv_bytes("actors", rows) == (
        b'id,name,kind,parent_id,aliases,description\nx,"A ""quoted"", name",ngo,,,\n'
    )


def test_whole_tables_are_written_and_the_old_files_backed_up(package: Path):
    before = snapshot(package)
    dataset = load_dataset(package)
    backup = store.write_tables(
        package,
        {"events": retitled(package, "A new title"), "actors": dataset.actors},
    )
    assert backup is not None and backup.parent == package / store.BACKUP_DIR
    assert snapshot(backup) == {
        "actors.csv": before["actors.csv"],
        "events.csv": before["events.csv"],
    }
    after = snapshot(package)
    assert after["events.csv"] != before["events.csv"]
    assert {name for name in after if after[name] != before[name]} <= {
        "events.csv",
        "actors.csv",
    }
    assert "A new title" in set(load_dataset(package).events["title"])
    assert leftovers(package) == []


def test_every_table_round_trips_through_write_tables(package: Path):
    dataset = load_dataset(package)
    store.write_tables(
        package, {spec.name: getattr(dataset, spec.name) for spec in TABLES}
    )
    again = load_dataset(package)
    assert len(again.events) == len(dataset.events)
    for spec in TABLES:
        pd.testing.assert_frame_equal(
            getattr(again, spec.name), getattr(dataset, spec.name)
        )


def test_only_the_last_five_backups_are_kept(package: Path):
    versions = []
    for number in range(7):
        versions.append((package / "events.csv").read_bytes())
        store.write_tables(package, {"events": retitled(package, f"Title {number}")})
    kept = store.backups(package)
    assert len(kept) == store.KEEP_BACKUPS
    assert [(folder / "events.csv").read_bytes() for folder in kept] == versions[-5:]


def test_appended_rows_leave_existing_lines_byte_for_byte(package: Path):
    before = (package / "actors.csv").read_bytes()
    row = {"id": "new-group", "name": "A New Group, Ltd", "kind": "ngo"}
    store.append_rows(package, {"actors": [row]})
    after = (package / "actors.csv").read_bytes()
    assert after == before + b'new-group,"A New Group, Ltd",ngo,,,\n'
    assert "new-group" in set(load_dataset(package).actors["id"])


def test_a_crash_after_the_marker_is_rolled_forward_on_load(
    package: Path, monkeypatch: pytest.MonkeyPatch
):
    def crash(directory: Path, names: list[str]) -> None:
        raise SystemExit("power cut")  # not an OSError: nothing is tidied up

    dataset = load_dataset(package)
    monkeypatch.setattr(store, "_finish", crash)
    with pytest.raises(SystemExit):
        store.write_tables(
            package,
            {"events": retitled(package, "Committed"), "actors": dataset.actors},
        )
    assert leftovers(package) == [".commit", "actors.csv.new", "events.csv.new"]
    monkeypatch.undo()
    assert "Committed" in set(load_dataset(package).events["title"])
    assert leftovers(package) == []


def test_an_interrupted_rename_is_finished_not_mixed(
    package: Path, monkeypatch: pytest.MonkeyPatch
):
    real_replace = store.os.replace
    renamed: list[str] = []

    def replace_once(source: Path, target: Path) -> None:
        if str(source).endswith(".csv.new") and renamed:
            raise OSError(5, "Input/output error")
        real_replace(source, target)
        renamed.append(str(target))

    dataset = load_dataset(package)
    monkeypatch.setattr(store.os, "replace", replace_once)
    with pytest.raises(store.StoreError, match="completed the next time"):
        store.write_tables(
            package, {"events": retitled(package, "Half way"), "actors": dataset.actors}
        )
    monkeypatch.undo()
    assert ".commit" in leftovers(package)
    assert store.recover(package) == "rolled forward"
    assert "Half way" in set(load_dataset(package).events["title"])
    assert leftovers(package) == []


def test_new_files_without_a_marker_are_rolled_back(package: Path):
    before = snapshot(package)
    (package / "events.csv.new").write_bytes(b"half a file")
    assert store.needs_recovery(package)
    load_dataset(package)
    assert leftovers(package) == []
    assert snapshot(package) == before


def test_a_failure_while_writing_changes_nothing(
    package: Path, monkeypatch: pytest.MonkeyPatch
):
    before = snapshot(package)
    real_write = store._write_durably
    written: list[Path] = []

    def fail_on_second(path: Path, data: bytes) -> None:
        if path.name.endswith(".new"):
            if written:
                raise OSError(28, "No space left on device")
            written.append(path)
        real_write(path, data)

    dataset = load_dataset(package)
    monkeypatch.setattr(store, "_write_durably", fail_on_second)
    with pytest.raises(store.StoreError, match="nothing was changed"):
        store.write_tables(
            package, {"events": retitled(package, "Lost"), "actors": dataset.actors}
        )
    assert written, "the first file was written before the failure"
    assert snapshot(package) == before
    assert leftovers(package) == []
    assert "Lost" not in set(load_dataset(package).events["title"])


def test_a_second_writer_waits_then_fails_naming_the_directory(
    package: Path, other_writer: threading.Event
):
    before = snapshot(package)
    with pytest.raises(store.StoreError) as failure:
        store.write_tables(
            package, {"events": retitled(package, "Blocked")}, timeout=0.2
        )
    assert str(package.resolve()) in str(failure.value)
    assert "another writer" in str(failure.value)
    assert snapshot(package) == before
    other_writer.set()


def test_the_lock_is_reentrant_within_a_writer(package: Path):
    with store.locked(package, timeout=0.2):
        store.write_tables(package, {"events": retitled(package, "Nested")}, 0.2)
    assert "Nested" in set(load_dataset(package).events["title"])


def test_a_read_only_package_is_loaded_without_recovery(
    package: Path, monkeypatch: pytest.MonkeyPatch
):
    (package / "events.csv.new").write_bytes(b"left by someone else")
    monkeypatch.setattr(store.os, "access", lambda path, mode: False)
    assert load_dataset(package).events.shape[0] > 0
    assert (package / "events.csv.new").exists()


def test_the_bundled_package_needs_no_recovery():
    assert not store.needs_recovery(DEFAULT_DATA_DIR)
    assert store.recover_if_needed(DEFAULT_DATA_DIR) is None


def test_a_marker_naming_other_files_is_refused(package: Path):
    (package / store.MARKER_NAME).write_text(json.dumps({"files": ["../x.csv"]}))
    with pytest.raises(store.StoreError, match="outside the data package"):
        store.recover(package)


def test_unknown_tables_and_files_are_refused(package: Path):
    with pytest.raises(ValueError, match="unknown tables: nope"):
        store.write_tables(package, {"nope": []})
    with pytest.raises(ValueError, match="not a file of the data package"):
        store.commit_files(package, {"notes.txt": b"x"})
