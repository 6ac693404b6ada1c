"""Validation: every rule reports ``file:row: field: message`` for a broken cell,
and every problem in a package is reported at once."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.cli import main
from dashboard.loading import load_dataset
from dashboard.problems import DatasetError, Problem
from dashboard.schema import TABLES
from dashboard.validation import validate_package
from tests.conftest import ROOT
from tests.packages import Rows, minimal_tables, write_package


def broken(table: str, index: int, **cells: str) -> Rows:
    """The minimal package with some cells of one row replaced."""
    tables = minimal_tables()
    tables[table][index].update(cells)
    return tables


def problems_in(directory: Path) -> list[Problem]:
    """The problems validation reports for ``directory`` (it must fail)."""
    with pytest.raises(DatasetError) as caught:
        validate_package(directory)
    return caught.value.problems


def problems_of(tmp_path: Path, tables: Rows) -> list[Problem]:
    return problems_in(write_package(tmp_path / "package", tables))


def only(problems: list[Problem]) -> Problem:
    """The single problem reported; fails showing them all if there are others."""
    assert len(problems) == 1, [str(problem) for problem in problems]
    return problems[0]


def head(problem: Problem) -> str:
    """The ``file:row: field`` part of a problem as it is printed."""
    printed = str(problem)
    assert printed.endswith(f": {problem.message}")
    return printed.removesuffix(f": {problem.message}")


def rewrite_csv(path: Path, drop: str) -> None:
    """Rewrite the CSV file at ``path`` without the column ``drop``."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    columns = [name for name in rows[0] if name != drop]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def test_the_minimal_package_is_valid(small_package: Path) -> None:
    tables = validate_package(small_package)
    assert set(tables) == {spec.name for spec in TABLES}
    assert len(tables["events"].rows) == len(minimal_tables()["events"])


# --- wrong types -------------------------------------------------------------


def test_impossible_date_is_reported_with_row_and_field(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, broken("events", 1, start="2020-02-30"))
    problem = only(problems)
    assert head(problem) == "events.csv:3: start"
    assert "date" in problem.message
    assert "'2020-02-30'" in problem.message


def test_date_in_wrong_format_is_reported(tmp_path: Path) -> None:
    tables = broken("demands", 0, made_on="March 2nd, 2020")
    problem = only(problems_of(tmp_path, tables))
    assert head(problem) == "demands.csv:2: made_on"
    assert "date" in problem.message
    assert "March 2nd" in problem.message


def test_non_integer_count_is_reported(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, broken("casualty_figures", 0, count="dozens"))
    problem = only(problems)
    assert head(problem) == "casualty_figures.csv:2: count"
    assert "integer" in problem.message
    assert "'dozens'" in problem.message


def test_non_integer_paragraph_is_reported(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, broken("demands", 1, paragraph="6b"))
    problem = only(problems)
    assert head(problem) == "demands.csv:3: paragraph"
    assert "integer" in problem.message
    assert "6b" in problem.message


def test_non_integer_item_in_paragraph_list_is_reported(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, broken("event_sources", 2, paragraphs="3;four"))
    problem = only(problems)
    assert head(problem) == "event_sources.csv:4: paragraphs"
    assert "integer" in problem.message
    assert "'four'" in problem.message


def test_paragraph_zero_is_reported(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, broken("casualty_figures", 0, paragraph="0"))
    problem = only(problems)
    assert head(problem) == "casualty_figures.csv:2: paragraph"
    assert "greater than" in problem.message


def test_unreadable_boolean_is_reported(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, broken("events", 1, is_period="sometimes"))
    problem = only(problems)
    assert head(problem) == "events.csv:3: is_period"
    assert "boolean" in problem.message


def test_id_with_spaces_and_capitals_is_reported(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, broken("actors", 4, id="The Council"))
    problem = only(problems)
    assert head(problem) == "actors.csv:6: id"
    assert "pattern" in problem.message
    assert "The Council" in problem.message


# --- required values ---------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "index", "field", "line"),
    [
        ("events", 0, "title", 2),
        ("events", 2, "summary", 4),
        ("actors", 2, "name", 4),
        ("sources", 1, "publisher", 3),
        ("event_actors", 3, "role", 5),
        ("casualty_figures", 0, "victims", 2),
        ("demands", 1, "made_on", 3),
    ],
)
def test_blank_required_value_is_reported(
    tmp_path: Path, table: str, index: int, field: str, line: int
) -> None:
    problems = problems_of(tmp_path, broken(table, index, **{field: ""}))
    problem = only(problems)
    assert head(problem) == f"{table}.csv:{line}: {field}"
    assert "required" in problem.message


def test_whitespace_only_required_value_counts_as_missing(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, broken("events", 3, title="   "))
    problem = only(problems)
    assert head(problem) == "events.csv:5: title"
    assert "required" in problem.message
    assert "missing" in problem.message


# --- enumerations ------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "index", "field", "line", "allowed"),
    [
        ("events", 0, "event_type", 2, "'veto'"),
        ("events", 1, "date_precision", 3, "'approximate'"),
        ("casualty_figures", 0, "qualifier", 2, "'more_than'"),
        ("casualty_figures", 0, "outcome", 2, "'killed'"),
        ("casualty_figures", 0, "period_precision", 2, "'month'"),
        ("demands", 0, "status", 2, "'unmet'"),
        ("demands", 1, "theme", 3, "'icc_referral'"),
        ("actors", 3, "kind", 5, "'armed_force'"),
        ("sources", 0, "layer", 2, "'context'"),
        ("event_actors", 1, "role", 3, "'forum'"),
        ("demand_events", 2, "relation", 4, "'responds_to'"),
    ],
)
def test_value_outside_its_enumeration_is_reported(
    tmp_path: Path, table: str, index: int, field: str, line: int, allowed: str
) -> None:
    problems = problems_of(tmp_path, broken(table, index, **{field: "whatever"}))
    problem = only(problems)
    assert head(problem) == f"{table}.csv:{line}: {field}"
    assert allowed in problem.message
    assert "(got 'whatever')" in problem.message


# --- rules across fields -----------------------------------------------------


def test_event_starting_after_it_ends_is_reported_against_end(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, broken("events", 1, start="2020-03-15"))
    problem = only(problems)
    assert head(problem) == "events.csv:3: end"
    assert "2020-02-29" in problem.message
    assert "before start" in problem.message


def test_figure_period_ending_before_it_starts_is_reported(tmp_path: Path) -> None:
    tables = broken("casualty_figures", 0, period_end="2020-01-31")
    problem = only(problems_of(tmp_path, tables))
    assert head(problem) == "casualty_figures.csv:2: period_end"
    assert "before period_start" in problem.message


def test_negative_count_is_reported(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, broken("casualty_figures", 0, count="-4"))
    problem = only(problems)
    assert head(problem) == "casualty_figures.csv:2: count"
    assert "greater than" in problem.message
    assert "-4" in problem.message


def test_figure_without_count_needs_qualifier_unspecified(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, broken("casualty_figures", 0, count=""))
    problem = only(problems)
    assert head(problem) == "casualty_figures.csv:2: qualifier"
    assert "'unspecified'" in problem.message


def test_settled_demand_without_event_or_note_is_reported(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, broken("demands", 0, status_event_id=""))
    problem = only(problems)
    assert head(problem) == "demands.csv:2: status"
    assert "status_note" in problem.message


def test_citation_without_paragraphs_or_locator_is_reported(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, broken("event_sources", 3, paragraphs=""))
    problem = only(problems)
    assert head(problem) == "event_sources.csv:5: paragraphs"
    assert "paragraphs or a locator" in problem.message


def test_dated_source_without_precision_is_reported(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, broken("sources", 0, date_precision=""))
    problem = only(problems)
    assert head(problem) == "sources.csv:2: date_precision"
    assert "required" in problem.message


def test_actor_that_is_its_own_parent_is_reported(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, broken("actors", 3, parent_id="statea-army"))
    problem = only(problems)
    assert head(problem) == "actors.csv:5: parent_id"
    assert "own parent" in problem.message


def test_cycle_of_parents_is_reported_for_each_actor_in_it(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, broken("actors", 0, parent_id="speaker"))
    assert [str(problem) for problem in problems] == [
        "actors.csv:2: parent_id: parents of 'group' form a cycle",
        "actors.csv:3: parent_id: parents of 'speaker' form a cycle",
    ]


def test_event_no_source_cites_is_reported(tmp_path: Path) -> None:
    tables = minimal_tables()
    tables["event_sources"] = [
        row for row in tables["event_sources"] if row["event_id"] != "strikes-1"
    ]
    problems = problems_of(tmp_path, tables)
    problem = only(problems)
    assert head(problem) == "events.csv:3: id"
    assert "no event_sources row" in problem.message


# --- references --------------------------------------------------------------

FOREIGN_KEYS = [
    ("sources", 0, "spokesperson_ids", "actors"),
    ("actors", 1, "parent_id", "actors"),
    ("event_actors", 0, "event_id", "events"),
    ("event_actors", 2, "actor_id", "actors"),
    ("event_sources", 0, "event_id", "events"),
    ("event_sources", 1, "source_id", "sources"),
    ("casualty_figures", 0, "reported_by_id", "actors"),
    ("casualty_figures", 0, "source_id", "sources"),
    ("casualty_figures", 0, "event_id", "events"),
    ("demands", 0, "made_by_id", "actors"),
    ("demands", 0, "addressed_to_id", "actors"),
    ("demands", 1, "concerning_id", "actors"),
    ("demands", 1, "source_id", "sources"),
    ("demands", 0, "status_event_id", "events"),
    ("demand_events", 1, "demand_id", "demands"),
    ("demand_events", 2, "event_id", "events"),
]


def test_every_foreign_key_of_the_schema_has_a_test_case() -> None:
    declared = {
        (spec.name, fk.fields, fk.reference_table)
        for spec in TABLES
        for fk in spec.foreign_keys
    }
    assert declared == {
        (table, field, target) for table, _, field, target in FOREIGN_KEYS
    }


@pytest.mark.parametrize(("table", "index", "field", "target"), FOREIGN_KEYS)
def test_unknown_id_in_a_reference_is_reported_with_row_and_field(
    tmp_path: Path, table: str, index: int, field: str, target: str
) -> None:
    problems = problems_of(tmp_path, broken(table, index, **{field: "ghost"}))
    problem = only(problems)
    assert head(problem) == f"{table}.csv:{index + 2}: {field}"
    assert f"no {target} row has id 'ghost'" in problem.message


def test_unknown_id_inside_a_list_reference_is_named(tmp_path: Path) -> None:
    tables = broken("sources", 0, spokesperson_ids="speaker; phantom")
    problem = only(problems_of(tmp_path, tables))
    assert head(problem) == "sources.csv:2: spokesperson_ids"
    assert "'phantom'" in problem.message


def test_duplicate_id_is_reported_at_the_second_row(tmp_path: Path) -> None:
    tables = minimal_tables()
    tables["actors"].append({"id": "council", "name": "Another body", "kind": "ngo"})
    problem = only(problems_of(tmp_path, tables))
    assert head(problem) == "actors.csv:7: id"
    assert "duplicate key 'council'" in problem.message
    assert "first at line 6" in problem.message


def test_duplicate_composite_key_names_every_key_field(tmp_path: Path) -> None:
    tables = minimal_tables()
    tables["event_sources"].append(
        {"event_id": "strikes-1", "source_id": "note-1", "paragraphs": "9"}
    )
    problem = only(problems_of(tmp_path, tables))
    assert head(problem) == "event_sources.csv:7: event_id+source_id"
    assert "'strikes-1, note-1'" in problem.message
    assert "first at line 4" in problem.message


# --- files and columns -------------------------------------------------------


def test_missing_csv_file_is_reported_for_the_whole_file(tmp_path: Path) -> None:
    directory = write_package(tmp_path / "package")
    (directory / "demand_events.csv").unlink()
    problem = only(problems_in(directory))
    assert head(problem) == "demand_events.csv: -"
    assert "file is missing" in problem.message
    assert str(problem) == "demand_events.csv: -: file is missing"


def test_missing_directory_is_reported(tmp_path: Path) -> None:
    problem = only(problems_in(tmp_path / "nowhere"))
    assert problem.file == str(tmp_path / "nowhere")
    assert problem.message == "no such directory"


def test_missing_required_column_is_reported_on_the_header_line(
    tmp_path: Path,
) -> None:
    directory = write_package(tmp_path / "package")
    rewrite_csv(directory / "events.csv", drop="event_type")
    problem = only(problems_in(directory))
    assert head(problem) == "events.csv:1: event_type"
    assert "required column" in problem.message


def test_missing_optional_column_is_allowed(tmp_path: Path) -> None:
    directory = write_package(tmp_path / "package")
    rewrite_csv(directory / "events.csv", drop="location")
    assert len(validate_package(directory)["events"].rows) == 4


def test_unknown_column_is_reported_on_the_header_line(tmp_path: Path) -> None:
    tables = broken("events", 0, colour="red")
    problem = only(problems_of(tmp_path, tables))
    assert head(problem) == "events.csv:1: colour"
    assert "unknown column" in problem.message


def test_binary_file_is_reported_as_not_utf8(tmp_path: Path) -> None:
    directory = write_package(tmp_path / "package")
    (directory / "actors.csv").write_bytes(b"\x89PNG\r\n\x1a\n\x00\xff\xfe\x00")
    problem = only(problems_in(directory))
    assert head(problem) == "actors.csv: -"
    assert "not UTF-8" in problem.message


def test_file_in_another_encoding_is_reported_as_not_utf8(tmp_path: Path) -> None:
    directory = write_package(tmp_path / "package")
    path = directory / "actors.csv"
    path.write_bytes(path.read_text(encoding="utf-8").encode("latin-1"))
    problem = only(problems_in(directory))
    assert head(problem) == "actors.csv: -"
    assert "not UTF-8" in problem.message


def test_row_with_too_many_cells_is_reported_as_bad_csv(tmp_path: Path) -> None:
    directory = write_package(tmp_path / "package")
    path = directory / "demand_events.csv"
    path.write_text(path.read_text() + "dem-2,vote-1,made_in,extra,cells\n")
    problem = only(problems_in(directory))
    assert head(problem) == "demand_events.csv: -"
    assert "not valid CSV" in problem.message
    assert "line 5" in problem.message


def test_unclosed_quote_is_reported_as_bad_csv(tmp_path: Path) -> None:
    directory = write_package(tmp_path / "package")
    path = directory / "event_actors.csv"
    path.write_text(path.read_text() + 'vote-2,"council,forum\n')
    problem = only(problems_in(directory))
    assert head(problem) == "event_actors.csv: -"
    assert "not valid CSV" in problem.message


def test_empty_file_is_reported(tmp_path: Path) -> None:
    directory = write_package(tmp_path / "package")
    (directory / "sources.csv").write_text("")
    problem = only(problems_in(directory))
    assert head(problem) == "sources.csv: -"
    assert "empty" in problem.message


# --- row numbers -------------------------------------------------------------


def test_row_number_counts_the_lines_of_multiline_cells(tmp_path: Path) -> None:
    tables = broken("events", 0, summary="first line\nsecond line\nthird line")
    tables["events"][1]["event_type"] = "unknown-kind"
    problem = only(problems_of(tmp_path, tables))
    # The first record spans lines 2-4, so the second starts on line 5.
    assert head(problem) == "events.csv:5: event_type"
    assert "unknown-kind" in problem.message


@pytest.mark.parametrize("blank", ["", "   "], ids=["empty", "spaces"])
def test_row_number_counts_blank_lines(tmp_path: Path, blank: str) -> None:
    directory = write_package(tmp_path / "package", broken("events", 2, title=""))
    path = directory / "events.csv"
    lines = path.read_text().split("\n")
    lines.insert(2, blank)
    path.write_text("\n".join(lines))
    problem = only(problems_in(directory))
    assert head(problem) == "events.csv:5: title"
    assert "required" in problem.message


# --- everything at once ------------------------------------------------------


def test_problems_in_different_files_are_all_reported_at_once(tmp_path: Path) -> None:
    tables = broken("events", 1, start="someday")
    tables["event_actors"][4]["actor_id"] = "ghost"
    tables["casualty_figures"][0]["count"] = "many"
    tables["actors"].append({"id": "group", "name": "Copy", "kind": "ngo"})
    directory = write_package(tmp_path / "package", tables)
    (directory / "demand_events.csv").unlink()
    problems = problems_in(directory)
    assert [(p.file, p.row, p.field) for p in problems] == [
        ("actors.csv", 7, "id"),
        ("casualty_figures.csv", 2, "count"),
        ("demand_events.csv", None, None),
        ("event_actors.csv", 6, "actor_id"),
        ("events.csv", 3, "start"),
    ]


def test_reference_problem_is_reported_beside_a_bad_cell_elsewhere(
    tmp_path: Path,
) -> None:
    tables = broken("event_actors", 0, actor_id="ghost")
    tables["casualty_figures"][0]["count"] = "lots"
    problems = [str(problem) for problem in problems_of(tmp_path, tables)]
    assert len(problems) == 2, problems
    assert problems[0].startswith("casualty_figures.csv:2: count: ")
    assert problems[1] == "event_actors.csv:2: actor_id: no actors row has id 'ghost'"


def test_several_bad_rows_in_one_file_are_all_reported(tmp_path: Path) -> None:
    tables = broken("events", 0, event_type="party")
    tables["events"][2]["end"] = "not a date"
    tables["events"][3]["title"] = ""
    problems = problems_of(tmp_path, tables)
    assert [(p.row, p.field) for p in problems] == [
        (2, "event_type"),
        (4, "end"),
        (5, "title"),
    ]


def test_failing_load_raises_dataset_error_and_returns_nothing(
    tmp_path: Path,
) -> None:
    directory = write_package(tmp_path / "package", broken("events", 0, end="x"))
    loaded = None
    with pytest.raises(DatasetError) as caught:
        loaded = load_dataset(directory)
    assert loaded is None
    problem = only(caught.value.problems)
    assert head(problem) == "events.csv:2: end"
    assert "'x'" in problem.message
    assert str(caught.value) == caught.value.report()
    assert str(caught.value).startswith("events.csv:2: end: ")


def test_report_can_be_cut_to_a_limit(tmp_path: Path) -> None:
    tables = broken("events", 0, title="")
    tables["events"][1]["title"] = ""
    tables["events"][2]["title"] = ""
    error = DatasetError(problems_of(tmp_path, tables))
    lines = error.report(limit=1).splitlines()
    assert lines == [
        "events.csv:2: title: required value is missing",
        "... and 2 more problems",
    ]


# --- command line ------------------------------------------------------------


def test_validate_exits_0_and_counts_rows(
    small_package: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(small_package)]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines[0] == f"{small_package}: valid"
    counts = {line.split()[0]: int(line.split()[1]) for line in lines[1:]}
    assert counts == {name: len(rows) for name, rows in minimal_tables().items()}
    assert all(line.endswith(" rows") for line in lines[1:])
    assert captured.err == ""


def test_validate_command_exits_1_and_prints_every_problem(tmp_path: Path) -> None:
    tables = broken("event_actors", 0, actor_id="ghost")
    tables["demands"][1]["status"] = "finished"
    directory = write_package(tmp_path / "package", tables)
    result = subprocess.run(
        [sys.executable, "-m", "dashboard", "validate", str(directory)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0] == f"{directory}: 2 problems"
    assert lines[1].startswith("demands.csv:3: status: ")
    assert "'finished'" in lines[1]
    assert lines[2] == "event_actors.csv:2: actor_id: no actors row has id 'ghost'"


def test_validate_main_reports_a_single_problem_in_the_singular(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    directory = write_package(tmp_path / "package")
    (directory / "sources.csv").unlink()
    assert main(["validate", str(directory)]) == 1
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        f"{directory}: 1 problem",
        "sources.csv: -: file is missing",
    ]
    assert captured.out == ""
