"""Validate a data package directory: every row, every key, every reference.

All problems are collected before anything is returned, so a caller either gets
the whole, valid package or a :class:`DatasetError` listing everything wrong.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
from pydantic import TypeAdapter, ValidationError

from .problems import DatasetError, Problem
from .schema import LIST_DELIMITER, TABLES, FieldError, Row, TableSpec

HEADER_LINE = 1
UNKNOWN_COLUMN = "unknown column"
MISSING_COLUMN = "required column is missing"


@dataclass(frozen=True)
class ValidTable:
    """A table whose rows all passed their row model."""

    spec: TableSpec
    raw: pd.DataFrame
    rows: list[Row]
    lines: list[int]


def validate_package(directory: Path) -> dict[str, ValidTable]:
    """Validate every table in ``directory``; raise DatasetError if any fail."""
    directory = Path(directory)
    problems: list[Problem] = []
    if not directory.is_dir():
        raise DatasetError([Problem(str(directory), None, None, "no such directory")])
    tables: dict[str, ValidTable] = {}
    for spec in TABLES:
        table = _validate_table(directory / spec.path, spec, problems)
        if table is not None:
            tables[spec.name] = table
    problems.extend(_key_problems(tables))
    if "actors" in tables:
        problems.extend(_hierarchy_problems(tables["actors"]))
    if "events" in tables and "event_sources" in tables:
        problems.extend(_uncited_event_problems(tables))
    if problems:
        raise DatasetError(problems)
    return tables


def _validate_table(
    path: Path, spec: TableSpec, problems: list[Problem]
) -> ValidTable | None:
    raw = _read_csv(path, problems)
    if raw is None:
        return None
    header = list(_header_problems(path.name, raw.columns, spec))
    problems.extend(header)
    if any(problem.message == MISSING_COLUMN for problem in header):
        return None
    raw = raw.drop(columns=[p.field for p in header])
    lines = _record_lines(path, len(raw))
    for column in spec.model.model_fields:
        if column not in raw.columns:
            raw[column] = ""
    records = raw.to_dict("records")
    try:
        rows = TypeAdapter(list[spec.model]).validate_python(records)
    except ValidationError as error:
        problems.extend(_row_problems(path.name, error, lines))
        return None
    return ValidTable(spec, raw, rows, lines)


def _read_csv(path: Path, problems: list[Problem]) -> pd.DataFrame | None:
    name = path.name
    if not path.is_file():
        problems.append(Problem(name, None, None, "file is missing"))
        return None
    try:
        frame = pd.read_csv(
            path, dtype=str, keep_default_na=False, encoding="utf-8", engine="c"
        )
    except UnicodeDecodeError as error:
        problems.append(
            Problem(name, None, None, f"not UTF-8 text (byte {error.start})")
        )
        return None
    except pd.errors.EmptyDataError:
        problems.append(Problem(name, None, None, "file is empty (no header row)"))
        return None
    except pd.errors.ParserError as error:
        problems.append(Problem(name, None, None, f"not valid CSV: {error}".strip()))
        return None
    except OSError as error:
        problems.append(Problem(name, None, None, f"cannot be read: {error.strerror}"))
        return None
    return frame.fillna("")


def _header_problems(
    name: str, columns: pd.Index, spec: TableSpec
) -> Iterator[Problem]:
    known = spec.model.model_fields
    for column in columns:
        if column not in known:
            yield Problem(name, HEADER_LINE, str(column), UNKNOWN_COLUMN)
    for field_name, info in known.items():
        if info.is_required() and field_name not in columns:
            yield Problem(name, HEADER_LINE, field_name, MISSING_COLUMN)


def _record_lines(path: Path, count: int) -> list[int]:
    """The line on which each record starts (records may span lines)."""
    lines: list[int] = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader, None)
        start = reader.line_num + 1
        for record in reader:
            if len(record) > 1 or (record and record[0].strip()):
                lines.append(start)  # pandas skips blank lines: not records
            start = reader.line_num + 1
    lines.extend(range(len(lines) + 2, count + 2))
    return lines[:count]


def _row_problems(
    name: str, error: ValidationError, lines: list[int]
) -> Iterator[Problem]:
    for detail in error.errors(include_url=False):
        index, *rest = detail["loc"]
        cause = detail.get("ctx", {}).get("error")
        if isinstance(cause, FieldError):
            field, message = cause.field, str(cause)
        else:
            field = str(rest[0]) if rest else None
            message = detail["msg"]
            if detail["type"] not in ("missing", "extra_forbidden") and detail.get(
                "input"
            ) not in (None, ""):
                message = f"{message} (got {detail['input']!r})"
            if detail["type"] == "missing":
                message = "required value is missing"
        yield Problem(name, lines[int(index)], field, message)


def _values(raw: pd.DataFrame, field: str, spec: TableSpec) -> pd.Series:
    """A column as one value a row, lists exploded; blanks dropped."""
    column = raw[field].str.strip()
    annotation = spec.model.model_fields[field].annotation
    if getattr(annotation, "__origin__", None) is list:
        column = column.str.split(LIST_DELIMITER).explode().str.strip()
    return column[column != ""]


def _key_problems(tables: dict[str, ValidTable]) -> Iterator[Problem]:
    """Duplicate keys, and references into every table that loaded."""
    for table in tables.values():
        spec, raw = table.spec, table.raw
        keys = raw[list(spec.primary_key)].apply(lambda col: col.str.strip())
        duplicated = keys.duplicated(keep="first")
        first_line = {}
        for position, key in enumerate(map(tuple, keys.itertuples(index=False))):
            if not duplicated.iat[position]:
                first_line[key] = table.lines[position]
                continue
            shown = ", ".join(key)
            yield Problem(
                spec.path,
                table.lines[position],
                "+".join(spec.primary_key),
                f"duplicate key '{shown}' (first at line {first_line[key]})",
            )
        for fk in spec.foreign_keys:
            target = tables.get(fk.reference_table)
            if target is None:  # that table failed: its own problems are reported
                continue
            known = set(target.raw[fk.reference_field].str.strip())
            values = _values(raw, fk.fields, spec)
            for position, value in values[~values.isin(known)].items():
                yield Problem(
                    spec.path,
                    table.lines[int(position)],
                    fk.fields,
                    f"no {fk.reference_table} row has {fk.reference_field} '{value}'",
                )


def _hierarchy_problems(actors: ValidTable) -> Iterator[Problem]:
    parent: dict[str, Any] = {row.id: row.parent_id for row in actors.rows}
    line_of = {row.id: line for row, line in zip(actors.rows, actors.lines)}
    for actor_id in parent:
        seen = {actor_id}
        current = parent.get(actor_id)
        while current is not None and current in parent:
            if current in seen:
                yield Problem(
                    actors.spec.path,
                    line_of[actor_id],
                    "parent_id",
                    f"parents of '{actor_id}' form a cycle",
                )
                break
            seen.add(current)
            current = parent[current]


def _uncited_event_problems(tables: dict[str, ValidTable]) -> Iterator[Problem]:
    events = tables["events"]
    cited = set(tables["event_sources"].raw["event_id"].str.strip())
    for row, line in zip(events.rows, events.lines):
        if row.id not in cited:
            yield Problem(
                events.spec.path, line, "id", "no event_sources row cites this event"
            )
