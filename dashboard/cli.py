"""Command line: ``python -m dashboard validate|export-data|schema ...``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .datapackage import write_descriptor
from .document import build_document, document_bytes
from .export.command import add_export_command
from .ingest.command import add_ingest_command
from .ingest.evaluate import add_evaluate_command
from .ingest.merge import add_merge_command
from .loading import DEFAULT_DATA_DIR, Dataset, load_dataset
from .problems import DatasetError
from .schema import TABLES


def _load_or_report(directory: Path) -> Dataset | None:
    try:
        return load_dataset(directory)
    except DatasetError as error:
        count = len(error.problems)
        print(f"{directory}: {count} problem{'s' * (count != 1)}", file=sys.stderr)
        print(error.report(), file=sys.stderr)
        return None


def cmd_validate(args: argparse.Namespace) -> int:
    """Check a dataset; print every problem, or a count of rows per table."""
    dataset = _load_or_report(args.directory)
    if dataset is None:
        return 1
    print(f"{args.directory}: valid")
    for spec in TABLES:
        frame = getattr(dataset, spec.name)
        print(f"  {spec.name:<17} {len(frame):>8} rows")
    return 0


def cmd_export_data(args: argparse.Namespace) -> int:
    """Write the whole dataset as one JSON document."""
    dataset = _load_or_report(args.directory)
    if dataset is None:
        return 1
    payload = document_bytes(build_document(dataset))
    if args.out is None:
        sys.stdout.buffer.write(payload)
    else:
        args.out.write_bytes(payload)
        print(f"wrote {args.out} ({len(payload):,} bytes)", file=sys.stderr)
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    """Regenerate ``datapackage.json`` from the row models."""
    path = write_descriptor(args.directory)
    print(f"wrote {path}")
    return 0


def cmd_synth(args: argparse.Namespace) -> int:
    """Write a large synthetic package (for benchmarks and scale tests)."""
    from .synth import write_synthetic_package

    path = write_synthetic_package(args.out, events=args.events, seed=args.seed)
    print(f"wrote {args.events:,} synthetic events to {path}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command."""
    parser = argparse.ArgumentParser(
        prog="python -m dashboard", description="Advocacy timeline data tools"
    )
    commands = parser.add_subparsers(dest="command", required=True)

    validate = commands.add_parser("validate", help="check a dataset directory")
    validate.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DATA_DIR)
    validate.set_defaults(handler=cmd_validate)

    export = commands.add_parser("export-data", help="write the dataset as JSON")
    export.add_argument("--format", choices=["json"], default="json")
    export.add_argument("--out", type=Path, default=None, help="file (default stdout)")
    export.add_argument("--data", dest="directory", type=Path, default=DEFAULT_DATA_DIR)
    export.set_defaults(handler=cmd_export_data)

    schema = commands.add_parser("schema", help="regenerate datapackage.json")
    schema.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DATA_DIR)
    schema.set_defaults(handler=cmd_schema)
    synth = commands.add_parser("synth", help="write a synthetic dataset")
    synth.add_argument("--events", type=int, required=True, help="number of events")
    synth.add_argument("--out", type=Path, required=True, help="directory to write")
    synth.add_argument("--seed", type=int, default=1, help="random seed")
    synth.set_defaults(handler=cmd_synth)
    add_export_command(commands)
    add_ingest_command(commands)
    add_evaluate_command(commands)
    add_merge_command(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = build_parser().parse_args(argv)
    return args.handler(args)
