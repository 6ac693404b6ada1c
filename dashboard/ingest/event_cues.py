"""A fallback for dated acts no trigger word names.

The trigger vocabulary in :mod:`dashboard.ingest.extract` names acts by their
verbs ("vetoed", "shelled", "arrested"). Releases also tell acts in words it has
never seen ("took him from his home", "mobile data went dark"). When a clause
holds a resolved date and a verb in the past tense but no trigger, the words
around the verb say what kind of act it is: police and custody point to a
crackdown, a court and an appeal to a finding, a parliament and a law to a
resolution. This module scores those cue words per event type.
"""

from __future__ import annotations

import re

#: Cue words per event type, in the order ties are broken.
_CUES: list[tuple[str, str]] = [
    (
        "finding",
        r"court|judges?|judgeship|tribunal|trial|appeal|verdicts?|sentenc\w+|"
        r"convict\w+|acquitt\w+|charged|immunity|hearing|prosecut\w+|ruling|"
        r"judgment|judgement|remanded",
    ),
    (
        "resolution",
        r"parliament\w*|assembly|congress|senate|council|laws?|bill|decree|"
        r"constitution(?:al)?|ordinance|resolution|mandate|authori[sz]\w+|"
        r"adopt\w+|ratif\w+|treaty|covenant|convention|sanctions?|amend\w+|"
        r"proclamation|binding|bound|designat\w+|rule",
    ),
    (
        "crackdown",
        r"police|gendarm\w+|security\s+forces|agents|officers|arrest\w*|"
        r"detain\w*|custody|detention|prison|jail\w*|protest\w*|demonstrat\w+|"
        r"march\w*|rall(?:y|ies)|crowds?|abduct\w+|disappear\w+|banned|ban|"
        r"dissolv\w+|suspend\w+|internet|mobile\s+data|journalists?|activists?|"
        r"critics|dissent|incommunicado|taken|seized|swept|sweeps?|raid\w*|"
        r"tear\s+gas|live\s+(?:rounds|ammunition)|broken\s+up|balaclavas|"
        r"hood|pickup|junta|leaders|held",
    ),
    (
        "attack",
        r"strikes?|struck|shell\w*|bomb\w*|drones?|militants?|gunmen|rebels|"
        r"insurgents|armed\s+(?:group|men)|fighters|massacre\w*|villages?|"
        r"airstrikes?|explosive\w*|artillery|mortars?|violence|clashes|"
        r"militias?",
    ),
    (
        "arms_transfer",
        r"arms|weapons|munitions|aircraft|helicopters|delivered|supplied|"
        r"shipments?|ammunition",
    ),
    (
        "mission",
        r"force|mission|peacekeep\w+|observers|deployed|monitors|troops|"
        r"replaced|replaces",
    ),
    ("visit", r"visit\w*|travel\w+|arriv\w+|trip|summit|delegation|toured"),
    ("report", r"report|published|findings|study|briefing"),
    (
        "negotiation",
        r"talks|negotiat\w+|agreement|deal|ceasefire|mediat\w+|dialogue",
    ),
    (
        "statement",
        r"announc\w+|statement|declared|denied|condemned|speech|warned|"
        r"promised|pledged",
    ),
]
CUES = [
    (event_type, re.compile(rf"\b(?:{words})\b", re.I)) for event_type, words in _CUES
]

#: A verb in the past tense (or a perfect): what makes a clause tell an act.
PAST_VERB = re.compile(
    r"\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"[a-z]+(?:ed|en|t)|(?:took|went|came|gave|brought|put|made|held|began|"
    r"broke|fled|sent|shot|struck|stood|met|left|kept|led|fought|froze|drove|"
    r"threw|seized|won|lost|rose|fell|hit|cut|set|swept|sought|caught|sold|"
    r"withdrew|shut|became|told|lifted|pushed|passed|replaced|opened|"
    r"dissolved|banned|vanished|died|ordered|charged|remanded|authori[sz]ed|"
    r"approved|adopted|declared|announced)|(?<![-\w])[a-z]{3,}ed)\b"
)
#: Words that end in -ed but tell no act, and speech verbs (told elsewhere).
NOT_ACTS = re.compile(
    r"\b(?:said|stated|noted|added|reported|explained|confirmed|stressed|"
    r"insisted|recalled|based|needed|used|called|named|aged|armed|"
    r"concerned|alleged|supposed|listed|scheduled|expected|planned|"
    r"interested|related|united|limited|detailed|indeed|hundred|"
    r"red|bed|feed|need|speed|seed|shed|wed|fed|led)\b",
    re.I,
)


def past_verb(clause: str) -> re.Match[str] | None:
    """The first verb of ``clause`` in the past tense that may tell an act."""
    for match in PAST_VERB.finditer(clause):
        last = match.group(0).split()[-1]
        if NOT_ACTS.fullmatch(last):
            continue
        return match
    return None


def _best(cues: list[tuple[str, re.Pattern[str]]], text: str, least: int) -> str | None:
    """The name whose cue words ``text`` holds most (distinct words; ties: list
    order), when it holds ``least`` of them at least."""
    count, _, name = max(
        (len({m.group(0).lower() for m in pattern.finditer(text)}), -index, name)
        for index, (name, pattern) in enumerate(cues)
    )
    return name if count >= least else None


def cue_type(clause: str) -> str | None:
    """The event type whose cue words ``clause`` holds most; ``None`` when it
    holds none."""
    return _best(CUES, clause, 1)


#: Cue words per demand theme, for asks the theme patterns do not name; in the
#: order ties are broken.
_THEME_CUES: list[tuple[str, str]] = [
    ("release_detainees", r"release|free|freed|prisoners?|detainees?|jailed"),
    (
        "end_torture_disappearance",
        r"torture|ill-treatment|disappear\w*|missing|whereabouts|families|"
        r"relatives|incommunicado|alive",
    ),
    (
        "independent_investigation",
        r"investigat\w+|inquiry|inquest|probe|forensic|autops\w+|examine|"
        r"examination|evidence",
    ),
    (
        "accountability",
        r"prosecut\w+|justice|accountab\w+|trial|punish\w*|perpetrators|"
        r"responsible|impunity|charge|try|tried|handcuffs|judge|court",
    ),
    (
        "access_for_monitors",
        r"visit|rapporteurs?|monitors?|observers|inspectors|access|"
        r"working\s+group|committee|commissioner|experts?|entry|inspect\w*|"
        r"places\s+of\s+detention|detention\s+(?:centres?|centers?|facilit\w+)",
    ),
    (
        "humanitarian_access",
        r"humanitarian|aid|food|medicine|medical|relief|water|fuel|convoys?",
    ),
    (
        "end_unlawful_attacks",
        r"attacks?|shelling|strikes|bombing|civilians|killings|force|firing|"
        r"bullets|ammunition",
    ),
    ("arms_embargo", r"arms|weapons|munitions|drones|embargo"),
    ("asset_freeze", r"assets|sanctions|freeze|bank\s+accounts"),
    (
        "un_scrutiny",
        r"mandate|scrutiny|monitoring|review|follow-up|reporting|follow\s+the\s+case|"
        r"report\s+(?:on\s+it\s+)?publicly",
    ),
    (
        "stop_assisting_crimes",
        r"money|funding|funds|supplying|support|assistance|pays|helps|"
        r"turned\s+against|used\s+against",
    ),
    ("binding_sc_action", r"security\s+council|binding|resolution"),
    ("political_dialogue", r"dialogue|talks|negotiat\w+|ceasefire|mediat\w+"),
]
THEME_CUES = [
    (theme, re.compile(rf"\b(?:{words})\b", re.I)) for theme, words in _THEME_CUES
]


def cue_theme(ask: str, least: int = 2) -> str | None:
    """The demand theme whose cue words ``ask`` holds most, when it holds
    ``least`` of them: one word alone ("restore internet access") says too little
    for a candidate, but will do for words a reviewer chose as a demand."""
    return _best(THEME_CUES, ask, least)
