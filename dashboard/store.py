"""Safe, all-or-nothing writes of a data package directory.

A write takes an exclusive lock on the directory, copies the files it replaces to
``.backups/<timestamp>/`` (the last :data:`KEEP_BACKUPS` are kept), writes every
new file as ``<name>.new`` and syncs it, and only then commits: an atomic
``.commit`` marker names the files, each ``.new`` file is renamed over its
original, and the marker is removed. :func:`recover` finishes a commit that was
interrupted after its marker (roll forward) and deletes ``.new`` files left
without one (roll back), so readers never see half a write.

CSV cells are formatted the way the package is written elsewhere: schema column
order, lists joined with ``;``, ISO dates, ``true``/``false``, empty for null,
quotes only where needed (:func:`dashboard.synth.write_csv`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import math
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import filelock
import numpy as np
import pandas as pd

from .schema import LIST_DELIMITER, TABLES, TABLES_BY_NAME
from .synth import write_csv

LOCK_NAME = ".lock"
MARKER_NAME = ".commit"
BACKUP_DIR = ".backups"
NEW_SUFFIX = ".new"
KEEP_BACKUPS = 5
#: Seconds a writer waits for another one to finish before giving up.
LOCK_TIMEOUT = 10.0
#: The only files a write may replace.
PACKAGE_FILES = frozenset({spec.path for spec in TABLES} | {"datapackage.json"})

Table = pd.DataFrame | Iterable[Mapping[str, Any]]


class StoreError(Exception):
    """A write could not be done (or finished); the message names the directory."""


# -- formatting ------------------------------------------------------------------


def cell(value: Any) -> str:
    """One value as its CSV cell text."""
    if isinstance(value, np.ndarray):
        value = value.tolist()
    elif isinstance(value, np.generic):
        value = value.item()
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, pd.Timestamp | dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return LIST_DELIMITER.join(cell(item) for item in value)
    return str(value)


def table_rows(name: str, table: Table) -> list[dict[str, str]]:
    """Rows of table ``name`` as cell texts, in schema column order; columns the
    schema does not know (``layer``, ``search_text``...) are left out."""
    columns = list(TABLES_BY_NAME[name].model.model_fields)
    if isinstance(table, pd.DataFrame):
        frame = table.reindex(columns=columns)
        records: Iterable[Mapping[str, Any]] = frame.to_dict("records")
    else:
        records = table
    return [{column: cell(row.get(column)) for column in columns} for row in records]


def csv_bytes(name: str, table: Table, header: bool = True) -> bytes:
    """Table ``name`` as CSV bytes, written by :func:`dashboard.synth.write_csv`."""
    columns = list(TABLES_BY_NAME[name].model.model_fields)
    rows = table_rows(name, table)
    frame = pd.DataFrame(
        {
            column: pd.Series([row[column] for row in rows], dtype=object)
            for column in columns
        }
    )
    handle, scratch = tempfile.mkstemp(suffix=".csv")
    os.close(handle)
    try:
        write_csv(frame, Path(scratch))
        data = Path(scratch).read_bytes()
    finally:
        os.unlink(scratch)
    return data if header else data.split(b"\n", 1)[1]


# -- locking ---------------------------------------------------------------------


@contextlib.contextmanager
def locked(directory: Path | str, timeout: float | None = None) -> Iterator[None]:
    """Hold the directory's write lock. Re-entrant within one thread; another
    thread or process waits up to ``timeout`` seconds (default
    :data:`LOCK_TIMEOUT`), then StoreError."""
    directory = Path(directory).resolve()
    timeout = LOCK_TIMEOUT if timeout is None else timeout
    if not directory.is_dir():
        raise StoreError(f"{directory}: no such directory")
    lock = filelock.FileLock(directory / LOCK_NAME, is_singleton=True)
    try:
        lock.acquire(timeout=timeout)
    except filelock.Timeout:
        raise StoreError(
            f"{directory}: another writer is changing this dataset; "
            f"gave up after waiting {timeout:g} s"
        ) from None
    except OSError as error:
        raise StoreError(
            f"{directory}: cannot lock for writing: {error.strerror or error}"
        ) from error
    try:
        yield
    finally:
        lock.release()


# -- writing ---------------------------------------------------------------------


def write_tables(
    directory: Path | str,
    tables: Mapping[str, Table],
    timeout: float | None = None,
) -> Path | None:
    """Replace whole tables (``{"events": frame or rows, ...}``), all or nothing.

    Returns the backup folder of the replaced files (None if none existed).
    """
    contents = {
        TABLES_BY_NAME[name].path: csv_bytes(name, t)
        for name, t in _known(tables).items()
    }
    return commit_files(directory, contents, timeout)


def append_rows(
    directory: Path | str,
    rows: Mapping[str, Table],
    timeout: float | None = None,
) -> Path | None:
    """Add rows at the end of tables, all or nothing, leaving existing lines
    byte for byte as they are (a minimal diff). Returns the backup folder."""
    directory = Path(directory)
    with locked(directory, timeout):
        contents = {
            TABLES_BY_NAME[name].path: appended_bytes(directory, name, table)
            for name, table in _known(rows).items()
        }
        return commit_files(directory, contents, timeout)


def appended_bytes(directory: Path, name: str, rows: Table) -> bytes:
    """The current file of table ``name`` with ``rows`` added at its end."""
    return table_prefix(directory, name) + csv_bytes(name, rows, header=False)


def table_prefix(directory: Path, name: str) -> bytes:
    """What new rows of table ``name`` go after: the file as it is, ending in a
    newline (just the header if there is no file yet)."""
    path = Path(directory) / TABLES_BY_NAME[name].path
    if not path.exists():
        return csv_bytes(name, [])
    current = path.read_bytes()
    if current and not current.endswith(b"\n"):
        current += b"\n"
    return current


def _known(tables: Mapping[str, Table]) -> Mapping[str, Table]:
    unknown = sorted(set(tables) - set(TABLES_BY_NAME))
    if unknown:
        raise ValueError(f"unknown tables: {', '.join(unknown)}")
    return tables


def commit_files(
    directory: Path | str,
    contents: Mapping[str, bytes],
    timeout: float | None = None,
) -> Path | None:
    """Replace files of the package (``{"events.csv": b"..."}``) all or nothing.

    Returns the backup folder of the replaced files (None if none existed).
    Raises StoreError if the lock cannot be had or a file cannot be written; a
    failure before the commit marker leaves every file as it was.
    """
    directory = Path(directory)
    for name in contents:
        if name not in PACKAGE_FILES:
            raise ValueError(f"{name!r} is not a file of the data package")
    if not contents:
        return None
    with locked(directory, timeout):
        recover(directory)
        names = sorted(contents)
        try:
            backup = _backup(directory, names)
            for name in names:
                _write_durably(directory / (name + NEW_SUFFIX), contents[name])
            _write_marker(directory, names)
        except OSError as error:
            _discard_new(directory)
            raise StoreError(
                f"{directory}: could not write the new files "
                f"({error.strerror or error}); nothing was changed"
            ) from error
        try:
            _finish(directory, names)
        except OSError as error:
            raise StoreError(
                f"{directory}: the write was interrupted ({error.strerror or error});"
                " it is completed the next time the dataset is loaded"
            ) from error
        _prune_backups(directory)
        return backup


def _write_durably(path: Path, data: bytes) -> None:
    with path.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _sync_directory(directory: Path) -> None:
    """Make renames in ``directory`` durable (a no-op where unsupported)."""
    try:
        handle = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _write_marker(directory: Path, names: list[str]) -> None:
    """Atomically record which ``.new`` files make up the commit."""
    scratch = directory / (MARKER_NAME + ".tmp")
    _write_durably(scratch, json.dumps({"files": names}).encode("utf-8"))
    os.replace(scratch, directory / MARKER_NAME)
    _sync_directory(directory)


def _finish(directory: Path, names: Iterable[str]) -> None:
    """Rename every ``.new`` file that is still there, then drop the marker."""
    for name in names:
        new = directory / (name + NEW_SUFFIX)
        if new.exists():
            os.replace(new, directory / name)
    _sync_directory(directory)
    (directory / MARKER_NAME).unlink(missing_ok=True)
    _sync_directory(directory)


def _backup(directory: Path, names: list[str]) -> Path | None:
    existing = [name for name in names if (directory / name).exists()]
    if not existing:
        return None
    root = directory / BACKUP_DIR
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S.%fZ")
    folder = root / stamp
    suffix = 1
    while folder.exists():
        folder = root / f"{stamp}-{suffix}"
        suffix += 1
    folder.mkdir(parents=True)
    for name in existing:
        _write_durably(folder / name, (directory / name).read_bytes())
    _sync_directory(folder)
    return folder


def backups(directory: Path | str) -> list[Path]:
    """Backup folders of ``directory``, oldest first."""
    root = Path(directory) / BACKUP_DIR
    if not root.is_dir():
        return []
    return sorted(path for path in root.iterdir() if path.is_dir())


def _prune_backups(directory: Path, keep: int = KEEP_BACKUPS) -> None:
    for folder in backups(directory)[:-keep]:
        shutil.rmtree(folder, ignore_errors=True)


# -- recovery --------------------------------------------------------------------


def _new_files(directory: Path) -> list[Path]:
    return [
        directory / (name + NEW_SUFFIX)
        for name in sorted(PACKAGE_FILES)
        if (directory / (name + NEW_SUFFIX)).exists()
    ]


def _discard_new(directory: Path) -> None:
    for path in _new_files(directory):
        path.unlink(missing_ok=True)
    (directory / (MARKER_NAME + ".tmp")).unlink(missing_ok=True)


def needs_recovery(directory: Path | str) -> bool:
    """Whether an interrupted write left a marker or ``.new`` files (cheap)."""
    directory = Path(directory)
    return (directory / MARKER_NAME).exists() or bool(_new_files(directory))


def recover(directory: Path | str) -> str | None:
    """Finish or undo an interrupted write; the caller holds the lock.

    Returns ``"rolled forward"``, ``"rolled back"`` or None (nothing to do).
    """
    directory = Path(directory)
    marker = directory / MARKER_NAME
    if marker.exists():
        try:
            names = json.loads(marker.read_text(encoding="utf-8"))["files"]
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise StoreError(f"{marker}: unreadable commit marker ({error})") from None
        if not all(name in PACKAGE_FILES for name in names):
            raise StoreError(f"{marker}: names files outside the data package")
        _finish(directory, names)
        _discard_new(directory)
        return "rolled forward"
    if _new_files(directory) or (directory / (MARKER_NAME + ".tmp")).exists():
        _discard_new(directory)
        _sync_directory(directory)
        return "rolled back"
    return None


def recover_if_needed(
    directory: Path | str, timeout: float | None = None
) -> str | None:
    """Recover under the lock, but only when there is something to recover and
    the directory is writable (a read-only package is left alone)."""
    directory = Path(directory)
    if not needs_recovery(directory) or not os.access(directory, os.W_OK):
        return None
    with locked(directory, timeout):
        return recover(directory)
