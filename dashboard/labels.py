"""Human-readable labels: dates at their precision, enum values, counts."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from .schema import DatePrecision, Qualifier

EVENT_TYPE_LABELS = {
    "veto": "Veto",
    "resolution": "Resolution",
    "negotiation": "Negotiation",
    "threat": "Threat",
    "rejection": "Rejection",
    "visit": "Visit",
    "statement": "Statement",
    "report": "Report",
    "finding": "Finding",
    "mission": "Mission",
    "attack": "Attack",
    "arms_transfer": "Arms transfer",
    "crackdown": "Crackdown",
}

#: What each event type covers: the rule the ingester, the people reviewing its
#: candidates and the annotators of ``benchmarks/`` follow.
EVENT_TYPE_DEFINITIONS = {
    "veto": "A vote that blocks a text: a permanent member's veto of a Security "
    "Council draft, or a head of state refusing to sign a bill.",
    "resolution": "A text adopted by a body or a government: a resolution, a law "
    "passed or signed, a decree issued (a state of emergency declared), sanctions "
    "or visa bans imposed, a treaty joined, a mandate or post created, renewed or "
    "extended.",
    "negotiation": "Talks, mediation, and agreements, deals or ceasefires signed.",
    "threat": "A warning that an act will follow (threatening to veto).",
    "rejection": "A request, proposal or plan turned down (not by a court).",
    "visit": "An official or a delegation going to a place.",
    "statement": "Public words: an announcement, declaration, condemnation, denial, "
    "speech or resignation, a pardon, a lender freezing loans.",
    "report": "A report, briefing or findings published or presented.",
    "finding": "A court's or an inquiry's decision: a ruling, verdict, sentence, "
    "trial, bail or acquittal, an inquiry's conclusion.",
    "mission": "Observers, monitors, an inquiry or a force sent, arriving or leaving.",
    "attack": "Armed violence against people or places: air strikes, shelling, "
    "raids on towns, massacres, killings in a conflict, by any armed party.",
    "arms_transfer": "Weapons or military equipment delivered, sold or supplied.",
    "crackdown": "A state's repression of people: arrests, detention, abductions, "
    "disappearances, executions, shooting at protesters, killings by police, "
    "expulsions, stripping citizenship, closing media or NGOs, cutting "
    "communications, curfews.",
}

THEME_LABELS = {
    "icc_referral": "ICC referral",
    "arms_embargo": "Arms embargo",
    "asset_freeze": "Asset freeze",
    "binding_sc_action": "Binding Council action",
    "veto_restraint": "Veto restraint",
    "access_for_monitors": "Access for monitors",
    "humanitarian_access": "Humanitarian access",
    "end_unlawful_attacks": "End unlawful attacks",
    "stop_assisting_crimes": "Stop assisting crimes",
    "release_detainees": "Release detainees",
    "end_torture_disappearance": "End torture & disappearance",
    "un_scrutiny": "UN scrutiny",
    "independent_investigation": "Independent investigation",
    "accountability": "Accountability",
    "political_dialogue": "Political dialogue",
}

QUALIFIER_WORDS = {
    Qualifier.EXACTLY.value: "",
    Qualifier.ABOUT.value: "about ",
    Qualifier.AT_LEAST.value: "at least ",
    Qualifier.MORE_THAN.value: "more than ",
    Qualifier.UNSPECIFIED.value: "",
}

OUTCOME_WORDS = {
    "killed": "killed",
    "injured": "injured",
    "killed_and_injured": "killed and injured",
    "detained": "detained",
    "disappeared": "disappeared",
    "displaced": "displaced",
}


def humanise(value: str) -> str:
    """``arms_transfer`` → ``Arms transfer``."""
    return (
        EVENT_TYPE_LABELS.get(value)
        or THEME_LABELS.get(value)
        or (str(value).replace("_", " ").capitalize())
    )


def _day(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


def format_span(
    start: dt.date | pd.Timestamp, end: dt.date | pd.Timestamp, precision: str
) -> str:
    """A date or span worded at its precision: '4 Oct 2011', 'Dec 2011',
    'c. 5 Jan – 2 Feb 2012', '24–25 Nov 2016'."""
    start = pd.Timestamp(start).date()
    end = pd.Timestamp(end).date()
    if precision == DatePrecision.YEAR.value:
        text = str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    elif precision == DatePrecision.MONTH.value:
        first, last = f"{start:%b %Y}", f"{end:%b %Y}"
        text = first if first == last else f"{first} – {last}"
    elif start == end:
        text = _day(start)
    elif (start.year, start.month) == (end.year, end.month):
        text = f"{start.day}–{end.day} {end:%b %Y}"
    elif start.year == end.year:
        text = f"{start.day} {start:%b} – {_day(end)}"
    else:
        text = f"{_day(start)} – {_day(end)}"
    if precision == DatePrecision.APPROXIMATE.value:
        text = f"c. {text}"
    return text


def figure_label(count: int | None, qualifier: str, outcome: str, victims: str) -> str:
    """'more than 2,600 people killed'; 'civilians killed and injured (no number)'."""
    what = OUTCOME_WORDS.get(outcome, outcome)
    if count is None or pd.isna(count):
        return f"{victims} {what} (no number given)"
    return f"{QUALIFIER_WORDS.get(qualifier, '')}{int(count):,} {victims} {what}"
