"""``python -m dashboard ingest FILE... --out candidates.json``."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

import orjson

from ..loading import DEFAULT_DATA_DIR, load_dataset
from ..problems import DatasetError
from .duplicates import merge_candidates
from .existing import mark_existing
from .pipeline import ingest_document
from .read import DocumentError, read_document


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {text!r}") from None


def add_ingest_command(commands: argparse._SubParsersAction) -> None:
    """Register ``ingest`` on ``commands``."""
    parser = commands.add_parser(
        "ingest", help="turn releases into candidate events, figures and demands"
    )
    parser.add_argument("files", nargs="+", type=Path, help=".txt, .md or .html files")
    parser.add_argument("--published", type=_date, help="publication date, YYYY-MM-DD")
    parser.add_argument("--publisher", help="who published the releases")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="dataset")
    parser.add_argument("--out", type=Path, required=True, help="candidates JSON file")
    parser.set_defaults(handler=cmd_ingest)


def cmd_ingest(args: argparse.Namespace) -> int:
    """Ingest every readable file; name each unreadable one. Exit 1 if any failed."""
    try:
        dataset = load_dataset(args.data)
    except DatasetError as error:
        print(
            f"{args.data}: cannot load the dataset\n{error.report()}", file=sys.stderr
        )
        return 1
    documents, failed = [], 0
    for path in args.files:
        try:
            document = read_document(path)
        except DocumentError as error:
            print(f"error: {error}", file=sys.stderr)
            failed += 1
            continue
        documents.append(
            ingest_document(document, dataset, args.published, args.publisher)
        )
    if not documents:
        return 1
    candidates = mark_existing(merge_candidates(documents), dataset)
    payload = orjson.dumps(candidates, option=orjson.OPT_INDENT_2) + b"\n"
    partial = args.out.with_name(args.out.name + ".partial")
    partial.write_bytes(payload)
    partial.replace(args.out)
    counts = ", ".join(
        f"{len(candidates[key])} {key.replace('_', ' ')}"
        for key in ("events", "casualty_figures", "demands", "actors", "dates")
    )
    print(f"wrote {args.out}: {counts}", file=sys.stderr)
    return 1 if failed else 0
