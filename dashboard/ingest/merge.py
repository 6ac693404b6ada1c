"""Add a document's rows to a data package, only if the whole package stays valid.

The document is the dataset's JSON shape (``export-data``), ingest candidates
(which add keys such as ``confidence`` and ``span``) or a reviewer's accepted
rows. ``python -m dashboard merge candidates.json [--data DIR]``.
"""

from __future__ import annotations

import argparse
import csv
import io
import shutil
import sys
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from pydantic import ValidationError

from .. import store
from ..loading import DEFAULT_DATA_DIR
from ..problems import DatasetError, Problem
from ..schema import TABLES, TABLES_BY_NAME, TableSpec
from ..validation import ValidTable, validate_package
from .existing import fold_into_existing

#: Tables given directly as top-level keys of a document.
ROW_TABLES = ("sources", "actors", "events", "casualty_figures", "demands")
#: Link tables, nested in events and demands (also accepted at the top level).
LINK_TABLES = ("event_actors", "event_sources", "demand_events")
#: Candidate rows that ``--min-confidence`` applies to.
SCORED_TABLES = ("events", "casualty_figures", "demands")


class DocumentShapeError(ValueError):
    """The document is not an object of lists of row objects."""


@dataclass
class MergeResult:
    """Rows added and skipped per table, or the problems that stopped the merge.

    Nothing is written when there are problems (``added`` is then all zeros).
    """

    added: dict[str, int]
    skipped: dict[str, int]
    problems: list[str]

    @property
    def ok(self) -> bool:
        """Whether the merge went through."""
        return not self.problems


def _zeros() -> dict[str, int]:
    return {spec.name: 0 for spec in TABLES}


# -- document to rows ------------------------------------------------------------


def _rows(value: Any, where: str) -> list[dict[str, Any]]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise DocumentShapeError(f"document: {where}: expected a list of objects")
    for index, row in enumerate(value):
        if not isinstance(row, dict):
            raise DocumentShapeError(f"document: {where}[{index}]: expected an object")
    return value


def _fields(row: Mapping[str, Any], table: str) -> dict[str, Any]:
    """Only the keys that are columns of ``table``; a missing flag gets its
    default written out (``is_period`` reads ``false``, as in the other rows)."""
    fields = TABLES_BY_NAME[table].model.model_fields
    kept = {key: value for key, value in row.items() if key in fields}
    for name, info in fields.items():
        if name not in kept and isinstance(info.default, bool):
            kept[name] = info.default
    return kept


def document_to_tables(document: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Rows per CSV table from a JSON document; keys that are not schema fields
    (``confidence``, ``span``, ``mentions``, actor ``name`` in events...) are
    dropped. Raises DocumentShapeError if the document is not rows."""
    if not isinstance(document, dict):
        raise DocumentShapeError("document: expected a JSON object of tables")
    tables: dict[str, list[dict[str, Any]]] = {spec.name: [] for spec in TABLES}
    for name in ("sources", "actors", "casualty_figures"):
        tables[name] = [_fields(row, name) for row in _rows(document.get(name), name)]
    for index, event in enumerate(_rows(document.get("events"), "events")):
        tables["events"].append(_fields(event, "events"))
        where = f"events[{index}]"
        for link in _rows(event.get("actors"), f"{where}.actors"):
            actor_id = link.get("actor_id", link.get("id"))
            row = {"event_id": event.get("id"), "actor_id": actor_id}
            tables["event_actors"].append(_fields({**link, **row}, "event_actors"))
        for link in _rows(event.get("sources"), f"{where}.sources"):
            row = {**link, "event_id": event.get("id")}
            tables["event_sources"].append(_fields(row, "event_sources"))
    for index, demand in enumerate(_rows(document.get("demands"), "demands")):
        tables["demands"].append(_fields(demand, "demands"))
        for link in _rows(demand.get("events"), f"demands[{index}].events"):
            event_id = link.get("event_id", link.get("id"))
            row = {**link, "demand_id": demand.get("id"), "event_id": event_id}
            tables["demand_events"].append(_fields(row, "demand_events"))
    for name in LINK_TABLES:
        tables[name] += [_fields(row, name) for row in _rows(document.get(name), name)]
    return tables


def confident(document: dict[str, Any], minimum: float) -> dict[str, Any]:
    """The document without events, figures and demands whose ``confidence`` is
    under ``minimum``; links to dropped events are cut, and proposed actors
    (those with a confidence) that no kept row refers to are left out."""
    if minimum <= 0:
        return document
    kept = dict(document)
    dropped: set[Any] = set()
    for name in SCORED_TABLES:
        rows = _rows(document.get(name), name)
        kept[name] = [row for row in rows if _score(row) >= minimum]
        dropped |= {row.get("id") for row in rows if _score(row) < minimum}
    kept["casualty_figures"] = [
        dict(row, event_id=None) if row.get("event_id") in dropped else row
        for row in kept["casualty_figures"]
    ]
    kept["demands"] = [
        dict(row, events=[e for e in row["events"] if e.get("event_id") not in dropped])
        if isinstance(row.get("events"), list)
        else row
        for row in kept["demands"]
    ]
    actors = _rows(document.get("actors"), "actors")
    used = _actor_references(kept)
    parent = {row.get("id"): row.get("parent_id") for row in actors}
    for actor_id in list(used):
        while parent.get(actor_id) and parent[actor_id] not in used:
            actor_id = parent[actor_id]
            used.add(actor_id)
    kept["actors"] = [
        row for row in actors if "confidence" not in row or row.get("id") in used
    ]
    return kept


def _score(row: Mapping[str, Any]) -> float:
    value = row.get("confidence")
    return float(value) if isinstance(value, int | float) else 1.0


def _actor_references(document: dict[str, Any]) -> set[Any]:
    used: set[Any] = set()
    for event in document.get("events") or []:
        links = event.get("actors") or []
        used |= {link.get("actor_id", link.get("id")) for link in links}
    for figure in document.get("casualty_figures") or []:
        used.add(figure.get("reported_by_id"))
    for demand in document.get("demands") or []:
        used |= {demand.get(key) for key in ("made_by_id", "addressed_to_id")}
        used.add(demand.get("concerning_id"))
    for source in document.get("sources") or []:
        used |= set(source.get("spokesperson_ids") or [])
    return used - {None}


# -- merging ---------------------------------------------------------------------


def merge_document(directory: Path, document: dict[str, Any]) -> MergeResult:
    """Add the document's rows to the package in ``directory`` if, together with
    what is there, every table still validates; write nothing otherwise.

    Rows whose key is already present with the same values are skipped; the same
    key with different values is a problem. Problems read
    ``file:row: field: what is wrong`` (rows are the lines they would have).
    """
    directory = Path(directory)
    try:
        incoming = document_to_tables(fold_into_existing(document))
    except DocumentShapeError as error:
        return MergeResult(_zeros(), _zeros(), [str(error)])
    try:
        with store.locked(directory):
            store.recover(directory)
            return _merge_locked(directory, incoming)
    except store.StoreError as error:
        return MergeResult(_zeros(), _zeros(), [str(error)])


def _merge_locked(
    directory: Path, incoming: dict[str, list[dict[str, Any]]]
) -> MergeResult:
    try:
        current = validate_package(directory)
    except DatasetError as error:
        count = len(error.problems)
        head = (
            f"{directory}: -: the dataset already has {count} problems; fix them first"
        )
        return MergeResult(_zeros(), _zeros(), [head, *map(str, error.problems)])
    added, skipped = _zeros(), _zeros()
    problems: list[Problem] = []
    new_rows: dict[str, list[dict[str, str]]] = {}
    for spec in TABLES:
        rows, skipped[spec.name] = _new_rows(
            spec, current[spec.name], incoming[spec.name], problems
        )
        if rows:
            new_rows[spec.name] = rows
    contents: dict[str, bytes] = {}
    row_keys: dict[tuple[str, int], str] = {}
    for name, rows in new_rows.items():
        spec = TABLES_BY_NAME[name]
        prefix = store.table_prefix(directory, name)
        body = store.csv_bytes(name, rows, header=False)
        for row, line in zip(rows, _record_lines(body, prefix.count(b"\n") + 1)):
            row_keys[spec.path, line] = _key_text(spec, row)
        contents[spec.path] = prefix + body
        added[name] = len(rows)
    problems += _validate_combined(directory, contents)
    if problems:
        shown = sorted(set(problems), key=_order)
        return MergeResult(_zeros(), skipped, [_described(p, row_keys) for p in shown])
    store.commit_files(directory, contents)
    return MergeResult(added, skipped, [])


def _key(spec: TableSpec, cells: Mapping[str, str]) -> tuple[str, ...]:
    return tuple(str(cells[field]).strip() for field in spec.primary_key)


def _key_text(spec: TableSpec, cells: Mapping[str, str]) -> str:
    return ", ".join(_key(spec, cells))


def _new_rows(
    spec: TableSpec,
    table: ValidTable,
    rows: list[dict[str, Any]],
    problems: list[Problem],
) -> tuple[list[dict[str, str]], int]:
    """The rows to append, and how many were skipped as already present."""
    raw = table.raw.to_dict("records")
    existing = {
        _key(spec, record): (position, line)
        for position, (record, line) in enumerate(zip(raw, table.lines))
    }
    kept: dict[tuple[str, ...], dict[str, str]] = {}
    appended: list[dict[str, str]] = []
    skipped = 0
    for cells in store.table_rows(spec.name, rows):
        key = _key(spec, cells)
        if key in existing:
            position, line = existing[key]
            different = _differences(spec, cells, table.rows[position], raw[position])
            if not different:
                skipped += 1
                continue
            problems.append(
                Problem(
                    spec.path,
                    line,
                    "+".join(spec.primary_key),
                    f"'{', '.join(key)}' is already here with a different "
                    + ", ".join(different),
                )
            )
            continue
        if kept.get(key) == cells:  # the same row twice in the document
            skipped += 1
            continue
        kept.setdefault(key, cells)
        appended.append(cells)  # a clashing duplicate is left to the validator
    return appended, skipped


def _differences(
    spec: TableSpec, cells: dict[str, str], row: Any, raw: Mapping[str, Any]
) -> list[str]:
    """Fields in which a new row differs from the existing row with its key."""
    try:
        new = spec.model.model_validate(cells).model_dump()
    except ValidationError:
        return [
            field
            for field in spec.model.model_fields
            if cells[field].strip() != str(raw.get(field, "")).strip()
        ]
    old = row.model_dump()
    return [field for field in new if new[field] != old[field]]


def _record_lines(body: bytes, first: int) -> list[int]:
    """The line on which each CSV record of ``body`` starts, counting from
    ``first`` (a record may span lines)."""
    reader = csv.reader(io.StringIO(body.decode("utf-8"), newline=""))
    lines, start = [], first
    for _record in reader:
        lines.append(start)
        start = first + reader.line_num
    return lines


def _validate_combined(directory: Path, contents: Mapping[str, bytes]) -> list[Problem]:
    """Problems of the package as it would be with ``contents`` written."""
    if not contents:
        return []
    with tempfile.TemporaryDirectory(prefix="merge-") as scratch:
        for spec in TABLES:
            target = Path(scratch) / spec.path
            if spec.path in contents:
                target.write_bytes(contents[spec.path])
            elif (directory / spec.path).exists():
                shutil.copyfile(directory / spec.path, target)
        try:
            validate_package(Path(scratch))
        except DatasetError as error:
            return list(error.problems)
    return []


def _order(problem: Problem) -> tuple[str, int, str, str]:
    return (problem.file, problem.row or 0, problem.field or "", problem.message)


def _described(problem: Problem, row_keys: Mapping[tuple[str, int], str]) -> str:
    """The problem as text, naming the new row it is about."""
    key = row_keys.get((problem.file, problem.row or 0))
    if key is None:
        return str(problem)
    return f"{problem} (new row '{key}')"


# -- command line ----------------------------------------------------------------


def read_candidates(path: Path) -> dict[str, Any]:
    """The JSON document in ``path``; DocumentShapeError names the file."""
    try:
        document = orjson.loads(Path(path).read_bytes())
    except OSError as error:
        raise DocumentShapeError(
            f"{path}: cannot be read: {error.strerror or error}"
        ) from None
    except orjson.JSONDecodeError as error:
        raise DocumentShapeError(f"{path}: not valid JSON: {error}") from None
    if not isinstance(document, dict):
        raise DocumentShapeError(
            f"{path}: expected a JSON object with sources, actors, events..."
        )
    try:
        document_to_tables(document)
    except DocumentShapeError as error:
        raise DocumentShapeError(f"{path}: {error}") from None
    return document


def _fraction(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"not a number from 0 to 1: {text!r}")
    return value


def add_merge_command(commands: argparse._SubParsersAction) -> None:
    """Register ``merge`` on ``commands``."""
    parser = commands.add_parser(
        "merge", help="add candidate rows to the dataset if it stays valid"
    )
    parser.add_argument("candidates", type=Path, help="JSON from ingest or export")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="dataset")
    parser.add_argument(
        "--min-confidence",
        type=_fraction,
        default=0.0,
        help="leave out candidates below this confidence (0 to 1)",
    )
    parser.set_defaults(handler=cmd_merge)


def _counts(counts: Mapping[str, int]) -> str:
    return ", ".join(
        f"{count} {name.replace('_', ' ')}" for name, count in counts.items() if count
    )


def cmd_merge(args: argparse.Namespace) -> int:
    """Validate and add the rows; print what was added or every problem."""
    try:
        document = read_candidates(args.candidates)
    except DocumentShapeError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    result = merge_document(args.data, confident(document, args.min_confidence))
    if result.problems:
        count = len(result.problems)
        print(
            f"{args.candidates}: {count} problem{'s' * (count != 1)}; "
            f"nothing was written to {args.data}",
            file=sys.stderr,
        )
        _print_lines(result.problems)
        return 1
    skipped = _counts(result.skipped)
    if any(result.added.values()):
        print(f"{args.data}: added {_counts(result.added)}")
    else:
        print(f"{args.data}: nothing new to add")
    if skipped:
        print(f"  already there: {skipped}")
    return 0


def _print_lines(lines: Iterable[str]) -> None:
    for line in lines:
        print(line, file=sys.stderr)
