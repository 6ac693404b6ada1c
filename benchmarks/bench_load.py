"""Time each stage of loading a data package (validation, typing, derived columns).

Run by hand: ``python benchmarks/bench_load.py DIR``. It repeats, stage by stage,
what :func:`dashboard.loading.load_dataset` does, so it reaches into private
helpers of ``dashboard.validation`` and ``dashboard.loading``; if those change,
update this script. Prints a markdown table of seconds per stage.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from dashboard import loading, validation  # noqa: E402
from dashboard.actors import ActorTree  # noqa: E402
from dashboard.schema import TABLES  # noqa: E402


def _timed(stages: dict[str, float], name: str, work: Callable[[], Any]) -> Any:
    started = time.perf_counter()
    result = work()
    stages[name] = stages.get(name, 0.0) + time.perf_counter() - started
    return result


def load_stages(directory: Path) -> dict[str, float]:
    """Seconds spent in each stage of loading ``directory``."""
    stages: dict[str, float] = {}
    problems: list[validation.Problem] = []
    tables: dict[str, validation.ValidTable] = {}
    for spec in TABLES:
        path = directory / spec.path
        raw = _timed(stages, "read_csv", lambda: validation._read_csv(path, problems))
        lines = _timed(
            stages, "record_lines", lambda: validation._record_lines(path, len(raw))
        )
        records = _timed(stages, "to_dict(records)", lambda: raw.to_dict("records"))
        adapter = TypeAdapter(list[spec.model])
        rows = _timed(stages, "pydantic rows", lambda: adapter.validate_python(records))
        tables[spec.name] = validation.ValidTable(spec, raw, rows, lines)
    _timed(stages, "key_problems", lambda: list(validation._key_problems(tables)))
    _timed(
        stages,
        "hierarchy_problems",
        lambda: list(validation._hierarchy_problems(tables["actors"])),
    )
    _timed(
        stages,
        "uncited_event_problems",
        lambda: list(validation._uncited_event_problems(tables)),
    )
    frames = _timed(
        stages,
        "typed_frame",
        lambda: {name: loading._typed_frame(table) for name, table in tables.items()},
    )
    events = _timed(
        stages,
        "with_layer",
        lambda: loading._with_layer(
            frames["events"], frames["event_sources"], frames["sources"]
        ),
    )
    events = _timed(
        stages,
        "with_search_text",
        lambda: loading._with_search_text(
            events, frames["event_actors"], frames["actors"]
        ),
    )
    _timed(
        stages,
        "sort events",
        lambda: events.sort_values(["start", "end", "id"], ignore_index=True),
    )
    _timed(stages, "actor_tree", lambda: ActorTree.from_frame(frames["actors"]))
    return stages


def main(argv: list[str] | None = None) -> int:
    """Print the stage table for each directory given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directories", nargs="+", type=Path)
    args = parser.parse_args(argv)
    results = {str(path): load_stages(path) for path in args.directories}
    names = list(next(iter(results.values())))
    print("| stage | " + " | ".join(results) + " |")
    print("|---|" + "---:|" * len(results))
    for name in names:
        cells = " | ".join(f"{stages[name]:.2f}" for stages in results.values())
        print(f"| {name} | {cells} |")
    totals = " | ".join(f"{sum(s.values()):.2f}" for s in results.values())
    print(f"| **total** | {totals} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
