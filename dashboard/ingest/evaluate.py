"""Measured quality of the ingester: precision and recall against hand-written
gold annotations (``NAME.gold.json`` beside each release), and documents per
second. ``python -m dashboard evaluate [--corpus DIR ...] [--sources DIR]``:
``--corpus`` may be given more than once; each corpus gets its own block of
rows, labelled by its folder name."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from ..actors import normalise_name
from ..loading import DEFAULT_DATA_DIR, Dataset, load_dataset
from .pipeline import ingest_document
from .read import SUFFIXES, read_document

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
DEFAULT_CORPUS = BENCHMARKS / "ingest_corpus"
#: Every set, in the order they were written: the corpus and the dev set, then
#: the held-out sets (each scored once untouched, then tuned on; the last ones may
#: still be untouched, as their READMEs say).
DEFAULT_CORPORA = [
    DEFAULT_CORPUS,
    BENCHMARKS / "ingest_dev",
    BENCHMARKS / "ingest_heldout",
    *(BENCHMARKS / f"ingest_heldout{n}" for n in range(2, 38)),
]
DEFAULT_SOURCES = Path(__file__).resolve().parents[3] / "shared" / "sources"


@dataclass
class Score:
    """Matches counted over a corpus."""

    true_positive: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, matched: int, predicted: int, gold: int) -> None:
        self.true_positive += matched
        self.predicted += predicted
        self.gold += gold

    @property
    def precision(self) -> float:
        return self.true_positive / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positive / self.gold if self.gold else 1.0


def match_count(
    predicted: Iterable[Any], gold: Iterable[Any], same: Callable[[Any, Any], bool]
) -> int:
    """Greedy one-to-one matches between ``predicted`` and ``gold``."""
    unused = list(predicted)
    matched = 0
    for item in gold:
        for index, candidate in enumerate(unused):
            if same(candidate, item):
                del unused[index]
                matched += 1
                break
    return matched


def _overlap(a: str, b: str) -> bool:
    a, b = normalise_name(a), normalise_name(b)
    return a in b or b in a


def same_date_text(predicted: dict, gold: dict) -> bool:
    return predicted["paragraph"] == gold["paragraph"] and _overlap(
        predicted["text"], gold["text"]
    )


def same_date_value(predicted: dict, gold: dict) -> bool:
    """Same expression (paragraph and overlapping text) with the same value; an
    ``unresolved`` gold date wants the same expression left unresolved."""
    if not same_date_text(predicted, gold):
        return False
    if gold["precision"] == "unresolved":
        return predicted["start"] is None
    return (
        predicted["start"],
        predicted["end"],
    ) == (gold["start"], gold["end"])


def same_event_place(predicted: dict, gold: dict) -> bool:
    """The same happening whatever its type: same paragraph, or its date."""
    paragraphs = {p for s in predicted["sources"] for p in s["paragraphs"] or []}
    return bool(
        gold.get("paragraph") in paragraphs
        or (
            gold.get("start")
            and predicted["start"] <= gold["start"] <= predicted["end"]
        )
    )


def same_event(predicted: dict, gold: dict) -> bool:
    return predicted["event_type"] == gold["event_type"] and same_event_place(
        predicted, gold
    )


def same_figure(predicted: dict, gold: dict) -> bool:
    return (predicted["count"], predicted["qualifier"], predicted["outcome"]) == (
        gold["count"],
        gold["qualifier"],
        gold["outcome"],
    )


def same_demand(predicted: dict, gold: dict) -> bool:
    same_paragraph = gold.get("paragraph") in (None, predicted["paragraph"])
    return predicted["theme"] == gold["theme"] and same_paragraph


def same_actor(predicted: dict, gold: dict) -> bool:
    names = [predicted["name"], *predicted["mentions"]]
    wanted = [gold["name"], *gold.get("mentions", [])]
    return any(normalise_name(a) == normalise_name(b) for a in names for b in wanted)


KINDS = (
    "dates found",
    "date values",
    "events found (any type)",
    "events",
    "actors",
    "figures",
    "demands",
)


def score_document(candidates: dict, gold: dict, scores: dict[str, Score]) -> None:
    """Add one document's matches to ``scores``."""
    dates, gold_dates = candidates["dates"], gold.get("dates", [])
    scores["dates found"].add(
        match_count(dates, gold_dates, same_date_text), len(dates), len(gold_dates)
    )
    scores["date values"].add(
        match_count(dates, gold_dates, same_date_value), len(dates), len(gold_dates)
    )
    pairs = [
        (
            "events found (any type)",
            candidates["events"],
            gold.get("events", []),
            same_event_place,
        ),
        ("events", candidates["events"], gold.get("events", []), same_event),
        (
            "actors",
            candidates["actors"] + candidates["mentioned_actors"],
            gold.get("actors", []),
            same_actor,
        ),
        (
            "figures",
            candidates["casualty_figures"],
            gold.get("figures", []),
            same_figure,
        ),
        ("demands", candidates["demands"], gold.get("demands", []), same_demand),
    ]
    for kind, predicted, wanted, same in pairs:
        scores[kind].add(
            match_count(predicted, wanted, same), len(predicted), len(wanted)
        )


def gold_from_dataset(dataset: Dataset, source_id: str) -> dict[str, Any]:
    """The dataset rows of one source, as gold (paragraph numbers are the
    dataset's own, so events and demands are matched without them)."""
    cites = dataset.event_sources[dataset.event_sources["source_id"] == source_id]
    events = dataset.events[dataset.events["id"].isin(cites["event_id"])]
    figures = dataset.casualty_figures[
        dataset.casualty_figures["source_id"] == source_id
    ]
    demands = dataset.demands[dataset.demands["source_id"] == source_id]
    return {
        "events": [
            {"event_type": str(row.event_type), "start": row.start.date().isoformat()}
            for row in events.itertuples()
        ],
        "figures": [
            {
                "count": None
                if row.count is None or str(row.count) == "<NA>"
                else int(row.count),
                "qualifier": str(row.qualifier),
                "outcome": str(row.outcome),
            }
            for row in figures.itertuples()
        ],
        "demands": [{"theme": str(theme)} for theme in demands["theme"]],
    }


def corpus_label(corpus: Path) -> str:
    """A corpus's label in the report: its folder name."""
    return corpus.resolve().name or str(corpus)


def evaluate(
    corpus: Path | list[Path], sources: Path | None, dataset: Dataset
) -> tuple[dict[str, dict[str, Score]], int, float]:
    """Scores per corpus (one per folder, labelled by its name, then 'shared
    sources'), files, seconds."""
    results: dict[str, dict[str, Score]] = {}
    files = 0
    started = time.perf_counter()
    corpora = [corpus] if isinstance(corpus, Path) else list(corpus)
    for folder in corpora:
        corpus_files = sorted(
            p for p in folder.glob("*") if p.suffix in SUFFIXES and p.is_file()
        )
        scores = {kind: Score() for kind in KINDS}
        for path in corpus_files:
            gold_path = path.with_name(path.stem + ".gold.json")
            if not gold_path.exists():
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            # no publication date is given: the ingester must find it in the text
            candidates = ingest_document(read_document(path), dataset)
            score_document(candidates, gold, scores)
            files += 1
        label = corpus_label(folder)
        while label in results:
            label += "'"
        results[label] = scores
    if sources is not None and sources.is_dir():
        shared = {kind: Score() for kind in ("events", "figures", "demands")}
        for row in dataset.sources.itertuples():
            if not isinstance(row.local_copy, str):
                continue
            path = sources / row.local_copy
            if not path.exists():
                continue
            published = None if pd.isna(row.published) else row.published.date()
            candidates = ingest_document(read_document(path), dataset, published)
            gold = gold_from_dataset(dataset, str(row.id))
            for kind, predicted, wanted, same in [
                ("events", candidates["events"], gold["events"], _same_type_and_day),
                (
                    "figures",
                    candidates["casualty_figures"],
                    gold["figures"],
                    same_figure,
                ),
                ("demands", candidates["demands"], gold["demands"], _same_theme),
            ]:
                shared[kind].add(
                    match_count(predicted, wanted, same), len(predicted), len(wanted)
                )
            files += 1
        results["shared sources"] = shared  # type: ignore[assignment]
    return results, files, time.perf_counter() - started


def _same_type_and_day(predicted: dict, gold: dict) -> bool:
    return predicted["event_type"] == gold["event_type"] and (
        predicted["start"] <= gold["start"] <= predicted["end"]
    )


def _same_theme(predicted: dict, gold: dict) -> bool:
    return predicted["theme"] == gold["theme"]


def report(results: dict[str, dict[str, Score]], files: int, seconds: float) -> str:
    """A markdown table of precision and recall."""
    lines = ["| corpus | what | precision | recall | matched / predicted / gold |"]
    lines.append("| --- | --- | ---: | ---: | ---: |")
    for corpus, scores in results.items():
        for kind, score in scores.items():
            lines.append(
                f"| {corpus} | {kind} | {score.precision:.2f} | {score.recall:.2f} "
                f"| {score.true_positive} / {score.predicted} / {score.gold} |"
            )
    rate = files / seconds if seconds else 0.0
    lines.append(f"\n{files} documents in {seconds:.2f} s ({rate:,.1f} documents/s)")
    return "\n".join(lines)


def add_evaluate_command(commands: argparse._SubParsersAction) -> None:
    """Register ``evaluate`` on ``commands``."""
    parser = commands.add_parser("evaluate", help="measure the ingester on gold data")
    parser.add_argument(
        "--corpus",
        type=Path,
        action="append",
        help="a folder of releases with gold files; may be given more than once "
        f"(default: {', '.join(p.name for p in DEFAULT_CORPORA)})",
    )
    parser.add_argument("--sources", type=Path, default=DEFAULT_SOURCES)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.set_defaults(handler=cmd_evaluate)


def cmd_evaluate(args: argparse.Namespace) -> int:
    """Print the scores table."""
    dataset = load_dataset(args.data)
    corpora = args.corpus or [p for p in DEFAULT_CORPORA if p.is_dir()]
    results, files, seconds = evaluate(corpora, args.sources, dataset)
    print(f"evaluated {dt.datetime.now():%Y-%m-%d %H:%M}", file=sys.stderr)
    print(report(results, files, seconds))
    return 0
