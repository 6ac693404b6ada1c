"""Who a release names: known actors by name or alias (longest match, case and
accent insensitive), and new people, states, state institutions, organisations
and bodies proposed with their kind (and a person's role)."""

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
    "minister|deputy|envoy|rapporteur|lawyer|expert|advocate|chief|manager|founder|"
    "analyst|investigator|commissioner|counsel|executive|leader"
)
CAP = r"\p{Lu}[\p{L}'’-]+"
#: "Name Surname, role," — the role words in any case ("Deputy Director").
PERSON = regex.compile(
    r"(?P<name>\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?"
    r"(?:\s+(?:de|da|del|van|von|al-|el-)?\s*"
    r"\p{Lu}[\p{L}'’.-]+){1,3})"
    r",\s+(?P<role>[^,.;“”\"]{0,120}?\b(?i:" + ROLE_WORDS + r")\b[^,.;“”\"]{0,80}?)"
    r"(?=,|\.|\s+(?:said|says|told|added|stated))",
)
#: "Prime Minister Abdalla Hamdok": a title before a name.
TITLED = regex.compile(
    r"\b(?P<title>(?:Prime|Foreign|Defence|Defense|Interior|Justice)\s+Minister|"
    r"(?:Vice[- ])?President|Minister|King|Queen|Crown Prince|General|Gen\.|"
    r"Colonel|Ambassador|Judge|Special Rapporteur)\s+"
    r"(?P<name>\p{Lu}[\p{Ll}'’-]+(?:\s+(?:al-|el-)?\p{Lu}[\p{L}'’-]+){1,2})"
)
_TOPIC_STOP = (
    r"(?:has|have|had|to|said|says|who|which|was|is|will|would|and|in|at|for|"
    r"after|before|since|when|that|visited|called|urged|warned)\b"
)
#: A mandate's topic in lower case after "Special Rapporteur" or "Independent
#: Expert": "on torture", "on freedom of expression", "on the situation in X".
MANDATE_TOPIC = regex.compile(
    r"\s+on\s+(?:the\s+)?(?!" + _TOPIC_STOP + r")\p{Ll}[\p{L}'’-]*"
    r"(?:\s+(?!" + _TOPIC_STOP + r")\p{Ll}[\p{L}'’-]*){0,5}"
)
#: "blogger Tofig Mammadli", "former president Pedro Castillo": a lower-case
#: role word before a name.
ROLE_BEFORE = regex.compile(
    r"\b(?P<title>(?:former\s+|jailed\s+|detained\s+|exiled\s+)?(?:journalist|"
    r"blogger|reporter|activist|lawyer|editor|leader|candidate|senator|bishop|"
    r"defender|coordinator|student|president|prime\s+minister|opposition\s+leader|"
    r"human\s+rights\s+defender|photographer|cameraman|poet|writer|novelist|"
    r"trade\s+unionist|presenter))\s+"
    r"(?P<name>\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]+){1,2})"
)
NOT_NAMES = {
    "The", "A", "An", "In", "On", "At", "By", "For", "Last", "Next", "This", "That",
    "Since", "During", "After", "Before", "But", "And", "Our", "Its", "Their", "His",
    "Her", "When", "While", "Both", "Other", "All", "Each", "Every", "Many", "Most",
}  # fmt: skip
#: A month or weekday that ends a date before a name: "On 3 June Kadyrov warned".
DATE_BEFORE = re.compile(
    r"(?:\b\d{1,2}\s+|\b(?:on|in|since|by|until|last|next|this)\s+)(?:January|"
    r"February|March|April|May|June|July|August|September|October|November|"
    r"December)$|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$"
)
BODY_WORDS = (
    "Council|Commission|Commissioner|League|Court|Ministry|Forces|Army|Government|"
    "Committee|Office|Union|Nations|Watch|International|Coalition|Front|Police|"
    "Agency|Organisation|Organization|Programme|Movement|Authority|Parliament|"
    "Assembly|Tribunal|Federation|Mission|Intelligence|Centre|Center|Project|"
    "Monitor|Network|Institute|Foundation|Initiative|Alliance|Cross|Crescent|"
    "Secretariat|Mechanism|Panel|Service|Directorate|Bureau|Rapporteur|Experts|"
    "Forum|Observatory|Association|Society|Trust"
)
BODY = regex.compile(
    r"\b(?P<name>(?:"
    + CAP
    + r"\s+(?:and\s+(?="
    + CAP
    + r"))?){0,5}(?:"
    + BODY_WORDS
    + r"))\b"
    r"(?:\s+(?:of|for|on|in)\s+(?:the\s+)?"
    + CAP
    + r"(?:\s+(?:and\s+)?"
    + CAP
    + r"){0,3}"
    r"(?=[\s,.;:)”\"]|$)){0,2}"
)
JOB_AFTER = regex.compile(r"\s+(?i:" + ROLE_WORDS + r")\b")
WHEN_QUALIFIER = re.compile(
    r"\s+(?:of|for|on|in)\s+(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b.*$"
)
#: "<Name> militias", "<Name> rebels": armed groups named by a capitalised word.
ARMED_GROUP = regex.compile(
    r"(?<=\b(?:the|of|by|and|with|from|against)\s+)"
    r"(?P<name>\p{Lu}[\p{L}\d'’-]+\s+(?:militias|rebels|fighters|brigades|"
    r"paramilitaries|armed\s+group))\b"
)
KIND_HINTS = [
    (re.compile(r"\b(army|forces|militias?|police|intelligence|military|"
                r"security\s+service)\b", re.I),
     "armed_force"),
    (re.compile(r"\b(court|tribunal)\b", re.I), "court"),
    (re.compile(r"\b(doctors|workers|trade|journalists|lawyers|students|teachers)['’]?"
                r"\s+union\b", re.I), "ngo"),
    (re.compile(r"\b(government|ministry|authority)\b", re.I), "government"),
    (re.compile(r"\b(council|league|union|nations|states|commission|commissioner|assembly|"
                r"mission|mechanism|panel|secretariat|rapporteur|experts)\b", re.I),
     "intergovernmental_body"),
    (re.compile(r"\b(front|movement|opposition)\b", re.I), "opposition"),
]  # fmt: skip
#: An NGO-style name in a reporting context: capitalised words, with "in", "of",
#: "for", "on" or "and" between them ("Rights in Conflict").
ORG = CAP + r"(?:\s+(?:(?:in|of|for|on|and)\s+)?" + CAP + r"){1,5}"
ORG_CONTEXTS = [
    regex.compile(r"(?:^|(?<=[,.;:“\"]\s*)|\bthe\s+|\b)(?P<org>" + ORG + r")"
                  r"(?=\s+(?:said|says|stated|added|calls?\s+on|called\s+on|"
                  r"urges?|urged|is\s+calling|has\s+(?:called|documented|recorded)|"
                  r"welcomed|believes|warned))"),
    regex.compile(r"\b(?:said|says|told|according\s+to|interviewed\s+by)\s+"
                  r"(?:the\s+)?(?P<org>" + ORG + r")"),
    regex.compile(r"(?P<org>" + ORG + r")['’]s?\s+(?:[\w-]+\s+){0,4}?"
                  r"(?i:" + ROLE_WORDS + r")\b"),
    regex.compile(r"\b(?i:" + ROLE_WORDS + r")\b(?:\s+(?:of|for)\s+[\w-]+){0,2}"
                  r"\s+(?:at|with)\s+(?:the\s+)?"
                  r"(?P<org>" + ORG + r")"),
]  # fmt: skip
MASTHEAD_SUFFIX = re.compile(
    r"\s*[-–—|:]\s*(?:press|news|media)\s+(?:release|statement|advisory)s?\s*$"
    r"|\s*(?:press|news|media)\s+release\s*$",
    re.I,
)

COUNTRY_DATA = (
    "Afghanistan;Afghan|Albania;Albanian|Algeria;Algerian|Andorra;Andorran|"
    "Angola;Angolan|Argentina;Argentine|Armenia;Armenian|Australia;Australian|"
    "Austria;Austrian|Azerbaijan;Azerbaijani|Bahrain;Bahraini|"
    "Bangladesh;Bangladeshi|Belarus;Belarusian|Belgium;Belgian|Benin;Beninese|"
    "Bhutan;Bhutanese|Bolivia;Bolivian|Bosnia and Herzegovina;Bosnian|"
    "Botswana;Botswanan|Brazil;Brazilian|Brunei;Bruneian|Bulgaria;Bulgarian|"
    "Burkina Faso;Burkinabe|Burundi;Burundian|Cambodia;Cambodian|"
    "Cameroon;Cameroonian|Canada;Canadian|"
    "Central African Republic;Central African;CAR|Chad;Chadian|Chile;Chilean|"
    "China;Chinese|Colombia;Colombian|Comoros;Comorian|Costa Rica;Costa Rican|"
    "Croatia;Croatian|Cuba;Cuban|Cyprus;Cypriot|Czech Republic;Czech;Czechia|"
    "Democratic Republic of the Congo;Congolese;DRC/DR Congo|Denmark;Danish|"
    "Djibouti;Djiboutian|Dominican Republic;Dominican|Ecuador;Ecuadorian|"
    "Egypt;Egyptian|El Salvador;Salvadoran|Equatorial Guinea;Equatoguinean|"
    "Eritrea;Eritrean|Estonia;Estonian|Eswatini;Swazi|Ethiopia;Ethiopian|"
    "Fiji;Fijian|Finland;Finnish|France;French|Gabon;Gabonese|Gambia;Gambian|"
    "Georgia;Georgian|Germany;German|Ghana;Ghanaian|Greece;Greek|"
    "Guatemala;Guatemalan|Guinea;Guinean|Guinea-Bissau;Bissau-Guinean|"
    "Guyana;Guyanese|Haiti;Haitian|Honduras;Honduran|Hungary;Hungarian|"
    "Iceland;Icelandic|India;Indian|Indonesia;Indonesian|Iran;Iranian|Iraq;Iraqi|"
    "Ireland;Irish|Israel;Israeli|Italy;Italian|Ivory Coast;Ivorian;Côte d'Ivoire|"
    "Jamaica;Jamaican|Japan;Japanese|Jordan;Jordanian|Kazakhstan;Kazakh|"
    "Kenya;Kenyan|Kosovo;Kosovan|Kuwait;Kuwaiti|Kyrgyzstan;Kyrgyz|Laos;Lao|"
    "Latvia;Latvian|Lebanon;Lebanese|Lesotho;Basotho|Liberia;Liberian|Libya;Libyan|"
    "Liechtenstein;Liechtensteiner|Lithuania;Lithuanian|Luxembourg;Luxembourgish|"
    "Madagascar;Malagasy|Malawi;Malawian|Malaysia;Malaysian|Maldives;Maldivian|"
    "Mali;Malian|Malta;Maltese|Mauritania;Mauritanian|Mauritius;Mauritian|"
    "Mexico;Mexican|Moldova;Moldovan|Monaco;Monegasque|Mongolia;Mongolian|"
    "Montenegro;Montenegrin|Morocco;Moroccan|Mozambique;Mozambican|"
    "Myanmar;Myanmar/Burmese;Burma|Namibia;Namibian|Nepal;Nepali|Netherlands;Dutch|"
    "New Zealand;New Zealand|Nicaragua;Nicaraguan|Niger;Nigerien|Nigeria;Nigerian|"
    "North Korea;North Korean;DPRK|North Macedonia;Macedonian|Norway;Norwegian|"
    "Oman;Omani|Pakistan;Pakistani|Palestine;Palestinian|Panama;Panamanian|"
    "Papua New Guinea;Papua New Guinean|Paraguay;Paraguayan|Peru;Peruvian|"
    "Philippines;Filipino/Philippine|Poland;Polish|Portugal;Portuguese|"
    "Qatar;Qatari|Republic of the Congo;Congolese|Romania;Romanian|Russia;Russian|"
    "Rwanda;Rwandan|Saudi Arabia;Saudi|Senegal;Senegalese|Serbia;Serbian|"
    "Sierra Leone;Sierra Leonean|Singapore;Singaporean|Slovakia;Slovak|"
    "Slovenia;Slovenian|Somalia;Somali|South Africa;South African|"
    "South Korea;South Korean|South Sudan;South Sudanese|Spain;Spanish|"
    "Sri Lanka;Sri Lankan|Sudan;Sudanese|Suriname;Surinamese|Sweden;Swedish|"
    "Switzerland;Swiss|Syria;Syrian|Taiwan;Taiwanese|Tajikistan;Tajik|"
    "Tanzania;Tanzanian|Thailand;Thai|Timor-Leste;Timorese;East Timor|"
    "Togo;Togolese|Trinidad and Tobago;Trinidadian|Tunisia;Tunisian|"
    "Turkey;Turkish;Türkiye|Turkmenistan;Turkmen|Uganda;Ugandan|Ukraine;Ukrainian|"
    "United Arab Emirates;Emirati;UAE|"
    "United Kingdom;British;UK/Britain/Great Britain|"
    "United States;American/US;US/USA/United States of America|Uruguay;Uruguayan|"
    "Uzbekistan;Uzbek|Venezuela;Venezuelan|Vietnam;Vietnamese;Viet Nam|"
    "Yemen;Yemeni|Zambia;Zambian|Zimbabwe;Zimbabwean"
)

#: Heads of a state's institutions ("Sudanese security forces", "UK government").
GOVERNMENT_HEADS = "government|authorities|officials|administration|ministry"
FORCE_HEADS = (
    "armed forces|security forces|forces|military|army|air force|navy|police|"
    "junta|troops|soldiers|aircraft|warplanes|intelligence services"
)
INSTITUTION_MODIFIERS = (
    "military|security|transitional|interim|de facto|federal|central|local|"
    "national|state|regional"
)
#: Words for a state's military that the dataset files under "<Demonym> forces".
FORCE_SYNONYMS = {"aircraft", "warplanes", "troops", "soldiers", "air force", "navy"}


@dataclass(frozen=True)
class Country:
    """A state: its name, demonyms and other names."""

    name: str
    demonyms: tuple[str, ...]
    aliases: tuple[str, ...]


def _countries() -> dict[str, Country]:
    """Every name, alias and demonym → its country."""
    table: dict[str, Country] = {}
    for entry in COUNTRY_DATA.split("|"):
        name, *rest = entry.split(";")
        demonyms = tuple(rest[0].split("/")) if rest and rest[0] else ()
        aliases = tuple(rest[1].split("/")) if len(rest) > 1 and rest[1] else ()
        country = Country(name, demonyms, aliases)
        for label in (name, *aliases, *demonyms):
            table.setdefault(label, country)
    return table


COUNTRIES = _countries()
NAMES = sorted(
    {label for c in COUNTRIES.values() for label in (c.name, *c.aliases)},
    key=len,
    reverse=True,
)
ADJECTIVES = sorted(
    {label for c in COUNTRIES.values() for label in (c.name, *c.aliases, *c.demonyms)},
    key=len,
    reverse=True,
)
COUNTRY = regex.compile(
    r"(?<![\p{L}\-])(?<!\p{Lu}[\p{L}'’]*\s)(?P<name>"
    + "|".join(map(re.escape, NAMES))
    + r")(?![\p{L}\-])(?!\s+\p{Lu})"
)
INSTITUTION = regex.compile(
    r"(?<![\p{L}\-])(?P<who>" + "|".join(map(re.escape, ADJECTIVES)) + r")"
    r"(?:(?P<possessive>['’]s)|-(?P<link>led|backed|allied|aligned))?\s+"
    r"(?P<head>(?:(?:" + INSTITUTION_MODIFIERS + r")\s+)?"
    r"(?:government\s+(?:forces|troops|soldiers)|"
    + FORCE_HEADS
    + r"|"
    + GOVERNMENT_HEADS
    + r"|coalition|"
    r"armed groups?|militias?|rebels|separatists|fighters))\b"
)


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
    if text.isascii():
        return text.lower(), list(range(len(text)))
    out: list[str] = []
    index: list[int] = []
    for position, char in enumerate(text):
        if char.isascii():
            out.append(char.lower())
            index.append(position)
            continue
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
    """Finds the dataset's actors in text. ``ActorMatcher.of(actors)`` reuses
    the matcher built for the same actors table."""

    _cache: dict[tuple, ActorMatcher] = {}

    @classmethod
    def of(cls, actors: pd.DataFrame) -> ActorMatcher:
        key = tuple(
            (str(i), str(n), str(k), tuple(map(str, a)))
            for i, n, k, a in actors[["id", "name", "kind", "aliases"]].itertuples(
                index=False
            )
        )
        matcher = cls._cache.get(key)
        if matcher is None:
            if len(cls._cache) > 8:
                cls._cache.clear()
            matcher = cls._cache[key] = cls(actors)
        return matcher

    def __init__(self, actors: pd.DataFrame) -> None:
        labels: dict[str, str] = {}
        short: dict[str, str] = {}
        self.names: dict[str, str] = {}
        self.kinds: dict[str, str] = {}
        for actor_id, name, kind, aliases in actors[
            ["id", "name", "kind", "aliases"]
        ].itertuples(index=False):
            self.names[str(actor_id)] = str(name)
            self.kinds[str(actor_id)] = str(kind)
            for label in (name, *list(aliases)):
                key = normalise_name(str(label))
                if len(key) >= 3:
                    labels.setdefault(key, str(actor_id))
                elif len(key) == 2 and str(label).isupper():
                    # "UN": only in capitals, and only standing alone
                    short.setdefault(str(label), str(actor_id))
        self.labels = labels
        self.short = short
        alternatives = sorted(labels, key=len, reverse=True)
        self.pattern = (
            re.compile(
                r"(?<!\w)(" + "|".join(map(re.escape, alternatives)) + r")(?!\w)"
            )
            if alternatives
            else None
        )
        self.short_pattern = (
            re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, short)) + r")(?![\w-])")
            if short
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
                    actor_id,
                    self.names[actor_id],
                    text[start:end],
                    start,
                    end,
                    True,
                    self.kinds.get(actor_id),
                )
            )
        if self.short_pattern is not None:
            spans = [(m.start_char, m.end_char) for m in found]
            for match in self.short_pattern.finditer(text):
                start, end = match.span()
                if any(s < end and start < e for s, e in spans):
                    continue
                actor_id = self.short[match.group(1)]
                found.append(
                    ActorMention(
                        actor_id, self.names[actor_id], match.group(1), start, end, True
                    )
                )
            found.sort(key=lambda m: m.start_char)
        return found

    def known_id(self, name: str) -> str | None:
        """The id of the known actor called ``name`` (or by that alias)."""
        return self.labels.get(normalise_name(name))


def _overlaps(start: int, end: int, mentions: list[ActorMention]) -> bool:
    return any(m.start_char < end and start < m.end_char for m in mentions)


def _plausible_name(name: str) -> bool:
    words = name.split()
    return (
        len(words) >= 2
        and words[0] not in NOT_NAMES
        and not any(w.rstrip("'’s") in COUNTRIES for w in words)
    )


def propose_people(text: str, known: list[ActorMention]) -> list[ActorMention]:
    """'Name, role' and 'Title Name' phrases whose name is not a known actor."""
    known_spans = [(m.start_char, m.end_char) for m in known]
    proposals: list[ActorMention] = []
    for match in PERSON.finditer(text):
        start, end = match.span("name")
        role = " ".join(match.group("role").split())
        name = match.group("name")
        if any(s <= start < e for s, e in known_spans) or not _plausible_name(name):
            continue
        proposals.append(
            ActorMention(slug(name), name, name, start, end, False, "person", role)
        )
    # "Prime Minister X Y" (the title is part of the mention), "blogger X Y"
    titled = [(m, True) for m in TITLED.finditer(text)]
    titled += [(m, False) for m in ROLE_BEFORE.finditer(text)]
    for match, title_in_mention in titled:
        start, end = match.span("name")
        name = match.group("name")
        if any(s <= start < e for s, e in known_spans) or not _plausible_name(name):
            continue
        if _overlaps(start, end, proposals):
            continue
        first = match.start() if title_in_mention else start
        proposals.append(
            ActorMention(
                slug(name),
                name,
                text[first:end],
                first,
                end,
                False,
                "person",
                match.group("title"),
            )  # fmt: skip
        )
    # later mentions of a proposed person by full name
    for person in list(proposals):
        for match in re.finditer(rf"(?<!\w){re.escape(person.name)}(?!\w)", text):
            if not _overlaps(*match.span(), proposals):
                proposals.append(
                    ActorMention(
                        person.actor_id,
                        person.name,
                        person.name,
                        *match.span(),
                        False,
                        "person",
                        person.role,
                    )
                )
    return sorted(proposals, key=lambda m: m.start_char)


def _kind_of(name: str) -> str:
    return next((k for pattern, k in KIND_HINTS if pattern.search(name)), "ngo")


def propose_bodies(text: str, known: list[ActorMention]) -> list[ActorMention]:
    """Capitalised names of bodies (… Council, … Forces) that are not known."""
    spans = [(m.start_char, m.end_char) for m in known]
    proposals = []
    for match in BODY.finditer(text):
        start, end = match.span()
        topic = (
            MANDATE_TOPIC.match(text, end)
            if match.group(0).endswith(("Rapporteur", "Expert", "Experts"))
            else None
        )
        if topic:  # "UN Special Rapporteur on freedom of expression"
            end = topic.end()
        name = text[start:end].strip()
        if any(s < end and start < e for s, e in spans) or len(name.split()) < 2:
            continue
        if JOB_AFTER.match(text, end):
            continue  # "Asia Programme Manager": part of a job title
        if name.split()[0] in {"The", "A", "An", "This", "That"}:
            name = " ".join(name.split()[1:])
            start = end - len(name)
            if len(name.split()) < 2:
                continue
        joined = re.search(r"^(.*?\b(?:" + BODY_WORDS + r"))\s+and\s+", name)
        if joined:  # "Human Rights Watch and Amnesty International": two names
            left = joined.group(1)
            if len(left.split()) >= 2 and not any(
                s < start + len(left) and start < e for s, e in spans
            ):
                proposals.append(
                    ActorMention(
                        slug(left),
                        left,
                        left,
                        start,
                        start + len(left),
                        False,
                        _kind_of(left),
                    )  # fmt: skip
                )
            name = name[joined.end() :]
            start = end - len(name)
            if len(name.split()) < 2:
                continue
        when = WHEN_QUALIFIER.search(name)
        if when:  # "Security Council on Monday": a date, not part of the name
            name = name[: when.start()]
            end = start + len(name)
        place = re.search(r"\s+in\s+(?:the\s+)?(.+)$", name)
        if place and place.group(1) not in COUNTRIES:
            # "Court of Appeal in London": the city is where it sits
            name = name[: place.start()]
            end = start + len(name)
        proposals.append(
            ActorMention(slug(name), name, name, start, end, False, _kind_of(name))
        )
    for match in ARMED_GROUP.finditer(text):
        start, end = match.span()
        first = match.group("name").split()[0]
        if first in NOT_NAMES or first in COUNTRIES:
            continue
        if any(s < end and start < e for s, e in spans) or _overlaps(
            start, end, proposals
        ):
            continue
        name = match.group("name")
        proposals.append(
            ActorMention(slug(name), name, name, start, end, False, "armed_force")
        )
    return proposals


def propose_states(
    text: str, matcher: ActorMatcher, taken: list[ActorMention]
) -> list[ActorMention]:
    """States named in the text ("France", "UK") and their institutions
    ("Sudanese security forces", "Sudan's military authorities", "Saudi
    Arabia-led coalition"); a known actor keeps its id."""
    found: list[ActorMention] = []
    for match in INSTITUTION.finditer(text):
        start, end = match.span()
        if _overlaps(start, end, taken):
            continue
        country = COUNTRIES[match.group("who")]
        head = match.group("head")
        link = match.group("link")
        if link:
            name = f"{match.group('who')}-{link} {head}"
        else:
            adjective = (
                country.demonyms[0]
                if country.demonyms
                and match.group("who") != country.demonyms[0]
                and (match.group("possessive") or match.group("who") == country.name)
                else match.group("who")
            )
            name = f"{adjective} {head}"
        surface = text[start:end]
        last = head.split()[-1]
        kind = "government" if re.fullmatch(GOVERNMENT_HEADS, last) else "armed_force"
        actor_id = matcher.known_id(name) or matcher.known_id(surface)
        if actor_id is None and not link and head in FORCE_SYNONYMS:
            for demonym in country.demonyms:
                actor_id = matcher.known_id(f"{demonym} forces")
                if actor_id:
                    break
        if actor_id:
            found.append(
                ActorMention(
                    actor_id, matcher.names[actor_id], surface, start, end, True
                )
            )
        else:
            found.append(
                ActorMention(slug(name), name, surface, start, end, False, kind)
            )
    for match in COUNTRY.finditer(text):
        start, end = match.span()
        if _overlaps(start, end, taken + found):
            continue
        country = COUNTRIES[match.group("name")]
        actor_id = matcher.known_id(country.name)
        if actor_id is None:
            actor_id = next(
                (matcher.known_id(a) for a in country.aliases if matcher.known_id(a)),
                None,
            )
        if actor_id:
            found.append(
                ActorMention(
                    actor_id, matcher.names[actor_id], match.group(0), start, end, True
                )
            )
        else:
            found.append(
                ActorMention(
                    slug(country.name),
                    country.name,
                    match.group(0),
                    start,
                    end,
                    False,
                    "state",
                )
            )
    return found


def reporting_organisations(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every name in a speaker's or employer's place:
    "Rights in Conflict said", "told Human Rights Watch", "Asia Rights
    Monitor's researcher", "Director at X", "X calls on"."""
    found = []
    for pattern in ORG_CONTEXTS:
        for match in pattern.finditer(text):
            words = match.group("org").split()
            start = match.start("org")
            # "On Tuesday Rights Watch", "On 3 June Kadyrov": not part of the name
            while words:
                end = text.index(words[0], start) + len(words[0])
                if words[0] not in NOT_NAMES and not DATE_BEFORE.search(text, 0, end):
                    break
                start, words = end, words[1:]
            name = " ".join(words)
            if len(words) < 2 or words[-1] in COUNTRIES or words[-1] in NOT_NAMES:
                continue
            end = match.end("org")
            found.append((end - len(name), end, name))
    return sorted(set(found))


def propose_organisations(text: str, taken: list[ActorMention]) -> list[ActorMention]:
    """Organisations named as a speaker or a spokesperson's employer ("Rights in
    Conflict said", "Asia Rights Monitor's researcher", "Director at X"), and
    their other mentions by the same name."""
    names: dict[str, None] = {}
    for start, end, name in reporting_organisations(text):
        if any(m.start_char <= start and end <= m.end_char for m in taken):
            continue
        names.setdefault(name, None)
    found: list[ActorMention] = []
    for name in names:
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            start, end = match.span()
            if _overlaps(start, end, taken + found):
                continue
            found.append(ActorMention(slug(name), name, name, start, end, False, "ngo"))
    return found


def masthead_name(masthead: str | None) -> str | None:
    """'SUDAN JUSTICE CENTRE - PRESS RELEASE' → 'Sudan Justice Centre'."""
    if not masthead:
        return None
    name = MASTHEAD_SUFFIX.sub("", masthead).strip(" -–—|:")
    if not name or len(name.split()) > 8:
        return None
    small = {"of", "for", "in", "on", "and", "the"}
    words = [
        w.lower() if i and w.lower() in small else w.capitalize()
        for i, w in enumerate(name.split())
    ]
    return " ".join(words)


def resolve_overlaps(
    known: list[ActorMention], proposed: list[ActorMention]
) -> tuple[list[ActorMention], list[ActorMention]]:
    """A proposed name that strictly contains a known alias ("Commission of
    Inquiry on Ukraine" around "Commission of Inquiry", "UN Human Rights
    Council" around "UN") is a different, more specific body: it wins."""
    dropped = set()
    for mention in known:
        for other in proposed:
            if (
                other.start_char <= mention.start_char
                and mention.end_char <= other.end_char
                and (other.end_char - other.start_char)
                > (mention.end_char - mention.start_char)
            ):
                dropped.add(id(mention))
                break
    return [m for m in known if id(m) not in dropped], proposed
