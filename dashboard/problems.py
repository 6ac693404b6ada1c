"""Problems found in a dataset, reported as ``file:row: field: what is wrong``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one cell, row or file.

    ``row`` is the line number in the CSV file (the header is line 1); ``None``
    when the problem concerns the whole file.
    """

    file: str
    row: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = self.file if self.row is None else f"{self.file}:{self.row}"
        return f"{where}: {self.field or '-'}: {self.message}"


class DatasetError(Exception):
    """Raised when a dataset cannot be loaded; carries every problem found."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems: list[Problem] = sorted(problems, key=_sort_key)
        super().__init__(self.report())

    def report(self, limit: int | None = None) -> str:
        """All problems, one a line (the first ``limit`` if given)."""
        shown = self.problems if limit is None else self.problems[:limit]
        lines = [str(problem) for problem in shown]
        if len(shown) < len(self.problems):
            lines.append(f"... and {len(self.problems) - len(shown)} more problems")
        return "\n".join(lines)


def _sort_key(problem: Problem) -> tuple[str, int, str, str]:
    return (problem.file, problem.row or 0, problem.field or "", problem.message)
