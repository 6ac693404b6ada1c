"""The 'Add document' page's logic: read a submission, lay candidates over the
text for highlighting, list them for review, and apply the reviewer's choices."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from ..labels import EVENT_TYPE_LABELS, OUTCOME_WORDS, THEME_LABELS, figure_label
from ..loading import Dataset
from ..schema import MAX_COUNT
from .actors import slug
from .existing import mark_existing
from .extract import event_title
from .pipeline import ingest_document
from .read import MAX_BYTES, SUFFIXES, Document, DocumentError, decode, parse_text

PASTED_NAME_CHARS = 60
#: Candidates at or above this confidence start out accepted.
ACCEPT_FROM = 0.7
KIND_LABELS = {"event": "Event", "figure": "Casualty figure", "demand": "Demand"}
#: What the "Type / theme" column may be set to, per kind: label -> code.
CHOICES = {
    KIND_LABELS["event"]: {label: code for code, label in EVENT_TYPE_LABELS.items()},
    KIND_LABELS["figure"]: {words: code for code, words in OUTCOME_WORDS.items()},
    KIND_LABELS["demand"]: {label: code for code, label in THEME_LABELS.items()},
}


@dataclass(frozen=True)
class Submission:
    """What the reviewer gave: an uploaded file or pasted text, and facts."""

    upload: str | None = None
    filename: str | None = None
    text: str | None = None
    published: str | None = None
    publisher: str | None = None


def pasted_name(text: str) -> str:
    """A file name for pasted text, from its first line (the title)."""
    first_line = next(line for line in text.splitlines() if line.strip())
    stem = slug(first_line)[:PASTED_NAME_CHARS].rstrip("-") or "pasted"
    return f"{stem}.txt"


def read_submission(submission: Submission) -> Document:
    """The document of an upload (data URL) or of pasted text."""
    if submission.upload:
        name = PurePath(submission.filename or "upload.txt").name
        suffix = PurePath(name).suffix.lower()
        if suffix not in SUFFIXES:
            raise DocumentError(name, f"unsupported file type {suffix or '(none)'}")
        try:
            data = base64.b64decode(submission.upload.split(",", 1)[-1], validate=True)
        except (binascii.Error, ValueError):
            raise DocumentError(name, "the upload is damaged; try again") from None
        if len(data) > MAX_BYTES:
            raise DocumentError(name, f"the file is over {MAX_BYTES:,} bytes")
        return parse_text(name, decode(data, name), suffix)
    if submission.text and submission.text.strip():
        return parse_text(pasted_name(submission.text), submission.text, "auto")
    raise DocumentError("document", "upload a file or paste a release first")


def run_submission(submission: Submission, dataset: Dataset) -> dict[str, Any]:
    """Candidates for a submission, with the cleaned text kept for display."""
    document = read_submission(submission)
    published = None
    if submission.published:
        try:
            published = dt.date.fromisoformat(submission.published)
        except ValueError:
            raise DocumentError(
                document.name,
                f"publication date {submission.published!r} is not a date",
            ) from None
    candidates = ingest_document(document, dataset, published, submission.publisher)
    candidates = mark_existing(candidates, dataset)
    candidates["text"] = document.text
    candidates["paragraphs"] = [[p.number, p.start, p.end] for p in document.paragraphs]
    return candidates


def highlight_segments(candidates: dict[str, Any]) -> list[tuple[str, str | None]]:
    """The text cut into (piece, kind) runs; kind is 'date', 'event', 'figure',
    'demand' or None. Narrow marks (dates, figures) win over whole sentences."""
    text = candidates["text"]
    kinds: list[str | None] = [None] * len(text)
    layers = [
        ("event", candidates["events"]),
        ("demand", candidates["demands"]),
        ("figure", candidates["casualty_figures"]),
        ("date", candidates["dates"]),
    ]
    for kind, rows in layers:
        for row in rows:
            start, end = row["span"]
            for index in range(max(0, start), min(len(text), end)):
                kinds[index] = kind
    segments: list[tuple[str, str | None]] = []
    begin = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or kinds[index] != kinds[begin]:
            segments.append((text[begin:index], kinds[begin]))
            begin = index
    return segments


def review_rows(candidates: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per candidate for the review table."""
    names = {
        actor["id"]: actor["name"]
        for actor in [*candidates["actors"], *candidates.get("mentioned_actors", [])]
    }

    def name(actor_id: str | None) -> str:
        return names.get(actor_id, actor_id or "")

    rows = []
    for event in candidates["events"]:
        rows.append(
            {
                "id": event["id"],
                "kind": KIND_LABELS["event"],
                "what": event["title"],
                "detail": EVENT_TYPE_LABELS.get(
                    event["event_type"], event["event_type"]
                ),
                "choices": list(CHOICES[KIND_LABELS["event"]]),
                "who": ", ".join(name(a["id"]) for a in event["actors"]) or "—",
                "note": (
                    f"Already on the timeline as “{event['same_as_title']}”: "
                    "adds this release as a source"
                    if event.get("same_as")
                    else ""
                ),
                "when": event["start"]
                + ("" if event["end"] == event["start"] else f" – {event['end']}"),
                "paragraph": event["sources"][0]["paragraphs"][0],
                "confidence": event["confidence"],
            }
        )
    for figure in candidates["casualty_figures"]:
        rows.append(
            {
                "id": figure["id"],
                "kind": KIND_LABELS["figure"],
                "what": figure["summary"],
                "detail": OUTCOME_WORDS.get(figure["outcome"], figure["outcome"]),
                "count": figure["count"],
                "choices": list(CHOICES[KIND_LABELS["figure"]]),
                "who": "reported by "
                + (name(figure["reported_by_id"]) or "(no publisher yet)"),
                "note": "",
                "when": figure["period_as_stated"] or "",
                "paragraph": figure["paragraph"],
                "confidence": figure["confidence"],
            }
        )
    for demand in candidates["demands"]:
        rows.append(
            {
                "id": demand["id"],
                "kind": KIND_LABELS["demand"],
                "what": demand["text"],
                "detail": THEME_LABELS.get(demand["theme"], demand["theme"]),
                "choices": list(CHOICES[KIND_LABELS["demand"]]),
                "who": f"{name(demand['made_by_id'])} → "
                + (
                    name(demand["addressed_to_id"])
                    or demand.get("addressed_to_text")
                    or "no one named"
                ),
                "note": "",
                "when": demand["made_on"] or "date unknown",
                "paragraph": demand["paragraph"],
                "confidence": demand["confidence"],
            }
        )
    return rows


def preselected(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows that start out accepted."""
    return [row for row in rows if row["confidence"] >= ACCEPT_FROM]


def accepted_document(
    candidates: dict[str, Any], rows: list[dict[str, Any]], accepted: set[str]
) -> dict[str, Any]:
    """The rows the reviewer kept, with their edited wording and type, theme or
    outcome, plus the source and the new actors they need — ready to merge."""
    edits = {row["id"]: row["what"] for row in rows}
    kinds = {row["id"]: CHOICES.get(row.get("kind"), {}) for row in rows}
    chosen = {
        row["id"]: kinds[row["id"]].get(row.get("detail"))
        for row in rows
        if kinds[row["id"]].get(row.get("detail"))
    }
    events = [dict(e) for e in candidates["events"] if e["id"] in accepted]
    for event in events:
        written = event["title"]
        new_type = chosen.get(event["id"], event["event_type"])
        if new_type != event["event_type"]:
            event["title"] = retitled(event["title"], event["event_type"], new_type)
            event["summary"] = _relabelled(
                event["summary"],
                EVENT_TYPE_LABELS[event["event_type"]],
                EVENT_TYPE_LABELS[new_type],
            )
            event["event_type"] = new_type
            # it was matched to a timeline event of the old type: now it is news
            event.pop("same_as", None)
            event.pop("same_as_title", None)
        event["title"] = _edited(edits.get(event["id"]), written, event["title"])
    figures = [
        dict(f, event_id=f["event_id"] if f["event_id"] in accepted else None)
        for f in candidates["casualty_figures"]
        if f["id"] in accepted
    ]
    counts = {row["id"]: row.get("count") for row in rows if "count" in row}
    for figure in figures:
        written = figure["summary"]
        _recount(figure, counts.get(figure["id"], figure["count"]))
        outcome = chosen.get(figure["id"], figure["outcome"])
        if outcome != figure["outcome"]:
            before, after = OUTCOME_WORDS[figure["outcome"]], OUTCOME_WORDS[outcome]
            head, found, tail = figure["summary"].rpartition(before)
            figure["summary"] = head + after + tail if found else figure["summary"]
            figure["outcome"] = outcome
        figure["summary"] = _edited(edits.get(figure["id"]), written, figure["summary"])
    demands = [dict(d) for d in candidates["demands"] if d["id"] in accepted]
    for demand in demands:
        demand["theme"] = chosen.get(demand["id"], demand["theme"])
        demand["text"] = _edited(
            edits.get(demand["id"]), demand["text"], demand["text"]
        )
    used: set[str] = set()
    for event in events:
        used |= {actor["id"] for actor in event["actors"]}
    for figure in figures:
        used.add(figure["reported_by_id"])
    for demand in demands:
        used |= {demand["made_by_id"], demand["addressed_to_id"]}
    for source in candidates["sources"]:
        used |= set(source["spokesperson_ids"])
    return {
        "sources": candidates["sources"],
        "actors": [a for a in candidates["actors"] if a["id"] in used],
        "events": events,
        "casualty_figures": figures,
        "demands": demands,
    }


def _recount(figure: dict[str, Any], count: Any) -> None:
    """Give ``figure`` the count the reviewer typed (blank: no count), with its
    qualifier and the tool's summary following."""
    if isinstance(count, str):
        count = int(count) if count.strip().isdigit() else None
    if isinstance(count, float) and count.is_integer():
        count = int(count)
    if count is not None and (
        not isinstance(count, int)
        or isinstance(count, bool)
        or not 0 <= count <= MAX_COUNT
    ):
        return  # not a number of people: keep the tool's
    if count == figure["count"]:
        return
    before = figure["count"]
    figure["count"] = count
    if count is None:
        figure["qualifier"] = "unspecified"
    elif before is None:
        figure["qualifier"] = "exactly"
    if before is not None and count is not None:
        head, found, tail = figure["summary"].partition(f"{before:,}")
        figure["summary"] = head + f"{count:,}" + tail if found else figure["summary"]
    else:  # a number given or taken away: the tool's words again
        label = figure_label(
            count, figure["qualifier"], figure["outcome"], figure["victims"]
        )
        figure["summary"] = label[:1].upper() + label[1:]


def retitled(title: str, old_type: str, new_type: str) -> str:
    """A title the tool wrote for an ``old_type`` event, written again for
    ``new_type`` ("Visit to Moscow" → "Statement in Moscow"); a title the tool
    did not write stays as it is."""
    old = EVENT_TYPE_LABELS[old_type]
    who = place = others = ""
    if old_type == "visit" and title.startswith("Visit to "):
        place = title[len("Visit to ") :]
    elif title == f"{old} (no actor named)":
        pass
    elif title.startswith(f"{old} in "):
        place = title[len(f"{old} in ") :]
    elif title.startswith(f"{old} by "):
        who = title[len(f"{old} by ") :]
    elif title.startswith(f"{old} involving "):
        others = title[len(f"{old} involving ") :]
    else:
        return title
    return event_title(
        new_type, EVENT_TYPE_LABELS[new_type], who, place or None, others
    )


def _relabelled(text: str, old: str, new: str) -> str:
    """A title or summary the tool wrote, with the type's label changed."""
    return new + text[len(old) :] if text.startswith(old) else text


def _edited(wording: str | None, written: str, updated: str) -> str:
    """The reviewer's wording when they changed what the tool ``written``, else
    the tool's (``updated`` for a new type or outcome)."""
    if wording and wording.strip() and wording != written:
        return wording
    return updated


def _counted(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def analysis_message(candidates: dict[str, Any]) -> tuple[str, str]:
    """What was found, and what the reviewer should know, with an alert colour."""
    source = candidates["sources"][0]
    found = ", ".join(
        [
            _counted(len(candidates["events"]), "event"),
            _counted(len(candidates["casualty_figures"]), "casualty figure"),
            _counted(len(candidates["demands"]), "demand"),
        ]
    )
    message = f"Found {found} in “{source['title']}”."
    if not source["published"]:
        unresolved = sum(1 for d in candidates["dates"] if d["start"] is None)
        message += (
            " No publication date was found: give one above and search again, or "
            f"{_counted(unresolved, 'relative date')} ('in recent weeks', 'today'…) "
            "stay unresolved and their events are left out."
        )
        return message, "warning"
    if not source["publisher"]:
        return message + " No publisher was found: name one above.", "warning"
    if not (candidates["events"] or candidates["casualty_figures"]):
        return message + " Nothing dated was found in it.", "warning"
    return message, "info"


def merged_message(added: dict[str, int], skipped: dict[str, int]) -> str:
    """What a merge changed, in words."""
    nouns = {
        "events": "event",
        "casualty_figures": "casualty figure",
        "demands": "demand",
        "actors": "new actor",
        "sources": "source",
    }
    parts = [_counted(added[k], noun) for k, noun in nouns.items() if added.get(k)]
    if not parts:
        again = sum(skipped.values())
        if again:
            return f"Nothing new to add: {_counted(again, 'row')} already there."
        return "Nothing new to add."
    return "Added " + ", ".join(parts) + ". They are on the timeline now."
