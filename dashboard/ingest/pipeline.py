"""A release in, candidate rows out, in the dataset's JSON document shape with
``confidence`` and ``span`` (character offsets into the cleaned text) added."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..actors import normalise_name
from ..loading import Dataset
from .actors import ActorMatcher, ActorMention, propose_bodies, propose_people, slug
from .dates import DateMention, find_dates
from .extract import (
    Candidate,
    demand_candidates,
    event_candidates,
    figure_candidates,
    sentences,
)
from .read import Document

DATELINE = re.compile(r"^(?:published|date|posted|issued|updated)?\s*:?\s*", re.I)
DATELINE_MAX_CHARS = 80


def published_date(
    document: Document, mentions: list[DateMention]
) -> tuple[DateMention | None, dt.date | None]:
    """The dateline: a full date standing alone (or after 'Published:') near the
    top or at the very end; else the HTML page's own date."""
    edge = {p.number for p in document.paragraphs[:4]} | {
        document.paragraphs[-1].number
    }
    short = {
        p.number
        for p in document.paragraphs
        if len(DATELINE.sub("", p.text)) <= DATELINE_MAX_CHARS
    }
    for mention in mentions:
        if (
            mention.precision == "day"
            and mention.paragraph in edge & short
            and mention.start is not None
        ):
            return mention, mention.start
    if document.html_date:
        try:
            return None, dt.date.fromisoformat(document.html_date[:10])
        except ValueError:
            pass
    return None, None


def _tuples(document: Document) -> list[tuple[int, int, str]]:
    return [(p.number, p.start, p.text) for p in document.paragraphs]


def ingest_document(
    document: Document,
    dataset: Dataset,
    published: dt.date | None = None,
    publisher: str | None = None,
) -> dict[str, Any]:
    """Candidates for one release; ``published``/``publisher`` override what the
    text says."""
    paragraphs = _tuples(document)
    # First pass finds the dateline (absolute dates need no publication date).
    dateline, found = published_date(document, find_dates(paragraphs, None))
    published = published or found
    mentions = find_dates(paragraphs, published)
    dateline = next(
        (
            m
            for m in mentions
            if dateline
            and (m.start_char, m.end_char) == (dateline.start_char, dateline.end_char)  # noqa: E501
        ),
        None,
    )
    matcher = ActorMatcher(dataset.actors)
    known = matcher.find(document.text)
    people = propose_people(document.text, known)
    bodies = propose_bodies(document.text, known + people)
    everyone = known + people + bodies

    publisher_id = None
    if publisher:
        publisher_id = matcher.labels.get(normalise_name(publisher)) or slug(publisher)
    else:
        ngo_ids = set(dataset.actors.loc[dataset.actors["kind"] == "ngo", "id"])
        first_ngo = next((m for m in known if m.actor_id in ngo_ids), None)
        if first_ngo:
            publisher_id, publisher = first_ngo.actor_id, first_ngo.name
    person_ids = _people_ids(dataset)
    speaking = [
        m
        for m in sorted(known + people, key=lambda m: m.start_char)
        if (not m.known or m.actor_id in person_ids) and _near_said(document, m)
    ]
    spokespeople = list({m.actor_id: m for m in speaking}.values())
    speaker = spokespeople[0].actor_id if spokespeople else publisher_id

    new_actors = _actor_rows(people + bodies)
    if publisher and publisher_id and publisher_id not in matcher.names:
        if all(row["id"] != publisher_id for row in new_actors):
            new_actors.insert(0, _new_actor(publisher_id, publisher, "ngo", None))
    source_id = slug(document.name.rsplit(".", 1)[0])
    title = document.html_title or document.paragraphs[0].text[:160]
    candidates: list[Candidate] = []
    for sentence in sentences(paragraphs):
        found_events = event_candidates(sentence, mentions, everyone, dateline)
        found_figures = figure_candidates(sentence)
        period = next(
            (
                m
                for m in mentions
                if m.resolved
                and m is not dateline
                and sentence.start <= m.start_char < sentence.end
            ),
            None,
        )
        for figure in found_figures:
            figure.fields["period"] = period
            figure.fields["event"] = found_events[0] if found_events else None
        candidates += found_events + found_figures
        candidates += demand_candidates(sentence, everyone, speaker)

    ids = {id(c): f"{source_id}-{c.kind}-{n}" for n, c in enumerate(candidates, 1)}
    events, figures, demands = [], [], []
    for candidate in candidates:
        base = {
            "id": ids[id(candidate)],
            "confidence": candidate.confidence,
            "span": list(candidate.span),
        }
        fields = candidate.fields
        if candidate.kind == "event":
            events.append(
                {
                    **base,
                    "start": fields["start"].isoformat(),
                    "end": fields["end"].isoformat(),
                    "date_precision": fields["date_precision"],
                    "date_as_stated": fields["date_as_stated"],
                    "event_type": fields["event_type"],
                    "title": fields["title"],
                    "summary": fields["summary"],
                    "location": None,
                    "actors": [
                        {"id": actor_id, "role": "participant"}
                        for actor_id in fields["actors"]
                    ],
                    "sources": [
                        {
                            "source_id": source_id,
                            "paragraphs": [candidate.paragraph],
                            "locator": None,
                        }
                    ],
                }
            )
        elif candidate.kind == "figure":
            figures.append(
                {
                    **base,
                    "count": fields["count"],
                    "qualifier": fields["qualifier"],
                    "outcome": fields["outcome"],
                    "victims": fields["victims"],
                    "location": None,
                    **_period(fields["period"]),
                    "reported_by_id": publisher_id,
                    "source_id": source_id,
                    "paragraph": candidate.paragraph,
                    "event_id": ids[id(fields["event"])] if fields["event"] else None,
                    "summary": fields["summary"],
                }
            )
        else:
            demands.append(
                {
                    **base,
                    "made_by_id": fields["made_by"] and slug(fields["made_by"])
                    if fields["made_by"] and fields["made_by"] not in matcher.names
                    else fields["made_by"],
                    "addressed_to_id": fields["addressed_to_id"],
                    "addressed_to_text": fields["addressed_to"],
                    "text": fields["text"],
                    "theme": fields["theme"],
                    "made_on": published.isoformat() if published else None,
                    "made_on_precision": "day" if published else None,
                    "source_id": source_id,
                    "paragraph": candidate.paragraph,
                    "status": "unknown",
                }
            )
    return {
        "sources": [
            {
                "id": source_id,
                "title": title,
                "publisher": publisher,
                "layer": "campaign",
                "published": published.isoformat() if published else None,
                "date_precision": "day" if published else None,
                "date_note": None
                if found or not published
                else "Publication date given on the command line.",
                "local_copy": document.name,
                "spokesperson_ids": [m.actor_id for m in spokespeople],
            }
        ],
        "actors": new_actors,
        "mentioned_actors": _actor_rows(known),
        "events": events,
        "casualty_figures": figures,
        "demands": demands,
        "dates": [
            {
                "text": m.text,
                "start": m.start.isoformat() if m.start else None,
                "end": m.end.isoformat() if m.end else None,
                "precision": m.precision,
                "paragraph": m.paragraph,
                "span": [m.start_char, m.end_char],
            }
            for m in mentions
        ],
    }


def _people_ids(dataset: Dataset) -> set[str]:
    actors = dataset.actors
    return set(actors.loc[actors["kind"] == "person", "id"])


SPEAKS_AFTER = re.compile(r"^(?:,\s[^,.;“”]{3,140})?,?\s(?:said|says|added|told)\b")
SPEAKS_BEFORE = re.compile(r"\b(?:said|says|added)\s*$")


def _near_said(document: Document, mention: ActorMention) -> bool:
    """'Name, role, said' or 'said Name': the mention is a speaker."""
    after = document.text[mention.end_char : mention.end_char + 200]
    before = document.text[max(0, mention.start_char - 12) : mention.start_char]
    return bool(SPEAKS_AFTER.match(after) or SPEAKS_BEFORE.search(before))


def _new_actor(
    actor_id: str, name: str, kind: str | None, role: str | None
) -> dict[str, Any]:
    return {
        "id": actor_id,
        "name": name,
        "kind": kind or "ngo",
        "parent_id": None,
        "aliases": [],
        "description": role,
        "mentions": [],
        "confidence": 0.6,
    }


def _actor_rows(mentions: list[ActorMention]) -> list[dict[str, Any]]:
    """One row per actor, with the words the text used for it."""
    rows: dict[str, dict[str, Any]] = {}
    for mention in mentions:
        if mention.known:
            row = rows.setdefault(
                mention.actor_id,
                {"id": mention.actor_id, "name": mention.name, "mentions": []},
            )
        else:
            row = rows.setdefault(
                mention.actor_id,
                _new_actor(mention.actor_id, mention.name, mention.kind, mention.role),
            )
        if mention.text not in row["mentions"]:
            row["mentions"].append(mention.text)
    return list(rows.values())


def _period(mention: DateMention | None) -> dict[str, Any]:
    """Period fields of a figure from the date its sentence names."""
    if mention is None or mention.start is None:
        return {
            "period_start": None,
            "period_end": None,
            "period_precision": "approximate",
            "period_as_stated": None,
        }
    precision = (
        mention.precision if mention.precision != "unresolved" else "approximate"
    )
    return {
        "period_start": mention.start.isoformat(),
        "period_end": mention.end.isoformat() if mention.end else None,
        "period_precision": precision,
        "period_as_stated": mention.text,
    }
