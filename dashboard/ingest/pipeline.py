"""A release in, candidate rows out, in the dataset's JSON document shape with
``confidence`` and ``span`` (character offsets into the cleaned text) added.

Every id a candidate refers to (event actors, a demand's maker and addressee, a
figure's reporter, the source's publisher and spokespeople) is either a known
dataset actor or a proposed actor in ``actors``, so the candidates merge."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Any

from ..actors import normalise_name
from ..loading import Dataset
from .actors import (
    ActorMatcher,
    ActorMention,
    masthead_name,
    propose_bodies,
    propose_organisations,
    propose_people,
    propose_states,
    reporting_organisations,
    resolve_overlaps,
    slug,
)
from .dates import DateMention, find_dates
from .extract import (
    CALL,
    Candidate,
    Sentence,
    demand_candidates,
    event_candidates,
    figure_candidates,
    group_outcome,
    merge_events,
    sentences,
)
from .read import Document, Paragraph

DATELINE = re.compile(r"^(?:published|date|posted|issued|updated)?\s*:?\s*", re.I)
DATELINE_MAX_CHARS = 80
#: What may come before a date that opens a paragraph: a place and a comma.
INLINE_DATELINE = re.compile(r"\s*(?:[A-Z][\w .'’-]{1,40},\s*)?")


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
    # "Dakar, 20 February 2024 — Soldiers ...": a dateline opening a paragraph
    starts = {p.number: p for p in document.paragraphs[:4]}
    for mention in mentions:
        paragraph = starts.get(mention.paragraph)
        if mention.precision != "day" or paragraph is None or mention.start is None:
            continue
        before = document.text[paragraph.start : mention.start_char]
        after = document.text[mention.end_char : mention.end_char + 4]
        if INLINE_DATELINE.fullmatch(before) and re.match(r"\s*[—–-]\s", after):
            return mention, mention.start
    if document.html_date:
        try:
            return None, dt.date.fromisoformat(document.html_date[:10])
        except ValueError:
            pass
    return None, None


def _tuples(document: Document) -> list[tuple[int, int, str]]:
    return [(p.number, p.start, p.text) for p in document.paragraphs]


def find_actors(
    document: Document, matcher: ActorMatcher
) -> tuple[list[ActorMention], list[ActorMention]]:
    """(known, proposed) actor mentions in the document, without overlaps."""
    text = document.text
    known = matcher.find(text)
    people = propose_people(text, known)
    bodies = propose_bodies(text, people)
    known, bodies = resolve_overlaps(known, bodies)
    bodies = [b for b in bodies if not _overlap(b, known)]
    bodies = _same_body(bodies)
    states = propose_states(text, matcher, known + people + bodies)
    known += [m for m in states if m.known]
    states = [m for m in states if not m.known]
    organisations = propose_organisations(text, known + people + bodies + states)
    proposed = people + bodies + states + organisations
    return sorted(known, key=lambda m: m.start_char), sorted(
        proposed, key=lambda m: m.start_char
    )


def _overlap(mention: ActorMention, others: list[ActorMention]) -> bool:
    return any(
        o.start_char < mention.end_char and mention.start_char < o.end_char
        for o in others
    )


def _same_body(bodies: list[ActorMention]) -> list[ActorMention]:
    """'Human Rights Council' after 'UN Human Rights Council' is the same body."""
    names = sorted({b.name for b in bodies}, key=len, reverse=True)
    longer = {}
    for name in names:
        longer[name] = next(
            (n for n in names if len(n) > len(name) and n.endswith(" " + name)), name
        )
    result = []
    for body in bodies:
        full = longer[body.name]
        if full != body.name:
            body = ActorMention(
                slug(full), full, body.text, body.start_char, body.end_char, False,
                body.kind, body.role,
            )  # fmt: skip
        result.append(body)
    return result


def choose_publisher(
    document: Document,
    matcher: ActorMatcher,
    known: list[ActorMention],
    proposed: list[ActorMention],
    kinds: dict[str, str],
) -> tuple[str | None, str | None, ActorMention | None]:
    """(id, name, masthead mention) of the organisation that issued the release:
    the masthead's, else the one most often named as speaker ("X said",
    "X calls on", "X's researcher"), else the first known NGO named."""
    everyone = known + proposed
    masthead = masthead_name(document.masthead)
    if masthead:
        paragraph = next(p for p in document.paragraphs if p.kind == "masthead")
        words = document.masthead or ""
        head = re.split(r"\s+[-–—|:]\s+", words)[0]
        actor_id = matcher.known_id(masthead)
        mention_name = matcher.names.get(actor_id or "", masthead)
        if actor_id is None:
            same = next(
                (
                    m
                    for m in proposed
                    if normalise_name(m.name) == normalise_name(masthead)
                ),
                None,
            )
            actor_id = same.actor_id if same else slug(masthead)
            mention_name = same.name if same else masthead
        mention = ActorMention(
            actor_id, mention_name, head, paragraph.start,
            paragraph.start + len(head), actor_id in matcher.names, "ngo",
        )  # fmt: skip
        return actor_id, mention_name, mention
    organisations = {
        m.actor_id: m
        for m in everyone
        if (m.known and kinds.get(m.actor_id) == "ngo")
        or (not m.known and m.kind == "ngo")
    }
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for start, end, _ in reporting_organisations(document.text):
        mention = next(
            (
                m
                for m in everyone
                if m.actor_id in organisations
                and m.start_char < end
                and start < m.end_char
            ),
            None,
        )
        if mention:
            counts[mention.actor_id] += 1
            first.setdefault(mention.actor_id, start)
    if counts:
        best = max(counts, key=lambda a: (counts[a], -first[a]))
        return best, organisations[best].name, None
    ngo = next((m for m in everyone if m.actor_id in organisations), None)
    if ngo:
        return ngo.actor_id, ngo.name, None
    return None, None, None


#: Event types that are harm done; named inside a request, they are not news.
HARM_TYPES = {"attack", "crackdown"}
#: A relative clause open before a trigger: ", which the Council created".
RELATIVE_OPEN = re.compile(r"\b(?:which|who|whose)\b[^,;]*$", re.I)


def _in_relative_clause(text: str, trigger: str) -> bool:
    """Whether ``trigger`` is told in a relative clause of ``text`` (a fact
    given in passing: "the mission, which the Council created in 2022")."""
    at = text.find(trigger)
    return at >= 0 and bool(RELATIVE_OPEN.search(text, 0, at))


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
            and (m.start_char, m.end_char) == (dateline.start_char, dateline.end_char)
        ),
        None,
    )
    matcher = ActorMatcher.of(dataset.actors)
    kinds = dict(zip(dataset.actors["id"], dataset.actors["kind"], strict=True))
    known, proposed = find_actors(document, matcher)

    masthead_mention = None
    if publisher:
        publisher_id = matcher.known_id(publisher) or slug(publisher)
        publisher = matcher.names.get(publisher_id, publisher)
    else:
        publisher_id, publisher, masthead_mention = choose_publisher(
            document, matcher, known, proposed, kinds
        )
    if masthead_mention is not None:
        if masthead_mention.known:
            known.insert(0, masthead_mention)
        else:
            proposed.insert(0, masthead_mention)
    everyone = sorted(known + proposed, key=lambda m: m.start_char)
    person_ids = {a for a, k in kinds.items() if k == "person"}
    speaking = [
        m
        for m in everyone
        if (m.kind == "person" or m.actor_id in person_ids) and _near_said(document, m)
    ]
    spokespeople = list({m.actor_id: m for m in speaking}.values())

    source_id = slug(document.name.rsplit(".", 1)[0])
    title_paragraph = next(
        (p for p in document.paragraphs if p.kind != "masthead"),
        document.paragraphs[0],
    )
    title = document.html_title or title_paragraph.text[:160]
    events: list[Candidate] = []
    figures: list[Candidate] = []
    demands: list[Candidate] = []
    dateline_only = dateline is not None and any(
        p.number == dateline.paragraph
        and len(DATELINE.sub("", p.text)) <= DATELINE_MAX_CHARS
        for p in document.paragraphs
    )
    list_leads = _list_leads(document)
    asked: set[int] = set()
    #: the one day a sentence named and no act took, for the next sentence
    carried: tuple[int, DateMention] | None = None
    #: the paragraph whose asks go on as sentences after "calls on X to:"
    listing: int | None = None
    #: the one day the last dated sentence named, acts or not
    last_day: tuple[int, DateMention] | None = None
    last_figure: tuple[int, str] | None = None
    #: the addressee of the last demand, and its paragraph ("They should also")
    previous: tuple[int, tuple[str, str | None]] | None = None
    for sentence in sentences(paragraphs):
        if (
            dateline_only
            and dateline is not None
            and sentence.paragraph == dateline.paragraph
        ):
            continue
        speaker = _speaker(spokespeople, sentence.paragraph, document)
        asking: Sentence | None = sentence
        if sentence.paragraph in list_leads:
            # "calls on X to:" and then one paragraph per item ("- order ...")
            first = sentence.paragraph not in asked
            asked.add(sentence.paragraph)
            asking = _with_lead(document, list_leads[sentence.paragraph])
            asking = asking if first else None
        found_demands = (
            demand_candidates(
                asking,
                everyone,
                speaker or publisher_id,
                publisher_id,
                previous[1] if previous and previous[0] == sentence.paragraph else None,
                # a headline, or the sentences after "We're calling on X to: A. B."
                headline=sentence.paragraph in (title_paragraph.number, listing),
            )
            if asking is not None
            else []
        )
        if LIST_LEAD.search(sentence.text) and (
            found_demands or CALL.search(sentence.text)
        ):
            listing = sentence.paragraph  # "asking X to: Release the 14. Tell ..."
        if found_demands:
            last = found_demands[-1].fields
            previous = (
                sentence.paragraph,
                (last["addressed_to"], last["addressed_to_id"]),
            )
        demands += found_demands
        found_figures = figure_candidates(
            sentence,
            last_figure[1]
            if last_figure and last_figure[0] == sentence.paragraph
            else None,
        )
        if found_figures:
            last_figure = (sentence.paragraph, found_figures[-1].fields["outcome"])
        elif group := group_outcome(sentence.text):
            last_figure = (sentence.paragraph, group)  # "They were arrested ..."
        carry = carried[1] if carried and carried[0] == sentence.paragraph else None
        if carry is None and last_day and last_day[0] == sentence.paragraph:
            # "That afternoon the governor banned ...", "Police seized four of
            # them minutes after the verdict": the same day goes on
            carry = last_day[1] if CONTINUES.search(sentence.text) else None
        found_events = event_candidates(
            sentence, mentions, everyone, dateline, published, found_figures,
            publisher_id, carry,
        )  # fmt: skip
        asks = " ".join(d.fields["ask"] for d in found_demands)
        # "reveal where everyone detained in last month's sweeps is", "examine
        # the attacks on the camps": harm named inside a request was told
        # before or is asked about, it is not news here; a council's act in a
        # request ("the mission the Council created in 2022") and a scheduled
        # one ("when the Council takes it up next month") are
        found_events = [
            e
            for e in found_events
            if (published is not None and e.fields["start"] > published)
            or (
                e.fields["date_as_stated"] not in asks
                and e.fields["trigger"] not in asks
            )
            or (
                e.fields["event_type"] not in HARM_TYPES
                and _in_relative_clause(sentence.text, e.fields["trigger"])
            )
        ]
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
        acts = [
            e
            for e in found_events
            if e.fields["event_type"] not in {"statement", "report"}
        ]
        for figure in found_figures:
            figure.fields["period"] = period
            figure.fields["event"] = acts[0] if acts else None
        events += found_events
        figures += found_figures
        # the day goes on through a told sequence with no date of its own
        # (``period`` is the sentence's first date)
        told = _day_told(sentence, mentions, dateline) if period is not None else None
        if period is not None or not carried or carried[0] != sentence.paragraph:
            carried = None if acts else told  # no act of its own took the day
        if period is not None:
            last_day = told
    events = merge_events(events)
    demands = _distinct_demands(demands)
    figures = _distinct_figures(figures)
    candidates = events + figures + demands

    ids = {id(c): f"{source_id}-{c.kind}-{n}" for n, c in enumerate(candidates, 1)}
    kept_events = {id(e) for e in events}
    rows_events, rows_figures, rows_demands = [], [], []
    for candidate in candidates:
        base = {
            "id": ids[id(candidate)],
            "confidence": candidate.confidence,
            "span": list(candidate.span),
        }
        fields = candidate.fields
        if candidate.kind == "event":
            rows_events.append(
                {
                    **base,
                    "start": fields["start"].isoformat(),
                    "end": fields["end"].isoformat(),
                    "date_precision": fields["date_precision"],
                    "date_as_stated": fields["date_as_stated"],
                    "is_period": fields["is_period"],
                    "event_type": fields["event_type"],
                    "title": fields["title"],
                    "summary": fields["summary"],
                    "location": fields["location"],
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
            event = fields["event"]
            while event is not None and "merged_into" in event.fields:
                event = event.fields["merged_into"]
            rows_figures.append(
                {
                    **base,
                    "count": fields["count"],
                    "qualifier": fields["qualifier"],
                    "outcome": fields["outcome"],
                    "victims": fields["victims"],
                    "location": event.fields["location"] if event else None,
                    **_period(fields["period"]),
                    "reported_by_id": publisher_id,
                    "source_id": source_id,
                    "paragraph": candidate.paragraph,
                    "event_id": ids[id(event)]
                    if event is not None and id(event) in kept_events
                    else None,
                    "summary": fields["summary"],
                }
            )
        else:
            rows_demands.append(
                {
                    **base,
                    "made_by_id": fields["made_by"],
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
    new_actors = _actor_rows([m for m in everyone if not m.known])
    mentioned = _actor_rows([m for m in everyone if m.known])
    result = {
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
        "mentioned_actors": mentioned,
        "events": rows_events,
        "casualty_figures": rows_figures,
        "demands": rows_demands,
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
    result["publisher_id"] = publisher_id
    if publisher_id and publisher_id not in matcher.names:
        if all(row["id"] != publisher_id for row in new_actors):
            new_actors.insert(0, _new_actor(publisher_id, publisher, "ngo", None))
    return result


#: A paragraph that is one item of a list ("- order ...", "2. allow ...").
LIST_ITEM = re.compile(r"^\s*(?:[-*•·]|\(?\d{1,2}[.)])\s+")


def _list_leads(document: Document) -> dict[int, tuple[Paragraph, Paragraph]]:
    """List items that stand as paragraphs of their own (an HTML ``<li>``),
    each with the paragraph that introduces the list ("calls on X to:")."""
    leads: dict[int, tuple[Paragraph, Paragraph]] = {}
    lead: Paragraph | None = None
    for paragraph in document.paragraphs:
        if LIST_ITEM.match(paragraph.text):
            if lead is not None:
                leads[paragraph.number] = (lead, paragraph)
            continue
        lead = paragraph if paragraph.text.rstrip().endswith(":") else None
    return leads


def _with_lead(document: Document, pair: tuple[Paragraph, Paragraph]) -> Sentence:
    """The list item read after the last sentence of its lead ("calls on X to:
    - order ..."), numbered as the item's paragraph; offsets stay the
    document's."""
    lead, item = pair
    last = sentences([(lead.number, lead.start, lead.text)])[-1]
    text = document.text[last.start : item.end]
    return Sentence(item.number, last.start, item.end, text, last.quoted)


#: A call that opens a list of asks: "We're calling on the President to: Free ...".
LIST_LEAD = re.compile(r"\b(?:to|on|for|authorities|government|demands)\s*:\s*\S", re.I)
#: A sentence that goes on with the day told before it.
CONTINUES = re.compile(
    r"^\W*(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)\b|"
    r"^\W*(?:then|afterwards|later\s+that\s+day)\b|"
    r"\b(?:minutes|hours|moments)\s+(?:after|later)\b|"
    r"\bafter\s+the\s+(?:verdict|ruling|hearing|raid|arrests?|vote|sentencing)\b",
    re.I,
)


def _day_told(
    sentence: Sentence,
    mentions: list[DateMention],
    dateline: DateMention | None,
) -> tuple[int, DateMention] | None:
    """The single day or month a sentence names ("The deadliest day was Tuesday
    25 June.", "The case recalls May 2021, when hundreds protested."), for the
    sentences after it."""
    days = [
        m
        for m in mentions
        if m.resolved
        and m is not dateline
        and sentence.start <= m.start_char < sentence.end
    ]
    if len(days) != 1 or days[0].precision not in {"day", "month"}:
        return None
    return sentence.paragraph, days[0]


def _distinct_figures(figures: list[Candidate]) -> list[Candidate]:
    """A number told again in a later paragraph ("four of them have not been
    heard from" ... "the four women who have disappeared") is one figure."""
    seen: dict[tuple[int, str], int] = {}
    kept = []
    for figure in figures:
        count = figure.fields["count"]
        key = (count, figure.fields["outcome"])
        if count is not None and seen.get(key, figure.paragraph) != figure.paragraph:
            continue
        seen.setdefault(key, figure.paragraph)
        kept.append(figure)
    return kept


def _distinct_demands(demands: list[Candidate]) -> list[Candidate]:
    """A request repeated word for word (a headline shown twice) is one."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for demand in demands:
        key = (demand.fields["theme"], normalise_name(demand.fields["ask"]))
        if key in seen:
            continue
        seen.add(key)
        kept.append(demand)
    return kept


def referenced_actor_ids(candidates: dict[str, Any]) -> set[str]:
    """Every actor id the candidates refer to."""
    ids: set[str] = set()
    for event in candidates["events"]:
        ids |= {actor["id"] for actor in event["actors"]}
    for figure in candidates["casualty_figures"]:
        ids.add(figure["reported_by_id"])
    for demand in candidates["demands"]:
        ids |= {demand["made_by_id"], demand["addressed_to_id"]}
    for source in candidates["sources"]:
        ids |= set(source["spokesperson_ids"])
    return {i for i in ids if i}


def _speaker(
    spokespeople: list[ActorMention], paragraph: int, document: Document
) -> str | None:
    """The spokesperson quoted in ``paragraph``: the one named there, else the
    last one named before it, else the first."""
    if not spokespeople:
        return None
    numbers = {p.number: p for p in document.paragraphs}
    here = numbers.get(paragraph)

    def number_of(mention: ActorMention) -> int:
        return next(
            p.number
            for p in document.paragraphs
            if p.start <= mention.start_char <= p.end
        )

    if here is not None:
        for mention in spokespeople:
            if number_of(mention) == paragraph:
                return mention.actor_id
    before = [m for m in spokespeople if number_of(m) < paragraph]
    return (before[-1] if before else spokespeople[0]).actor_id


SPEAKS_AFTER = re.compile(r"^(?:,\s[^,.;“”]{3,140})?,?\s(?:said|says|added|told)\b")
SPEAKS_BEFORE = re.compile(r"\b(?:said|says|added)\s*$")


def _near_said(document: Document, mention: ActorMention) -> bool:
    """'Name, role, said' or 'said Name': the mention is a speaker."""
    after = document.text[mention.end_char : mention.end_char + 200]
    before = document.text[max(0, mention.start_char - 12) : mention.start_char]
    return bool(SPEAKS_AFTER.match(after) or SPEAKS_BEFORE.search(before))


def _new_actor(
    actor_id: str, name: str | None, kind: str | None, role: str | None
) -> dict[str, Any]:
    return {
        "id": actor_id,
        "name": name or actor_id,
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
            if mention.role and not row["description"]:
                row["description"] = mention.role
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
