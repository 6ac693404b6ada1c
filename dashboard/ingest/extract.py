"""Candidate events, casualty figures and demands from the sentences of a release.

Rules, not a model: each candidate says which words triggered it, carries a
confidence, and its title and summary are written by the tool from its parts
(type, actors, date), never the sentence itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import regex

from ..labels import EVENT_TYPE_LABELS, OUTCOME_WORDS, THEME_LABELS, format_span
from .actors import ActorMention
from .dates import DateMention

SENTENCE_END = re.compile(r"(?<=[.!?])[”\"’]?\s+(?=[“\"‘]?[A-Z0-9])")

#: event type → trigger words (first match wins, so specific types come first).
EVENT_TRIGGERS: list[tuple[str, re.Pattern[str]]] = [
    (t, re.compile(p, re.I))
    for t, p in [
        ("veto", r"\bveto(ed|es|ing)?\b(?! (threat|a|the) )|\bblocked\b.*\bresolution"),
        ("threat", r"\bthreat(en(ed|s|ing)?)?\b"),
        ("rejection", r"\b(reject(ed|s)?|dismiss(ed|es)|refus(ed|es))\b"),
        ("resolution", r"\b(adopt(ed|s)?|pass(ed|es)?)\b.*\bresolution\b|\bresolution\b.*\badopted\b"),  # noqa: E501
        ("arms_transfer", r"\b(arms|weapons|munitions)\b.*\b(ship|suppl|deliver|transfer|sent|sell|sold)"),  # noqa: E501
        ("attack", r"\b(attack(ed|s)?|air ?strikes?|shell(ed|ing)|bomb(ed|ing|ardment)|struck|raid(ed)?|fired on|opened fire)\b"),  # noqa: E501
        ("crackdown", r"\b(crackdown|campaign of (killings|arrests|repression)|arbitrar(y|ily) detain|mass arrests)\b"),  # noqa: E501
        ("visit", r"\b(visit(s|ed|ing)?|travel(s|led|ling)? to|arriv(e|es|ed) in|trip to)\b"),  # noqa: E501
        ("mission", r"\b(mission|observers?|monitors?)\b.*\b(sent|deploy|arriv|dispatch|began)"),  # noqa: E501
        ("finding", r"\b(found|concluded|determined|established) (that|evidence)\b|\bfinding"),  # noqa: E501
        ("negotiation", r"\b(negotiat\w*|talks|draft(ing)? (a |the )?(new )?resolution)\b"),  # noqa: E501
        ("report", r"\b(report(ed|s)?|document(ed|s)|publish(ed|es)|releas(ed|es) (a|its) report)\b"),  # noqa: E501
        ("statement", r"\b(said|says|stated|announced|declared|warned|told)\b"),
    ]
]  # fmt: skip

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
NUMBER_WORD = "|".join(sorted([*NUMBER_WORDS, *SCALES], key=len, reverse=True))
QUALIFIERS = [
    (re.compile(r"(more than|over|well over|in excess of|upwards of)$", re.I), "more_than"),  # noqa: E501
    (re.compile(r"(at least|no fewer than|a minimum of)$", re.I), "at_least"),
    (re.compile(r"(about|around|some|roughly|approximately|nearly|almost|an estimated|up to)$", re.I), "about"),  # noqa: E501
]  # fmt: skip
VAGUE_AMOUNTS = re.compile(
    r"\b(scores|dozens|hundreds|thousands|many|numerous)\s+of\b", re.I
)
FIGURE = re.compile(
    r"(?P<qualifier>(?:well over|more than|in excess of|upwards of|over|at least|"
    r"no fewer than|about|around|some|roughly|approximately|nearly|almost|"
    r"an estimated|up to)\s+)?"
    r"(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+(?:million|thousand))?|"
    rf"(?:(?:{NUMBER_WORD})(?:[\s-]+(?:and\s+)?)?)+)"
    r"\s+(?P<victims>(?:[a-z-]+\s+){0,2}?(?:people|civilians|children|protesters|"
    r"demonstrators|detainees|prisoners|men|women|persons|residents|patients|"
    r"journalists|activists|refugees|soldiers|fighters|students|workers|doctors|"
    r"medics|families))\b",
    re.I,
)
OUTCOMES = [
    (re.compile(r"\b(killed|died|dead|deaths?|lost their lives)\b.*\b(injured|wounded)\b", re.I), "killed_and_injured"),  # noqa: E501
    (re.compile(r"\b(killed|killing|died|dead|deaths?|lost their lives|massacred)\b", re.I), "killed"),  # noqa: E501
    (re.compile(r"\b(injured|injuring|wounded|wounding|hurt)\b", re.I), "injured"),
    (re.compile(r"\b(detained|detaining|arrested|arresting|imprisoned|held|jailed)\b", re.I), "detained"),  # noqa: E501
    (re.compile(r"\b(disappeared|missing|abducted)\b", re.I), "disappeared"),
    (re.compile(r"\b(displaced|fled|forced from their homes)\b", re.I), "displaced"),
]  # fmt: skip
QUALITATIVE = re.compile(
    r"\b(?P<victims>civilians|people|children|protesters|patients)\s+(?:were\s+|have been\s+)?"  # noqa: E501
    r"(?P<what>killed and injured|killed or injured|killed|injured|wounded|detained)\b",
    re.I,
)
DEMAND = regex.compile(
    r"\b(?:call(?:s|ed|ing)? (?:on|upon)|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|"
    r"press(?:es|ed)?|demand(?:s|ed|ing)? (?:that )?|appeal(?:s|ed)? to)\s+"
    r"(?P<target>[^,.;]{2,80}?)\s+to\s+(?P<asks>[^.;]+)"
    r"|(?P<subject>(?:the\s+)?\p{Lu}[^,.;]{1,80}?)\s+(?:must|should|has to|needs to|"
    r"ought to)\s+(?:now\s+|also\s+|immediately\s+|urgently\s+)?(?P<asks2>[^.;]+)",
)
THEMES: list[tuple[str, re.Pattern[str]]] = [
    (t, re.compile(p, re.I))
    for t, p in [
        ("icc_referral", r"\b(international criminal court|icc|prosecutor)\b"),
        ("arms_embargo", r"\barms embargo|\b(stop|halt|suspend)\w* (all )?(arms|weapons) (transfers|supplies|sales|deliveries)"),  # noqa: E501
        ("asset_freeze", r"\bfreez\w*\b.*\bassets?\b|\basset freeze"),
        ("veto_restraint", r"\bveto\b"),
        ("access_for_monitors", r"\b(monitors?|observers|investigators|inquiry)\b.*\baccess\b|\baccess\b.*\b(monitors?|observers|investigators)\b|\blet (monitors|observers)"),  # noqa: E501
        ("humanitarian_access", r"\bhumanitarian\b.*\baccess\b|\baccess\b.*\b(aid|humanitarian)\b|\b(aid|relief) (to reach|convoys)"),  # noqa: E501
        ("release_detainees", r"\breleas\w*\b.*\b(detain|prisoner|held|jailed|activists)"),  # noqa: E501
        ("end_torture_disappearance", r"\b(torture|disappearance|disappeared)\b"),
        ("stop_assisting_crimes", r"\b(stop|end|cease)\w* (assisting|aiding|helping|supporting|supplying)\b|\bcomplicit"),  # noqa: E501
        ("end_unlawful_attacks", r"\b(attacks?|air ?strikes?|shelling|bombing|targeting)\b"),  # noqa: E501
        ("independent_investigation", r"\binvestigat\w*\b|\binquiry\b"),
        ("un_scrutiny", r"\b(scrutin\w*|hold \w+ to account at the UN|raise .* with)\b"),  # noqa: E501
        ("binding_sc_action", r"\b(resolution|security council|binding)\b"),
        ("accountability", r"\b(accountab\w*|justice|bring .* to justice|prosecut\w*)\b"),  # noqa: E501
        ("political_dialogue", r"\b(dialogue|talks|negotiat\w*|ceasefire)\b"),
    ]
]  # fmt: skip
LIST_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+and\s+(?=[a-z]+\s)")
SAID_BY = regex.compile(
    r"\bsaid\s+(?P<name>\p{Lu}[\w'’-]+(?:\s+\p{Lu}[\w'’-]+){1,3})|(?P<name2>\p{Lu}[\w'’-]+(?:\s+\p{Lu}[\w'’-]+){1,3})\s+said\b"  # noqa: E501
)  # noqa: E501


@dataclass(frozen=True)
class Sentence:
    """A sentence with its paragraph and where it sits in the document text."""

    paragraph: int
    start: int
    end: int
    text: str


@dataclass
class Candidate:
    """A proposed row with its provenance and confidence."""

    kind: str
    paragraph: int
    span: tuple[int, int]
    confidence: float
    fields: dict = field(default_factory=dict)


def sentences(paragraphs: list[tuple[int, int, str]]) -> list[Sentence]:
    """Split paragraphs (number, offset, text) into sentences."""
    result = []
    for number, offset, text in paragraphs:
        begin = 0
        for match in SENTENCE_END.finditer(text):
            result.append(
                Sentence(
                    number,
                    offset + begin,
                    offset + match.start(),
                    text[begin : match.start()],
                )
            )  # noqa: E501
            begin = match.end()
        result.append(
            Sentence(number, offset + begin, offset + len(text), text[begin:])
        )
    return [s for s in result if s.text.strip()]


def words_to_number(text: str) -> int | None:
    """'two thousand six hundred' → 2600; '2,600' → 2600; '1.2 million' → 1200000."""
    cleaned = text.lower().replace(",", "").strip()
    digits = re.fullmatch(r"(\d+(?:\.\d+)?)(?:\s+(million|thousand))?", cleaned)
    if digits:
        return int(float(digits.group(1)) * SCALES.get(digits.group(2) or "", 1))
    total = current = 0
    seen = False
    for word in re.split(r"[\s-]+", cleaned):
        if word == "and" or not word:
            continue
        if word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _in(sentence: Sentence, start: int, end: int) -> bool:
    return sentence.start <= start and end <= sentence.end


def event_candidates(
    sentence: Sentence,
    dates: list[DateMention],
    actors: list[ActorMention],
    published_mention: DateMention | None,
) -> list[Candidate]:
    """At most one event per sentence: a trigger word and a resolved date."""
    own_dates = [
        d
        for d in dates
        if _in(sentence, d.start_char, d.end_char)
        and d.resolved
        and d is not published_mention
    ]
    if not own_dates:
        return []
    for event_type, trigger in EVENT_TRIGGERS:
        if trigger.search(sentence.text):
            break
    else:
        return []
    when = own_dates[0]
    named = [a for a in actors if _in(sentence, a.start_char, a.end_char)]
    names = list(dict.fromkeys(a.name for a in named))
    label = EVENT_TYPE_LABELS.get(event_type, event_type)
    span_text = format_span(
        when.start, when.end, "day" if when.precision == "day" else "approximate"
    )  # noqa: E501
    who = names[0] if names else "Unnamed actor"
    confidence = 0.45 + 0.2 * bool(named) + 0.2 * (when.precision == "day")
    confidence += 0.1 * (event_type not in {"statement", "report"})
    return [
        Candidate(
            "event",
            sentence.paragraph,
            (sentence.start, sentence.end),
            round(min(confidence, 0.95), 2),
            {
                "start": when.start,
                "end": when.end,
                "date_precision": "approximate"
                if when.precision not in {"day", "month", "year"}
                else when.precision,  # noqa: E501
                "date_as_stated": when.text,
                "event_type": event_type,
                "title": f"{label}: {who}, {span_text}",
                "summary": (
                    f"{label} involving {', '.join(names) if names else 'actors not named'}"  # noqa: E501
                    f", dated {span_text} (the release says “{when.text}”)."
                ),
                "actors": list(dict.fromkeys(a.actor_id for a in named)),
            },
        )
    ]


def figure_candidates(sentence: Sentence) -> list[Candidate]:
    """Casualty figures: a number (digits or words) of people with an outcome;
    or an outcome reported with no number."""
    found = []
    for match in FIGURE.finditer(sentence.text):
        tail = sentence.text[match.end() : match.end() + 80]
        head = sentence.text[max(0, match.start() - 40) : match.start()]
        outcome = next((o for p, o in OUTCOMES if p.search(tail)), None) or next(
            (o for p, o in OUTCOMES if p.search(head)), None
        )
        if outcome is None:
            continue
        count = words_to_number(match.group("number"))
        if count is None:
            continue
        qualifier_text = (match.group("qualifier") or "").strip()
        qualifier = next(
            (q for p, q in QUALIFIERS if qualifier_text and p.search(qualifier_text)),
            "exactly",
        )
        found.append(
            Candidate(
                "figure",
                sentence.paragraph,
                (sentence.start + match.start(), sentence.start + match.end()),
                0.85,
                {
                    "count": count,
                    "qualifier": qualifier,
                    "outcome": outcome,
                    "victims": match.group("victims").lower(),
                    "summary": f"{qualifier_text + ' ' if qualifier_text else ''}"
                    f"{count:,} {match.group('victims').lower()} "
                    f"{OUTCOME_WORDS.get(outcome, outcome)}",
                },
            )
        )
    if found:
        return found
    vague = VAGUE_AMOUNTS.search(sentence.text)
    qualitative = QUALITATIVE.search(sentence.text)
    if qualitative:
        what = qualitative.group("what").lower().replace(" or ", " and ")
        outcome = {"wounded": "injured"}.get(what, what).replace(" ", "_")
        return [
            Candidate(
                "figure",
                sentence.paragraph,
                (
                    sentence.start + qualitative.start(),
                    sentence.start + qualitative.end(),
                ),  # noqa: E501
                0.6,
                {
                    "count": None,
                    "qualifier": "unspecified",
                    "outcome": outcome,
                    "victims": qualitative.group("victims").lower(),
                    "summary": f"{qualitative.group('victims').lower()} {what}"
                    + (
                        f" ({vague.group(0).lower()} them)"
                        if vague
                        else " (no number given)"
                    ),  # noqa: E501
                },
            )
        ]
    return []


def theme_of(text: str) -> str | None:
    """The demand theme a request's words point to."""
    return next((theme for theme, pattern in THEMES if pattern.search(text)), None)


def split_asks(asks: str) -> list[str]:
    """'refer X, impose Y and freeze Z' → three requests."""
    parts = [p.strip() for p in LIST_SPLIT.split(asks) if p and p.strip()]
    merged: list[str] = []
    for part in parts:
        if merged and not re.match(r"^(to\s+)?[a-z]+\b", part):
            merged[-1] += ", " + part
        else:
            merged.append(part)
    return merged or [asks.strip()]


def demand_candidates(
    sentence: Sentence, actors: list[ActorMention], speaker: str | None
) -> list[Candidate]:
    """One candidate per request in a sentence that calls for, urges, or says
    someone must or should do something."""
    match = DEMAND.search(sentence.text)
    if match is None:
        return []
    asks = match.group("asks") or match.group("asks2") or ""
    target_text = match.group("target") or match.group("subject") or ""
    target_start = sentence.start + (
        match.start("target") if match.group("target") else match.start("subject")
    )  # noqa: E501
    target = next(
        (a.actor_id for a in actors
         if target_start <= a.start_char < target_start + len(target_text) + 1),
        None,
    )  # fmt: skip
    said = SAID_BY.search(sentence.text)
    by = speaker
    if said:
        by = said.group("name") or said.group("name2")
    found = []
    for ask in split_asks(asks):
        theme = theme_of(ask)
        if theme is None:
            continue
        found.append(
            Candidate(
                "demand",
                sentence.paragraph,
                (sentence.start, sentence.end),
                0.8 if target else 0.6,
                {
                    "theme": theme,
                    "addressed_to_id": target,
                    "addressed_to": target_text.strip(),
                    "made_by": by,
                    "text": f"{THEME_LABELS.get(theme, theme)}: asked of "
                    f"{target_text.strip() or 'an unnamed party'}",
                },
            )
        )
    return found
