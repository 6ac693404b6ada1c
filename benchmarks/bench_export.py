"""Warm export time per format, on the bundled dataset (run by hand).

    .venv/bin/python benchmarks/bench_export.py [--repeats 5]

The first image export starts Chromium (reported as "cold"); the table shows the
median and worst of the following, warm, exports, and the file size.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard.export.renderer import RENDERER  # noqa: E402
from dashboard.export.service import FORMATS, export_view  # noqa: E402
from dashboard.loading import load_dataset  # noqa: E402
from dashboard.settings import Settings  # noqa: E402
from dashboard.viewstate import ViewState  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    dataset = load_dataset()
    state = ViewState(actors=("russia",), event="veto-2011-10-04")
    campaign = Settings().campaign

    started = time.perf_counter()
    export_view(dataset, state, "timeline", "png", campaign)
    cold = time.perf_counter() - started
    print(f"cold start (first PNG, Chromium starting): {cold:.2f} s")

    print("| export | format | median ms | worst ms | size |")
    print("| --- | --- | ---: | ---: | ---: |")
    for target, formats in FORMATS.items():
        for fmt in formats:
            times = []
            size = 0
            for _ in range(args.repeats):
                started = time.perf_counter()
                made = export_view(dataset, state, target, fmt, campaign)
                times.append((time.perf_counter() - started) * 1000)
                size = len(made.content)
            print(
                f"| {target} | {fmt} | {statistics.median(times):,.0f} "
                f"| {max(times):,.0f} | {size / 1024:,.0f} kB |"
            )
    RENDERER.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
