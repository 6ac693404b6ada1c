"""Who a release names: known actors by name or alias (longest match, case and
accent insensitive), and new people and bodies proposed with their role."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import pandas as pd
import regex

from ..actors import normalise_name

ROLE_WORDS = (
    "director|representative|researcher|spokesperson|spokesman|spokeswoman|head|"
    "adviser|advisor|secretary|coordinator|chair|officer|campaigner|president|"
    "minister|deputy|envoy|rapporteur|lawyer|expert|advocate|chief|manager|founder"
)
PERSON = regex.compile(
    r"(?P<name>\p{Lu}[\p{Ll}'’-]+(?:\s+(?:de|da|del|van|von|al-|el-)?\s*\p{Lu}[\p{L}'’.-]+){1,3})"
    r",\s+(?P<role>[^,.;“”\"]{3,120}?\b(?:" + ROLE_WORDS + r")\b[^,.;“”\"]{0,80}?)"
    r"(?=,|\.|\s+(?:said|says|told|added|stated))",
)
BODY_WORDS = (
    "Council|Commission|League|Court|Ministry|Forces|Army|Government|Committee|Office|"
    "Union|Nations|Watch|International|Coalition|Front|Police|Agency|Organisation|"
    "Organization|Programme|Movement|Authority|Parliament|Assembly|Tribunal|Federation"
)
BODY = regex.compile(
    r"\b(?P<name>(?:\p{Lu}[\p{L}'’-]+\s+){0,5}(?:" + BODY_WORDS + r"))\b"
    r"(?:\s+(?:of|for|on)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})?"
)
KIND_HINTS = [
    (re.compile(r"\b(army|forces|militia|police)\b", re.I), "armed_force"),
    (re.compile(r"\b(court|tribunal)\b", re.I), "court"),
    (re.compile(r"\b(government|ministry|authority)\b", re.I), "government"),
    (re.compile(r"\b(council|league|union|nations|commission|assembly)\b", re.I),
     "intergovernmental_body"),
    (re.compile(r"\b(front|movement|coalition|opposition)\b", re.I), "opposition"),
]  # fmt: skip


@dataclass(frozen=True)
class ActorMention:
    """A name in the text: a known actor id, or a proposed new actor."""

    actor_id: str
    name: str
    text: str
    start_char: int
    end_char: int
    known: bool
    kind: str | None = None
    role: str | None = None


def folded(text: str) -> tuple[str, list[int]]:
    """``text`` case- and accent-folded, with the original index of each char."""
    out: list[str] = []
    index: list[int] = []
    for position, char in enumerate(text):
        decomposed = unicodedata.normalize("NFKD", char)
        for piece in decomposed:
            if unicodedata.combining(piece):
                continue
            piece = piece.casefold().replace("’", "'")
            out.append(piece)
            index.extend([position] * len(piece))
    return "".join(out), index


def slug(name: str) -> str:
    """An id from a name: 'Inés Muñoz' → 'ines-munoz'."""
    return re.sub(r"[^a-z0-9]+", "-", normalise_name(name)).strip("-")


class ActorMatcher:
    """Finds the dataset's actors in text."""

    def __init__(self, actors: pd.DataFrame) -> None:
        labels: dict[str, str] = {}
        self.names: dict[str, str] = {}
        for actor_id, name, aliases in actors[["id", "name", "aliases"]].itertuples(
            index=False
        ):
            self.names[str(actor_id)] = str(name)
            for label in (name, *list(aliases)):
                key = normalise_name(str(label))
                if len(key) >= 3:
                    labels.setdefault(key, str(actor_id))
        self.labels = labels
        alternatives = sorted(labels, key=len, reverse=True)
        self.pattern = (
            re.compile(
                r"(?<!\w)(" + "|".join(map(re.escape, alternatives)) + r")(?!\w)"
            )
            if alternatives
            else None
        )

    def find(self, text: str) -> list[ActorMention]:
        """Known actors named in ``text``, longest match first, no overlaps."""
        if self.pattern is None:
            return []
        fold, index = folded(text)
        found = []
        for match in self.pattern.finditer(fold):
            start = index[match.start()]
            end = index[match.end() - 1] + 1
            actor_id = self.labels[match.group(1)]
            found.append(
                ActorMention(
                    actor_id, self.names[actor_id], text[start:end], start, end, True
                )
            )
        return found


def propose_people(text: str, known: list[ActorMention]) -> list[ActorMention]:
    """'Name, role' phrases whose name is not a known actor: new people."""
    known_spans = [(m.start_char, m.end_char) for m in known]
    proposals = []
    for match in PERSON.finditer(text):
        start, end = match.span("name")
        role = " ".join(match.group("role").split())
        if any(s <= start < e for s, e in known_spans):
            continue
        name = match.group("name")
        proposals.append(
            ActorMention(slug(name), name, name, start, end, False, "person", role)
        )
    return proposals


def propose_bodies(text: str, known: list[ActorMention]) -> list[ActorMention]:
    """Capitalised names of bodies (… Council, … Forces) that are not known."""
    spans = [(m.start_char, m.end_char) for m in known]
    proposals = []
    for match in BODY.finditer(text):
        start, end = match.span()
        name = match.group(0).strip()
        if any(s < end and start < e for s, e in spans) or len(name.split()) < 2:
            continue
        if name.split()[0] in {"The", "A", "An", "This", "That"}:
            name = " ".join(name.split()[1:])
            if len(name.split()) < 2:
                continue
        kind = next((k for pattern, k in KIND_HINTS if pattern.search(name)), "ngo")
        proposals.append(ActorMention(slug(name), name, name, start, end, False, kind))
    return proposals
