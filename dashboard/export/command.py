"""``python -m dashboard export``: the page's exports, for batch runs and reports.

Filters are the page's own (``--actor`` takes an id, a name or an alias) and are
checked the same way the page checks a link: a value that makes no sense stops
the command with a message instead of exporting the wrong view.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from urllib.parse import urlencode

from ..loading import DEFAULT_DATA_DIR, Dataset, load_dataset
from ..problems import DatasetError
from ..settings import Settings
from ..view import vocabulary_of
from ..viewstate import (
    P_ACTOR,
    P_CONTEXT,
    P_EVENT,
    P_FROM,
    P_LANES,
    P_SOURCE,
    P_TEXT,
    P_TO,
    P_TYPE,
    P_WINDOW,
    ViewState,
    parse_query,
)
from .renderer import RENDERER, ChromiumMissing
from .service import FORMATS, Format, Target, check_request, export_view


def add_export_command(commands: argparse._SubParsersAction) -> None:
    """Register the ``export`` sub-command on ``commands``."""
    parser = commands.add_parser(
        "export",
        help="export a chart, a briefing or the data of a filtered view",
        description="Export what the dashboard shows for the given filters. "
        + "; ".join(
            f"{target}: {', '.join(fmt.value for fmt in formats)}"
            for target, formats in FORMATS.items()
        ),
    )
    parser.add_argument("--what", required=True, choices=[t.value for t in Target])
    parser.add_argument("--format", required=True, choices=[f.value for f in Format])
    parser.add_argument("--out", required=True, type=Path, help="file to write")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="dataset")
    parser.add_argument("--actor", action="append", default=[], help="id or name")
    parser.add_argument("--type", action="append", default=[], help="event type")
    parser.add_argument("--from", dest="start", help="first date, YYYY-MM-DD")
    parser.add_argument("--to", dest="end", help="last date, YYYY-MM-DD")
    parser.add_argument("--source", action="append", default=[], help="source id")
    parser.add_argument("--search", default="", help="free text")
    parser.add_argument("--no-context", action="store_true", help="hide the UN list")
    parser.add_argument("--lanes", help="timeline rows: type, actor or source")
    parser.add_argument("--event", help="id of the event to show as selected")
    parser.add_argument("--window", help="zoom window, YYYY-MM-DD..YYYY-MM-DD")
    parser.set_defaults(handler=cmd_export)


def state_from_args(args: argparse.Namespace, dataset: Dataset) -> ViewState:
    """The view the arguments describe; ``ValueError`` lists what makes no sense."""
    pairs: list[tuple[str, str]] = []
    pairs += [(P_ACTOR, value) for value in args.actor]
    pairs += [(P_TYPE, value) for value in args.type]
    pairs += [(P_SOURCE, value) for value in args.source]
    optional = {
        P_FROM: args.start,
        P_TO: args.end,
        P_TEXT: args.search,
        P_LANES: args.lanes,
        P_EVENT: args.event,
        P_WINDOW: args.window,
        P_CONTEXT: "0" if args.no_context else None,
    }
    pairs += [(name, value) for name, value in optional.items() if value]
    parsed = parse_query(urlencode(pairs), vocabulary_of(dataset))
    if parsed.notices:
        raise ValueError("\n".join(parsed.notices))
    return parsed.state


def cmd_export(args: argparse.Namespace) -> int:
    """Write one export to ``--out``; exit 0, or 1 (bad data/Chromium), 2 (usage)."""
    try:
        check_request(args.what, args.format)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    try:
        dataset = load_dataset(args.data)
    except DatasetError as error:
        report = error.report()
        print(f"{args.data}: cannot load the dataset\n{report}", file=sys.stderr)
        return 1
    try:
        state = state_from_args(args, dataset)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    try:
        campaign = Settings.load().campaign
        made = export_view(dataset, state, args.what, args.format, campaign)
    except ChromiumMissing as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    finally:
        RENDERER.stop()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    partial = args.out.with_name(args.out.name + ".partial")
    partial.write_bytes(made.content)
    partial.replace(args.out)  # a reader never sees half a file
    print(f"wrote {args.out} ({len(made.content):,} bytes)", file=sys.stderr)
    return 0
