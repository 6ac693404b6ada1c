"""What the reviewer adds by hand: an event, a casualty figure or a demand the
tool missed, made from words the reviewer selected in the release.

The row is built as the tool would build it (its own title and summary, never
the selected sentence), with the type or theme the words point to; the reviewer
then corrects it in the review table like any other row."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..labels import EVENT_TYPE_LABELS, figure_label, format_span
from .event_cues import cue_theme, cue_type
from .extract import (
    NUMBER_WORD,
    OUTCOMES,
    QUALIFIER,
    Sentence,
    event_title,
    figure_candidates,
    join_names,
    qualifier_of,
    themes_of,
    triggers_in,
    words_to_number,
)

KINDS = ("event", "figure", "demand")
#: A number of people written in digits or words, with what may qualify it.
COUNT = re.compile(
    QUALIFIER + r"(?P<number>\d{1,3}(?:,\d{3})+|\d+|"
    rf"\b(?:{NUMBER_WORD})(?:[\s-]+(?:and\s+)?(?:{NUMBER_WORD}))*\b)",
    re.I,
)
VAGUE = re.compile(r"\b(?:dozens|scores|hundreds|thousands)\b", re.I)
MAX_DEMAND_CHARS = 300
#: How far before the selected ask its addressee may be named (characters).
ADDRESSEE_REACH = 80
#: A number that names a text or an article, not people ("Article 9",
#: "Resolution 2254", "COVID-19").
NOT_PEOPLE_BEFORE = re.compile(
    r"(?:\b(?:article|art\.|resolution|no\.|law|decree|section|case|paragraph|"
    r"chapter|page|room|cell)\s+|[\w-]-)$",
    re.I,
)
SINCE = re.compile(r"\bsince\s+$", re.I)


class SelectionError(ValueError):
    """Selected words that cannot become a row, with what to do instead."""


def locate(text: str, selected: str, near: int | None = None) -> tuple[int, int]:
    """Where the selected words sit in the release text (spaces and line breaks
    may differ, as a browser copies them): the copy nearest ``near``, where the
    browser says the selection starts, when the words occur more than once."""
    words = selected.split()
    if not words:
        raise SelectionError(
            "Select the words of the release you want to add (in the text "
            "above), then press the button."
        )
    pattern = r"\s+".join(re.escape(word) for word in words)
    matches = list(re.finditer(pattern, text))
    match = min(
        matches,
        key=lambda m: abs(m.start() - near) if near is not None else m.start(),
        default=None,
    )
    if match is None:
        raise SelectionError(
            "The selected words are not in the release text; select them in the "
            "text above the table."
        )
    return match.start(), match.end()


def paragraph_at(paragraphs: list[list[int]], position: int) -> int:
    """The number of the paragraph holding ``position`` (``[number, start,
    end]`` rows); the last one before it when it falls between two."""
    number = paragraphs[0][0] if paragraphs else 1
    for row_number, start, _end in paragraphs:
        if start <= position:
            number = row_number
    return number


TABLES = {"event": "events", "figure": "casualty_figures", "demand": "demands"}
NAMES = {"event": "event", "figure": "casualty figure", "demand": "demand"}


def _new_id(candidates: dict[str, Any], kind: str, start: int) -> str:
    """The same words added twice, or again after a later reading of the
    release, get the same id, so they are never stored twice."""
    return f"{candidates['sources'][0]['id']}-{kind}-added-{start}"


def _already_listed(
    candidates: dict[str, Any], kind: str, row: dict[str, Any]
) -> dict[str, Any] | None:
    """A row of the list that is the one just made: same id, or the tool's own
    row over the same words saying the same."""
    same = {
        "event": ("event_type", "start", "end"),
        "figure": ("count", "qualifier", "outcome"),
        "demand": ("theme",),
    }[kind]
    start, end = row["span"]
    for other in candidates[TABLES[kind]]:
        if other["id"] == row["id"]:
            return other
        overlaps = other["span"][0] < end and start < other["span"][1]
        if overlaps and all(other.get(key) == row.get(key) for key in same):
            return other
    return None


def missed_candidate(
    candidates: dict[str, Any], kind: str, selected: str, near: int | None = None
) -> dict[str, Any]:
    """``candidates`` with one more row, of ``kind``, made from ``selected``
    (found nearest ``near``, where the browser says the selection starts).

    Raises SelectionError when the words are not in the text or lack what the
    row needs (a date for an event, a number or an outcome for a figure)."""
    if kind not in KINDS:
        raise SelectionError(f"Unknown kind of row: {kind!r}.")
    text = candidates["text"]
    start, end = locate(text, selected, near)
    words = text[start:end]
    paragraph = paragraph_at(candidates.get("paragraphs", []), start)
    source = candidates["sources"][0]
    publisher_id = candidates.get("publisher_id")
    if kind != "event" and not publisher_id:
        raise SelectionError(
            "No publisher is known for this release: name one above and read it "
            "again, then add what the tool missed."
        )
    if kind == "demand" and not source["published"]:
        raise SelectionError(
            "A demand needs the day it was made: give the publication date above "
            "and read the release again, then add it."
        )
    base = {
        "id": _new_id(candidates, kind, start),
        "confidence": 1.0,
        "span": [start, end],
        "added_by_hand": True,
    }
    if kind == "event":
        row = _event(candidates, base, words, start, end, paragraph)
    elif kind == "figure":
        around = _paragraph_text(candidates, paragraph)
        skip = [d["span"] for d in candidates["dates"]]
        row = _figure(
            base, words, around, start, paragraph, source["id"], publisher_id, skip
        )
    else:
        row = _demand(base, words, paragraph, source, publisher_id)
        row["addressed_to_id"], row["addressed_to_text"] = _addressee(
            candidates, text[max(0, start - ADDRESSEE_REACH) : end], publisher_id
        )
    listed = _already_listed(candidates, kind, row)
    if listed is not None:
        what = listed.get("title") or listed.get("summary") or listed.get("text")
        raise SelectionError(f"Already in the list: {NAMES[kind]} “{what}”.")
    table = TABLES[kind]
    return {**candidates, table: [*candidates[table], row]}


def _event(
    candidates: dict[str, Any],
    base: dict[str, Any],
    words: str,
    start: int,
    end: int,
    paragraph: int,
) -> dict[str, Any]:
    inside = [
        d for d in candidates["dates"] if start <= d["span"][0] and d["span"][1] <= end
    ]
    dated = [d for d in inside if d["start"]]
    if inside and not dated:
        raise SelectionError(
            f"“{inside[0]['text']}” cannot be dated without the release's "
            "publication date: give it above and read the release again."
        )
    if not dated:
        raise SelectionError(
            "An event needs a date: select words that include when it happened "
            "(a date the text marks in yellow)."
        )
    date = dated[0]
    first = dt.date.fromisoformat(date["start"])
    last = dt.date.fromisoformat(date["end"] or date["start"])
    precision = date["precision"]
    precision = precision if precision in {"day", "month", "year"} else "approximate"
    published = candidates["sources"][0]["published"]
    is_period = bool(SINCE.search(words[: date["span"][0] - start]) and published)
    if is_period:
        # "held since 2 March": from that day to the release, as the tool does
        last = max(last, dt.date.fromisoformat(published))
        precision = "day" if precision == "day" else "approximate"
    # the first act a trigger word names, else the type the cue words point to
    named = [t for t in triggers_in(words) if t.event_type != "setup"]
    event_type = named[0].event_type if named else cue_type(words) or "statement"
    label = EVENT_TYPE_LABELS[event_type]
    when = format_span(first, last, precision)
    # the actors the words name, each once, in the order named
    named = named_actors(candidates, words, candidates.get("publisher_id"))
    ids = list(dict.fromkeys(actor_id for _, actor_id, _ in named))
    names = list(dict.fromkeys(name for _, _, name in named))
    return {
        **base,
        "start": first.isoformat(),
        "end": last.isoformat(),
        "date_precision": precision,
        "date_as_stated": date["text"],
        "is_period": is_period,
        "event_type": event_type,
        "title": event_title(event_type, label, join_names(names[:3]), None)
        if names
        else f"{label}, {when}",
        "summary": f"{label}{' by ' + join_names(names[:3]) if names else ''}, "
        f"{when} (added by hand from the release).",
        "location": None,
        "actors": [{"id": actor_id, "role": "participant"} for actor_id in ids],
        "sources": [
            {
                "source_id": candidates["sources"][0]["id"],
                "paragraphs": [paragraph],
                "locator": None,
            }
        ],
    }


def named_actors(
    candidates: dict[str, Any], words: str, publisher_id: str | None
) -> list[tuple[int, str, str]]:
    """(position, id, name) of the release's actors named in ``words`` (whole
    names only), the publisher left out, in the order they are named."""
    found: list[tuple[int, str, str]] = []
    for actor in [*candidates["actors"], *candidates.get("mentioned_actors", [])]:
        if actor["id"] == publisher_id:
            continue
        for mention in actor.get("mentions") or [actor["name"]]:
            named = re.compile(rf"(?<!\w){re.escape(mention)}(?!\w)", re.I)
            found += [
                (m.start(), actor["id"], actor["name"]) for m in named.finditer(words)
            ]
    return sorted(found)


def _addressee(
    candidates: dict[str, Any], words: str, publisher_id: str | None
) -> tuple[str | None, str]:
    """The actor the release names last in ``words`` (the ask and what leads to
    it, "asks the Interior Ministry to ..."), other than the publisher."""
    found = named_actors(candidates, words, publisher_id)
    if not found:
        return None, ""
    _, actor_id, name = found[-1]
    return actor_id, name


def _paragraph_text(candidates: dict[str, Any], number: int) -> str:
    for row_number, start, end in candidates.get("paragraphs", []):
        if row_number == number:
            return candidates["text"][start:end]
    return ""


def _outcome(text: str) -> str | None:
    return next((name for pattern, name in OUTCOMES if pattern.search(text)), None)


def _figure(
    base: dict[str, Any],
    words: str,
    around: str,
    start: int,
    paragraph: int,
    source_id: str,
    publisher_id: str | None,
    dates: list[list[int]],
) -> dict[str, Any]:
    found = figure_candidates(Sentence(paragraph, start, start + len(words), words))
    if found:
        fields = found[0].fields
        count, qualifier = fields["count"], fields["qualifier"]
        outcome, victims, summary = (
            fields["outcome"],
            fields["victims"],
            fields["summary"],
        )
    else:
        count, qualifier = _count(words, start, dates)
        # the outcome in the selected words, else in their paragraph
        outcome = _outcome(words) or _outcome(around)
        if outcome is None:
            raise SelectionError(
                "Say what happened to them: select the number together with the "
                "words that tell it ('were detained', 'killed', 'fled')."
            )
        victims = "people"
        summary = figure_label(count, qualifier, outcome, victims)
    return {
        **base,
        "count": count,
        "qualifier": qualifier,
        "outcome": outcome,
        "victims": victims,
        "location": None,
        "period_start": None,
        "period_end": None,
        "period_precision": "approximate",
        "period_as_stated": None,
        "reported_by_id": publisher_id,
        "source_id": source_id,
        "paragraph": paragraph,
        "event_id": None,
        "summary": summary[:1].upper() + summary[1:],
    }


def _count(words: str, start: int, dates: list[list[int]]) -> tuple[int | None, str]:
    """The first number of people in ``words`` (which start at ``start`` in the
    text) and its qualifier's name; not a number inside a date of
    ``dates`` (spans) nor one naming a text ("Article 9"). ``None`` and
    ``unspecified`` for "dozens", "scores"."""
    for match in COUNT.finditer(words):
        at = start + match.start("number")
        if any(s <= at < e for s, e in dates):
            continue  # "the 2 March arrests"
        if NOT_PEOPLE_BEFORE.search(words, 0, match.start("number")):
            continue
        count = words_to_number(match.group("number"))
        if count is None or (1900 <= count <= 2100 and match.group("number").isdigit()):
            continue
        return count, qualifier_of(match)[1]
    if VAGUE.search(words):
        return None, "unspecified"
    raise SelectionError(
        "A casualty figure needs a number: select words that give how many "
        "('at least 40', 'dozens')."
    )


def _demand(
    base: dict[str, Any],
    words: str,
    paragraph: int,
    source: dict[str, Any],
    publisher_id: str | None,
) -> dict[str, Any]:
    themes = themes_of(words)
    theme = themes[0] if themes else cue_theme(words, least=1)
    if theme is None:
        raise SelectionError(
            "No demand theme fits these words; select the words that say what is "
            "asked (release, investigate, an arms embargo ...)."
        )
    ask = " ".join(words.split())
    if len(ask) > MAX_DEMAND_CHARS:
        ask = ask[:MAX_DEMAND_CHARS].rsplit(" ", 1)[0]
    ask = ask.rstrip(" .;:,")
    return {
        **base,
        "made_by_id": publisher_id,
        "addressed_to_id": None,
        "addressed_to_text": "",
        "text": ask[:1].upper() + ask[1:],
        "theme": theme,
        "made_on": source["published"],
        "made_on_precision": "day" if source["published"] else None,
        "source_id": source["id"],
        "paragraph": paragraph,
        "status": "unknown",
    }
