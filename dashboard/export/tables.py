"""The shown rows as data: a zip of CSV files and the JSON document.

CSV cells are neutralised against formula injection (OWASP): event text comes
from documents anyone can write, and a spreadsheet must not run it.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

import pandas as pd

from ..document import build_document, document_bytes
from ..loading import Dataset
from ..selection import Selection
from .captions import Caption

#: A cell starting with one of these is read as a formula by spreadsheets.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """Prefix text that a spreadsheet would run as a formula with a quote."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def cell(value: Any) -> Any:
    """One CSV cell: lists joined with ';' (as in the dataset), text neutralised."""
    if isinstance(value, list):
        value = ";".join(str(item) for item in value)
    return neutralise(value)


def _actor_refs(actors: list[dict[str, Any]]) -> str:
    return "; ".join(f"{a['name']} ({a['role']})" for a in actors)


def _source_refs(sources: list[dict[str, Any]]) -> str:
    refs = []
    for source in sources:
        ref = str(source["source_id"])
        if source.get("paragraphs"):
            ref += " para. " + ",".join(str(p) for p in source["paragraphs"])
        if source.get("locator"):
            ref += f" ({source['locator']})"
        refs.append(ref)
    return "; ".join(refs)


def data_document(dataset: Dataset, selection: Selection) -> dict[str, list[dict]]:
    """The JSON document (foundation shape) of the shown rows."""
    return build_document(
        dataset, selection.in_window, selection.figures, selection.demands
    )


def json_bytes(dataset: Dataset, selection: Selection) -> bytes:
    """The shown rows as the dataset's JSON document."""
    return document_bytes(data_document(dataset, selection))


def _csv(rows: list[dict[str, Any]], columns: list[str] | None = None) -> bytes:
    frame = pd.DataFrame(rows, columns=columns)
    frame = frame.map(cell)
    return frame.to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def csv_zip(dataset: Dataset, selection: Selection, caption: Caption) -> bytes:
    """One CSV per table (events, casualty figures, demands, sources, actors) and a
    note of the filters and sources, zipped."""
    document = data_document(dataset, selection)
    events = []
    for event in document["events"]:
        row = {k: v for k, v in event.items() if k not in ("actors", "sources")}
        row["actors"] = _actor_refs(event["actors"])
        row["sources"] = _source_refs(event["sources"])
        events.append(row)
    event_columns = list(events[0]) if events else None
    files = {
        "events.csv": _csv(events, event_columns),
        "casualty_figures.csv": _csv(document["casualty_figures"]),
        "demands.csv": _csv(document["demands"]),
        "sources.csv": _csv(document["sources"]),
        "actors.csv": _csv(document["actors"]),
    }
    about = "\n".join(
        [caption.title, caption.filters, caption.sources, caption.generated, ""]
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.txt", about)
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()
