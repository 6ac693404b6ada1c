"""Time what the server does on each filter change, on synthetic packages.

Run by hand from the repository root::

    python benchmarks/bench_filter.py --sizes 1000 10000 100000 1000000

For every size it writes (or reuses, from ``--cache``) a synthetic package, loads
it with :func:`dashboard.loading.load_dataset`, draws the default view once
(the first render also builds the per-dataset indexes), then for a few
realistic views times :func:`callbacks.render.page_outputs` -- the body of the
page's render callback -- and the JSON encoding Dash applies to its outputs
(:func:`plotly.io.json.to_json_plotly`, orjson engine). Each view's first call
is reported on its own: it pays for what is remembered afterwards (a new search
word, span labels). Prints markdown tables.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import pstats
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.io.json import to_json_plotly

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from callbacks.render import page_outputs  # noqa: E402
from dashboard.loading import Dataset, load_dataset  # noqa: E402
from dashboard.synth import write_synthetic_package  # noqa: E402
from dashboard.viewstate import LaneMode, ViewState  # noqa: E402

DEFAULT_SIZES = (1_000, 10_000, 100_000)
TARGET_MS = 250.0
TARGET_SIZE = 100_000
SEARCH_WORD = "hospitals"
DONE_MARKER = "datapackage.json"


@dataclass(frozen=True)
class Timing:
    """One view measured at one size."""

    size: int
    view: str
    mode: str
    points: int
    rows: int
    first_ms: float
    compute_ms: list[float]
    encode_ms: list[float]
    cpu_ms: list[float]
    payload_bytes: int
    timeline_bytes: int

    @property
    def total_ms(self) -> np.ndarray:
        """Server time per repeat: callback body plus JSON encoding."""
        return np.add(self.compute_ms, self.encode_ms)


def package_for(size: int, seed: int, cache: Path) -> tuple[Path, float | None]:
    """The package of ``size`` events, written unless cached; seconds spent."""
    directory = cache / f"synth-{size}-seed{seed}"
    if (directory / DONE_MARKER).is_file():
        return directory, None
    started = time.perf_counter()
    write_synthetic_package(directory, events=size, seed=seed)
    return directory, time.perf_counter() - started


def views(dataset: Dataset) -> dict[str, ViewState]:
    """The views measured: what people do on the page, one step each."""
    events = dataset.events
    middle = events["start"].iloc[len(events) // 2].date()
    window = (middle, middle + dt.timedelta(days=30))
    in_window = events[
        (events["end"] >= pd.Timestamp(window[0]))
        & (events["start"] <= pd.Timestamp(window[1]))
    ]
    linked = set(dataset.casualty_figures["event_id"].dropna().astype(str))
    linked |= set(dataset.demand_events["event_id"].astype(str))
    candidates = in_window[in_window["id"].isin(linked)]
    chosen = candidates if not candidates.empty else in_window
    selected = str(chosen["id"].iloc[len(chosen) // 2]) if len(chosen) else None
    actors = dataset.actors
    state = str(actors.loc[actors["kind"].astype(str) == "state", "id"].iloc[0])
    return {
        "everything, zoomed out": ViewState(),
        "everything, actor lanes": ViewState(lanes=LaneMode.ACTOR),
        f"one state ({state}) + children": ViewState(actors=(state,)),
        f"text search '{SEARCH_WORD}'": ViewState(text=SEARCH_WORD),
        "1-month window": ViewState(window=window),
        "1-month window + selected event": ViewState(window=window, event=selected),
    }


def _timeline_shape(figure: go.Figure) -> tuple[str, int]:
    points = sum(len(trace.x) for trace in figure.data if trace.x is not None)
    aggregated = any(trace.meta == "aggregate" for trace in figure.data)
    return ("aggregate" if aggregated else "points"), points


def measure(
    dataset: Dataset, size: int, name: str, state: ViewState, repeats: int
) -> Timing:
    """Run the render callback body ``repeats`` times (after one warm-up)."""
    store = state.to_store()
    started = time.perf_counter()
    to_json_plotly(page_outputs(dataset, store))
    first_ms = (time.perf_counter() - started) * 1000
    compute, encode, cpu = [], [], []
    payload = ""
    outputs: dict[str, Any] = {}
    for _ in range(repeats):
        cpu_started = time.process_time()
        started = time.perf_counter()
        outputs = page_outputs(dataset, store)
        middle = time.perf_counter()
        payload = to_json_plotly(outputs)
        finished = time.perf_counter()
        cpu.append((time.process_time() - cpu_started) * 1000)
        compute.append((middle - started) * 1000)
        encode.append((finished - middle) * 1000)
    mode, points = _timeline_shape(outputs["timeline"])
    return Timing(
        size=size,
        view=name,
        mode=mode,
        points=points,
        rows=len(outputs["table"]),
        first_ms=first_ms,
        compute_ms=compute,
        encode_ms=encode,
        cpu_ms=cpu,
        payload_bytes=len(payload.encode("utf-8")),
        timeline_bytes=len(to_json_plotly(outputs["timeline"]).encode("utf-8")),
    )


def _ms(values: Any, quantile: float) -> str:
    return f"{np.percentile(values, quantile):,.0f}"


def timing_table(timings: list[Timing]) -> str:
    """The results as a markdown table."""
    lines = [
        "| events | view | timeline | points | table rows | first call ms "
        "| callback median ms | callback p95 ms | JSON median ms | server median ms "
        "| server p95 ms | server CPU median ms | payload KB | timeline KB |",
        "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for item in timings:
        lines.append(
            f"| {item.size:,} | {item.view} | {item.mode} | {item.points:,} "
            f"| {item.rows:,} | {item.first_ms:,.0f} | {_ms(item.compute_ms, 50)} "
            f"| {_ms(item.compute_ms, 95)} | {_ms(item.encode_ms, 50)} "
            f"| {_ms(item.total_ms, 50)} | {_ms(item.total_ms, 95)} "
            f"| {_ms(item.cpu_ms, 50)} "
            f"| {item.payload_bytes / 1024:,.0f} | {item.timeline_bytes / 1024:,.0f} |"
        )
    return "\n".join(lines)


def profile(
    work: Callable[[], Any], limit: int, pattern: str = r"/work/|dashboard|callbacks"
) -> str:
    """Top ``limit`` functions of ``work`` by own and by cumulative time."""
    profiler = cProfile.Profile()
    profiler.runcall(work)
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    stats.sort_stats("tottime").print_stats(limit)
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("cumulative").print_stats(pattern, limit)
    return out.getvalue()


def run_size(
    size: int, seed: int, cache: Path, repeats: int, with_profile: bool
) -> tuple[str, list[Timing], list[str]]:
    """Generate (or reuse) and load one package, then measure every view.

    Returns the load-table row, the timings and any profile reports.
    """
    directory, made = package_for(size, seed, cache)
    started = time.perf_counter()
    dataset = load_dataset(directory)
    loaded = time.perf_counter() - started
    made_text = "cached" if made is None else f"{made:.1f}"
    print(f"{size:,} events: loaded in {loaded:.1f} s", file=sys.stderr)
    started = time.perf_counter()
    page_outputs(dataset, ViewState().to_store())
    first_render = time.perf_counter() - started
    states = views(dataset)
    timings = [
        measure(dataset, size, name, state, repeats) for name, state in states.items()
    ]
    reports = []
    for timing in timings:
        slow = np.percentile(timing.total_ms, 95) > TARGET_MS
        if with_profile and slow and size == TARGET_SIZE:
            store = states[timing.view].to_store()

            def work(store: dict[str, Any] = store) -> str:
                return to_json_plotly(page_outputs(dataset, store))

            text = profile(work, 25)
            reports.append(f"### {size:,} events, {timing.view}\n\n```\n{text}```")
    load = f"| {size:,} | {made_text} | {loaded:.1f} | {first_render:.2f} |"
    return load, timings, reports


def main(argv: list[str] | None = None) -> int:
    """Benchmark every size; print a load table and the filter table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--cache",
        type=Path,
        default=None,
        help="keep generated packages here and reuse them (default: a temp dir)",
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help=f"cProfile views that miss {TARGET_MS:.0f} ms at {TARGET_SIZE:,} events",
    )
    args = parser.parse_args(argv)

    loads: list[str] = []
    timings: list[Timing] = []
    reports: list[str] = []
    with tempfile.TemporaryDirectory(prefix="bench-filter-") as scratch:
        cache = args.cache or Path(scratch)
        cache.mkdir(parents=True, exist_ok=True)
        for size in args.sizes:
            load, measured, profiled = run_size(
                size, args.seed, cache, args.repeats, args.profile
            )
            loads.append(load)
            timings.extend(measured)
            reports.extend(profiled)

    print("| events | generate s | load s | first render s |")
    print("|---:|---:|---:|---:|")
    print("\n".join(loads))
    print()
    print(timing_table(timings))
    print(
        f"\nserver = callback body + JSON encoding (wall clock; CPU = process time); "
        f"target: p95 < {TARGET_MS:.0f} ms at {TARGET_SIZE:,} events; "
        f"{args.repeats} repeats after the first call; points = x values in the "
        "timeline's traces (markers, span bars, rings or aggregate bins); first "
        "render = the default view right after loading (builds the per-dataset "
        "indexes)."
    )
    for report in reports:
        print()
        print(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
