"""Write large, valid, made-up data packages for benchmarks and scale tests.

Everything about an event and its links is built column by column with numpy, so
a million events take seconds. Only the small tables (actors, sources) are built
row by row. The same ``seed`` always gives byte-identical files.

The package exercises every part of the schema: states with their forces,
governments and officials below them, aliases, people under organisations,
every event type and date precision, campaign and context sources, casualty
figures with and without counts (overlapping periods included), and demands of
every theme and status tied to the events they were made in or respond to.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .datapackage import write_descriptor
from .schema import (
    TABLES,
    DatePrecision,
    DemandStatus,
    DemandTheme,
    EventType,
    Outcome,
    Qualifier,
)

FIRST_DAY = np.datetime64("2011-01-01", "D")
SPAN_DAYS = 14 * 365
#: Share of events in bursts around a few crisis dates (the rest are uniform).
BURST_SHARE = 0.3
BURSTS = 25
#: Casualty figures and demands per event.
FIGURES_PER_EVENT = 1 / 20
DEMANDS_PER_EVENT = 1 / 20

PRECISIONS = [item.value for item in DatePrecision]
PRECISION_WEIGHTS = [0.6, 0.2, 0.08, 0.12]
EVENT_TYPES = [item.value for item in EventType]
TYPE_WEIGHTS = {
    "veto": 0.03,
    "resolution": 0.05,
    "negotiation": 0.06,
    "threat": 0.04,
    "rejection": 0.04,
    "visit": 0.05,
    "statement": 0.18,
    "report": 0.12,
    "finding": 0.05,
    "mission": 0.04,
    "attack": 0.22,
    "arms_transfer": 0.04,
    "crackdown": 0.08,
}
#: Chance that an event of this type lasts (is a period).
PERIOD_CHANCE = {"crackdown": 1.0, "mission": 1.0, "attack": 0.4, "negotiation": 0.5}
#: What each event type says after the first actor's name.
TYPE_PHRASES = {
    "veto": " blocks a draft text with its veto",
    "resolution": " tables a resolution that is adopted",
    "negotiation": " takes part in talks on a draft text",
    "threat": " warns that it will block any action",
    "rejection": " turns down a request from the monitors",
    "visit": " makes an official visit",
    "statement": " issues a public statement",
    "report": " publishes a report",
    "finding": " sets out findings on violations",
    "mission": " sends observers into the country",
    "attack": " carries out strikes on a residential area",
    "arms_transfer": " delivers a shipment of weapons",
    "crackdown": " detains and disappears protesters",
}
#: Roles each event type gives: (role, actor pool, chance the link exists).
TYPE_SLOTS: dict[str, tuple[tuple[str, str, float], ...]] = {
    "veto": (
        ("vetoing_state", "states", 1.0),
        ("forum", "councils", 1.0),
        ("supporter", "states", 0.2),
    ),
    "resolution": (
        ("author", "states", 1.0),
        ("forum", "councils", 1.0),
        ("addressee", "governments", 0.5),
    ),
    "negotiation": (
        ("participant", "states", 1.0),
        ("host", "governments", 0.6),
        ("forum", "councils", 0.5),
    ),
    "threat": (
        ("author", "governments", 1.0),
        ("target", "states", 0.8),
        ("spokesperson", "officials", 0.4),
    ),
    "rejection": (("author", "governments", 1.0), ("addressee", "bodies", 0.7)),
    "visit": (
        ("visitor", "officials", 1.0),
        ("host", "governments", 0.9),
        ("sender", "bodies", 0.3),
    ),
    "statement": (
        ("author", "ngos", 1.0),
        ("spokesperson", "ngo_people", 0.6),
        ("addressee", "states", 0.7),
    ),
    "report": (("author", "monitors", 1.0), ("subject", "states", 0.8)),
    "finding": (
        ("author", "bodies", 1.0),
        ("subject", "governments", 0.9),
        ("perpetrator", "forces", 0.4),
    ),
    "mission": (
        ("sender", "bodies", 1.0),
        ("host", "governments", 0.8),
        ("participant", "officials", 0.3),
    ),
    "attack": (
        ("perpetrator", "forces", 1.0),
        ("supporter", "states", 0.3),
        ("target", "opposition", 0.3),
    ),
    "arms_transfer": (("supplier", "states", 1.0), ("recipient", "forces", 1.0)),
    "crackdown": (
        ("perpetrator", "governments", 1.0),
        ("perpetrator", "forces", 0.5),
        ("subject", "opposition", 0.6),
    ),
}
#: Event types that harm people: casualty figures are tied to these.
HARM_TYPES = ("attack", "crackdown", "finding", "report")
#: Share of events with no actor at all, and of campaign events also on a UN list.
NO_ACTOR_SHARE = 0.01
CONTEXT_ONLY_SHARE = 0.15
ALSO_CONTEXT_SHARE = 0.35
SECOND_CAMPAIGN_SHARE = 0.1

MONTHS = np.array(
    "January February March April May June July August September October "
    "November December".split(),
    dtype=object,
)
TOPICS = np.array(
    [
        "hospitals",
        "schools",
        "bakeries",
        "water supply",
        "aid convoys",
        "detainees",
        "journalists",
        "refugee camps",
        "markets",
        "power stations",
        "medical workers",
        "children",
        "border crossings",
        "prisons",
        "cluster munitions",
        "barrel bombs",
        "chemical weapons",
        "sieges",
        "evictions",
        "funerals",
        "universities",
        "mosques",
        "churches",
        "grain stores",
        "fuel deliveries",
        "farmland",
        "telecommunications",
        "courts",
        "lawyers",
        "students",
    ],
    dtype=object,
)
PLACES = np.array(
    [
        "Port Aldane",
        "Kessa",
        "Vel Marun",
        "Dorrow",
        "Upper Tamsin",
        "Ashgrove",
        "Qarim",
        "Selva Nuova",
        "Brightwater",
        "Old Harran",
        "Lentsk",
        "Moravet",
        "Saint-Émile",
        "Ortaköy",
        "Nakuru Flats",
        "East Fennick",
        "Ravel",
        "Geneva",
        "New York",
        "The Hague",
    ],
    dtype=object,
)
OUTCOMES = [item.value for item in Outcome]
VICTIMS = np.array(
    ["people", "civilians", "children", "protesters", "detainees", "medical workers"],
    dtype=object,
)
COUNTED = [q.value for q in Qualifier if q is not Qualifier.UNSPECIFIED]
THEMES = [item.value for item in DemandTheme]
THEME_TEXTS = {
    "icc_referral": "Refer the situation to the International Criminal Court",
    "arms_embargo": "Stop all transfers of weapons to the government",
    "asset_freeze": "Freeze the assets of officials suspected of crimes",
    "binding_sc_action": "Adopt a binding Council resolution",
    "veto_restraint": "Do not use the veto to shield those responsible",
    "access_for_monitors": "Let independent monitors into the country",
    "humanitarian_access": "Open safe routes for aid deliveries",
    "end_unlawful_attacks": "Stop attacks on civilians and civilian buildings",
    "stop_assisting_crimes": "Stop giving help that is used to commit crimes",
    "release_detainees": "Release everyone held for peaceful protest",
    "end_torture_disappearance": "End torture and enforced disappearance",
    "un_scrutiny": "Keep the situation on the UN agenda",
    "independent_investigation": "Set up an independent investigation",
    "accountability": "Bring those responsible to justice",
    "political_dialogue": "Start talks that include the opposition",
}
STATUSES = [item.value for item in DemandStatus]
STATUS_WEIGHTS = [0.1, 0.15, 0.55, 0.2]
STATUS_NOTES = {
    "met": "The step asked for was taken.",
    "partly": "Only part of what was asked for happened.",
    "unmet": "Nothing of the kind followed.",
    "unknown": "No follow-up was found.",
}

SYLLABLES_A = ["Nor", "Est", "Val", "Kor", "Ama", "Bel", "Tur", "Osk", "Lum", "Dar"]
SYLLABLES_B = ["land", "avia", "esia", "istan", "onia", "aria", "ovia", "ena"]
FIRST_NAMES = ["José", "Ana", "Zoë", "Tomás", "Leila", "Ivan", "Mei", "Oluwa", "Sára"]
LAST_NAMES = ["Díaz", "Okafor", "Lindqvist", "Haddad", "Novak", "Tanaka", "Ruiz"]
BODIES = (
    ("un-security-council", "UN Security Council", "intergovernmental_body", "UNSC"),
    ("un-general-assembly", "UN General Assembly", "intergovernmental_body", "UNGA"),
    (
        "un-human-rights-council",
        "UN Human Rights Council",
        "intergovernmental_body",
        "",
    ),
    ("regional-league", "Regional League of States", "intergovernmental_body", ""),
    ("commission-of-inquiry", "Independent Commission of Inquiry", "court", "COI"),
    ("international-court", "International Criminal Court", "court", "ICC"),
)
COUNCIL_IDS = ("un-security-council", "un-general-assembly", "un-human-rights-council")


@dataclass(frozen=True)
class _Pools:
    """Actor ids and names grouped by what they can do, with sampling weights."""

    ids: dict[str, np.ndarray]
    names: dict[str, np.ndarray]
    weights: dict[str, np.ndarray]

    def draw(self, rng: np.random.Generator, pool: str, size: int) -> np.ndarray:
        """``size`` positions into ``pool``, more often the heavier actors."""
        return rng.choice(len(self.ids[pool]), size=size, p=self.weights[pool])


def write_synthetic_package(out: Path, events: int, seed: int = 0) -> Path:
    """Write a valid package of ``events`` made-up events into ``out``.

    Returns ``out``. Files are identical for identical ``events`` and ``seed``.
    """
    if events < 1:
        raise ValueError("events must be at least 1")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    actors, pools = _actors(events)
    sources = _sources(rng, events, pools)
    frames = _events_and_links(rng, events, pools, sources)
    frames["actors"] = actors
    frames["sources"] = sources
    for spec in TABLES:
        frame = frames[spec.name]
        columns = list(spec.model.model_fields)
        write_csv(frame.reindex(columns=columns), out / spec.path)
    write_descriptor(out)
    return out


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    """Write ``frame`` as UTF-8 CSV, quoting only the values that need it.

    Much faster than ``DataFrame.to_csv`` for millions of rows: every line is
    built by Arrow kernels and the file body is written as one buffer. Missing
    values become empty cells.
    """
    quote, comma, newline, nothing = (
        pa.scalar(mark, pa.large_string()) for mark in ('"', ",", "\n", "")
    )
    cells = []
    for name in frame.columns:
        column = pa.array(frame[name], from_pandas=True)
        text = pc.fill_null(pc.cast(column, pa.large_string()), nothing)
        needs_quotes = pc.match_substring_regex(text, '[",\r\n]')
        if pc.any(needs_quotes).as_py():
            escaped = text
            if pc.any(pc.match_substring(text, '"')).as_py():
                escaped = pc.replace_substring(text, '"', '""')
            quoted = pc.binary_join_element_wise(quote, escaped, quote, nothing)
            text = pc.if_else(needs_quotes, quoted, text)
        cells.append(text)
    header = ",".join(_csv_cell(str(name)) for name in frame.columns) + "\n"
    with path.open("wb") as handle:
        handle.write(header.encode("utf-8"))
        if len(frame) == 0:
            return
        row = (
            cells[0] if len(cells) == 1 else pc.binary_join_element_wise(*cells, comma)
        )
        lines = pc.binary_join_element_wise(row, newline, nothing)
        if isinstance(lines, pa.ChunkedArray):
            lines = lines.combine_chunks()
        offsets = np.frombuffer(lines.buffers()[1], dtype=np.int64)
        first, last = offsets[lines.offset], offsets[lines.offset + len(lines)]
        handle.write(memoryview(lines.buffers()[2])[first:last])


def _csv_cell(value: str) -> str:
    if any(char in value for char in '",\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def _scaled(events: int, per: float, low: int, high: int) -> int:
    return int(np.clip(round(events * per), low, high))


def _actors(events: int) -> tuple[pd.DataFrame, _Pools]:
    n_states = _scaled(events**0.5, 1 / 5, 6, 60)
    n_ngos = max(3, n_states // 4)
    n_opposition = max(2, n_states // 5)
    rows: list[dict[str, str]] = []
    groups: dict[str, list[tuple[str, str]]] = {
        key: []
        for key in (
            "states",
            "forces",
            "governments",
            "officials",
            "ngos",
            "ngo_people",
            "opposition",
            "bodies",
            "councils",
        )
    }

    def add(group: str | None, actor_id: str, name: str, kind: str, **extra: str):
        rows.append({"id": actor_id, "name": name, "kind": kind, **extra})
        if group:
            groups[group].append((actor_id, name))

    for index in range(n_states):
        name = _place_name(index)
        state = f"state-{index:03d}"
        add(
            "states",
            state,
            name,
            "state",
            aliases=f"{name} authorities;{name} officials",
            description=f"A made-up state, number {index}.",
        )
        add(
            "forces",
            f"{state}-army",
            f"Armed forces of {name}",
            "armed_force",
            parent_id=state,
            aliases=f"{name} army",
        )
        add(
            "governments",
            f"{state}-gov",
            f"Government of {name}",
            "government",
            parent_id=state,
        )
        for rank, title in enumerate(("Head of state", "Foreign minister")):
            person = _person_name(index * 2 + rank)
            add(
                "officials",
                f"{state}-official-{rank}",
                person,
                "person",
                parent_id=f"{state}-gov",
                description=f"{title} of {name}.",
            )
    for index in range(n_ngos):
        ngo = f"ngo-{index:02d}"
        name = f"{_place_name(index + 7)} Rights Watch"
        add("ngos", ngo, name, "ngo", aliases=f"RW{index}")
        for rank in range(2):
            add(
                "ngo_people",
                f"{ngo}-person-{rank}",
                _person_name(1000 + index * 2 + rank),
                "person",
                parent_id=ngo,
            )
    for index in range(n_opposition):
        add(
            "opposition",
            f"opposition-{index:02d}",
            f"{_place_name(index + 3)} Democratic Front",
            "opposition",
        )
    for actor_id, name, kind, alias in BODIES:
        group = "councils" if actor_id in COUNCIL_IDS else "bodies"
        add(group, actor_id, name, kind, aliases=alias)
        if group == "councils":
            groups["bodies"].append((actor_id, name))
    groups["monitors"] = groups["ngos"] + groups["bodies"]

    ids, names, weights = {}, {}, {}
    for group, members in groups.items():
        ids[group] = np.array([member[0] for member in members], dtype=object)
        names[group] = np.array([member[1] for member in members], dtype=object)
        # A few actors take part in far more events than the rest.
        weight = 1.0 / np.arange(1, len(members) + 1) ** 0.8
        weights[group] = weight / weight.sum()
    return pd.DataFrame(rows), _Pools(ids, names, weights)


def _place_name(index: int) -> str:
    first = SYLLABLES_A[index % len(SYLLABLES_A)]
    second = SYLLABLES_B[(index // len(SYLLABLES_A)) % len(SYLLABLES_B)]
    round_ = index // (len(SYLLABLES_A) * len(SYLLABLES_B))
    return first + second + (f" {round_ + 1}" if round_ else "")


def _person_name(index: int) -> str:
    first = FIRST_NAMES[index % len(FIRST_NAMES)]
    last = LAST_NAMES[(index // len(FIRST_NAMES)) % len(LAST_NAMES)]
    return f"{first} {last}-{index}"


def _sources(rng: np.random.Generator, events: int, pools: _Pools) -> pd.DataFrame:
    n_campaign = _scaled(events, 1 / 5000, 6, 80)
    n_context = _scaled(events, 1 / 20000, 3, 20)
    rows: list[dict[str, str]] = []
    ngo_ids, ngo_names = pools.ids["ngos"], pools.names["ngos"]
    for index in range(n_campaign):
        ngo = index % len(ngo_ids)
        precision = PRECISIONS[index % len(PRECISIONS)]
        published = FIRST_DAY + int(rng.integers(0, SPAN_DAYS))
        if precision in ("month", "year"):
            unit = "M" if precision == "month" else "Y"
            published = published.astype(f"datetime64[{unit}]").astype("datetime64[D]")
        people = [f"{ngo_ids[ngo]}-person-{rank}" for rank in range(index % 3)]
        rows.append(
            {
                "id": f"campaign-{index:03d}",
                "title": f"Briefing number {index} on the crisis",
                "publisher": ngo_names[ngo],
                "layer": "campaign",
                "published": str(published),
                "date_precision": precision,
                "date_note": "Estimated from the text." if precision != "day" else "",
                "url": f"https://example.org/briefing/{index}" if index % 2 else "",
                "local_copy": f"briefing-{index:03d}.txt",
                "spokesperson_ids": ";".join(people),
                "paragraph_rule": "Paragraph N is the N-th non-blank line.",
            }
        )
    for index in range(n_context):
        dated = index % 3 != 0
        rows.append(
            {
                "id": f"context-{index:02d}",
                "title": f"Reference list of Council documents, part {index}",
                "publisher": "United Nations library (synthetic)",
                "layer": "context",
                "published": str(FIRST_DAY + 365 * index) if dated else "",
                "date_precision": "year" if dated else "",
                "url": f"https://example.org/list/{index}",
                "paragraph_rule": "Entries are cited by document symbol.",
            }
        )
    return pd.DataFrame(rows)


def _categories(
    rng: np.random.Generator, size: int, weights: list[float] | np.ndarray
) -> np.ndarray:
    """Random category codes; the first codes cover every category once."""
    weights = np.asarray(weights, dtype=float)
    codes = rng.choice(len(weights), size=size, p=weights / weights.sum())
    cover = min(size, len(weights))
    codes[:cover] = rng.permutation(len(weights))[:cover]
    return codes


def _ids(prefix: str, count: int) -> np.ndarray:
    width = max(5, len(str(max(count - 1, 0))))
    numbers = np.strings.zfill(np.arange(count).astype(str), width)
    return np.strings.add(prefix, numbers).astype(object)


def _iso(days: np.ndarray) -> np.ndarray:
    """ISO date strings, '' for NaT."""
    text = np.datetime_as_string(days, unit="D").astype(object)
    text[np.isnat(days)] = ""
    return text


def _frame(columns: dict[str, Any]) -> pd.DataFrame:
    """A frame that keeps text as Python strings: no costly conversion to Arrow."""
    return pd.DataFrame(columns, dtype=object)


def _text(number: np.ndarray) -> np.ndarray:
    """Small non-negative integers as decimal strings (a look-up, not a format)."""
    table = np.array([str(value) for value in range(int(number.max()) + 1)], object)
    return table[number]


def _pick(mask: np.ndarray, rng: np.random.Generator, share: float) -> np.ndarray:
    return mask & (rng.random(mask.shape[0]) < share)


def _event_dates(
    rng: np.random.Generator, n: int, types: np.ndarray
) -> dict[str, np.ndarray]:
    """Start, end, precision and wording of ``n`` events, sorted by start."""
    offsets = rng.integers(0, SPAN_DAYS, size=n)
    burst = rng.random(n) < BURST_SHARE
    centres = rng.integers(0, SPAN_DAYS, size=BURSTS)
    near = centres[rng.integers(0, BURSTS, size=n)] + rng.normal(0, 20, size=n)
    offsets = np.where(burst, np.clip(near, 0, SPAN_DAYS - 1), offsets)
    day = FIRST_DAY + np.sort(offsets.astype("int64")).astype("timedelta64[D]")

    period_chance = np.array([PERIOD_CHANCE.get(name, 0.0) for name in EVENT_TYPES])
    is_period = rng.random(n) < period_chance[types]
    precision = _categories(rng, n, PRECISION_WEIGHTS)
    month = day.astype("datetime64[M]")
    year = day.astype("datetime64[Y]")
    length = rng.integers(1, 90, size=n).astype("timedelta64[D]")
    months_on = rng.integers(0, 6, size=n).astype("timedelta64[M]")
    zero = np.timedelta64(0, "D")
    one = np.timedelta64(1, "D")
    start = np.select(
        [precision == 1, precision == 2],
        [month.astype("datetime64[D]"), year.astype("datetime64[D]")],
        day,
    )
    end = np.select(
        [precision == 0, precision == 1, precision == 2],
        [
            day + np.where(is_period, length, zero),
            (month + 1 + np.where(is_period, months_on, 0)).astype("datetime64[D]")
            - one,
            (year + 1).astype("datetime64[D]") - one,
        ],
        day + rng.integers(0, 60, size=n).astype("timedelta64[D]") * (1 + is_period),
    )

    years = _text(year.astype("int64") + 1970)
    month_names = MONTHS[month.astype("int64") % 12]
    days = _text((day - month).astype("int64") + 1)
    quarter = np.array(["early ", "early ", "mid-", "late "], dtype=object)
    wording = np.select(
        [precision == 0, precision == 1, precision == 2],
        [days + " " + month_names + " " + years, month_names + " " + years, years],
        quarter[(month.astype("int64") % 12) // 3] + years,
    )
    wording = np.where(rng.random(n) < 0.25, "", wording)
    note = np.where(precision == 3, "Estimated from the events around it.", "").astype(
        object
    )
    return {
        "start": start,
        "end": end,
        "precision": precision,
        "is_period": is_period,
        "wording": wording,
        "note": note,
    }


def _events_and_links(
    rng: np.random.Generator, n: int, pools: _Pools, sources: pd.DataFrame
) -> dict[str, pd.DataFrame]:
    event_ids = _ids("ev-", n)
    types = _categories(rng, n, [TYPE_WEIGHTS[name] for name in EVENT_TYPES])
    dates = _event_dates(rng, n, types)
    type_names = np.array(EVENT_TYPES, dtype=object)[types]

    event_actors, first_name = _event_actors(rng, event_ids, types, pools)
    topic = TOPICS[rng.integers(0, len(TOPICS), size=n)]
    place = PLACES[rng.integers(0, len(PLACES), size=n)]
    place = np.where(rng.random(n) < 0.15, "", place)
    phrase = np.array([TYPE_PHRASES[name] for name in EVENT_TYPES], dtype=object)
    title = first_name + phrase[types]
    title = np.where(place != "", title + " in " + place, title)
    summary = (
        "In this made-up record, "
        + first_name
        + phrase[types]
        + "; the record concerns "
        + topic
        + "."
    )
    events = _frame(
        {
            "id": event_ids,
            "start": _iso(dates["start"]),
            "end": _iso(dates["end"]),
            "date_precision": np.array(PRECISIONS, dtype=object)[dates["precision"]],
            "date_as_stated": dates["wording"],
            "date_note": dates["note"],
            "is_period": np.where(dates["is_period"], "true", "false"),
            "event_type": type_names,
            "title": title,
            "summary": summary,
            "location": place,
        }
    )
    event_sources = _event_sources(rng, n, event_ids, dates["start"], sources)
    figures = _casualty_figures(rng, n, event_ids, types, dates, pools, sources)
    demands, demand_events = _demands(rng, n, event_ids, types, dates, pools, sources)
    return {
        "events": events,
        "event_actors": event_actors,
        "event_sources": event_sources,
        "casualty_figures": figures,
        "demands": demands,
        "demand_events": demand_events,
    }


def _event_actors(
    rng: np.random.Generator, event_ids: np.ndarray, types: np.ndarray, pools: _Pools
) -> tuple[pd.DataFrame, np.ndarray]:
    """Links (event position, actor, role) and each event's first actor's name.

    Within an event every slot has a different role or draws from a different
    pool, so (event, actor, role) never repeats.
    """
    n = event_ids.size
    first_name = np.full(n, "An unnamed party", dtype=object)
    nobody = rng.random(n) < NO_ACTOR_SHARE
    positions, actor_ids, roles = [], [], []
    for code, name in enumerate(EVENT_TYPES):
        members = np.flatnonzero((types == code) & ~nobody)
        for slot, (role, pool, chance) in enumerate(TYPE_SLOTS[name]):
            chosen = members[rng.random(members.size) < chance]
            drawn = pools.draw(rng, pool, chosen.size)
            if slot == 0:
                first_name[chosen] = pools.names[pool][drawn]
            positions.append(chosen)
            actor_ids.append(pools.ids[pool][drawn])
            roles.append(np.full(chosen.size, role, dtype=object))
    position = np.concatenate(positions)
    order = np.argsort(position, kind="stable")
    links = _frame(
        {
            "event_id": event_ids[position[order]],
            "actor_id": np.concatenate(actor_ids)[order],
            "role": np.concatenate(roles)[order],
        }
    )
    return links, first_name


def _event_sources(
    rng: np.random.Generator,
    n: int,
    event_ids: np.ndarray,
    starts: np.ndarray,
    sources: pd.DataFrame,
) -> pd.DataFrame:
    """Every event cited at least once; context-only events make the context layer."""
    campaign = sources["id"][sources["layer"] == "campaign"].to_numpy(dtype=object)
    context = sources["id"][sources["layer"] == "context"].to_numpy(dtype=object)
    context_only = rng.random(n) < CONTEXT_ONLY_SHARE
    context_only[: min(n, 2)] = [True, False][: min(n, 2)]
    everyone = np.arange(n)
    first_campaign = rng.integers(0, campaign.size, size=n)
    first_context = rng.integers(0, context.size, size=n)
    second_campaign = (
        first_campaign + 1 + rng.integers(0, campaign.size - 1, size=n)
    ) % campaign.size
    second_context = (
        first_context + 1 + rng.integers(0, context.size - 1, size=n)
    ) % context.size
    years = _text(starts.astype("datetime64[Y]").astype("int64") + 1970)
    symbols = "S/" + years + "/" + _text(rng.integers(1, 999, size=n))
    paragraph = rng.integers(1, 80, size=n)
    paragraphs = np.where(
        rng.random(n) < 0.3,
        _text(paragraph) + ";" + _text(paragraph + 1),
        _text(paragraph),
    )
    parts = [
        # (which events, source ids, paragraphs, locator)
        (~context_only, campaign[first_campaign], paragraphs, ""),
        (context_only, context[first_context], "", symbols),
        (
            _pick(~context_only, rng, ALSO_CONTEXT_SHARE),
            context[first_context],
            "",
            symbols,
        ),
        (_pick(context_only, rng, 0.3), context[second_context], "", symbols),
        (
            _pick(~context_only, rng, SECOND_CAMPAIGN_SHARE),
            campaign[second_campaign],
            _text(rng.integers(1, 80, size=n)),
            "",
        ),
    ]
    position = np.concatenate([everyone[part[0]] for part in parts])
    order = np.argsort(position, kind="stable")
    columns = [
        np.concatenate([_masked(part[column], part[0]) for part in parts])[order]
        for column in (1, 2, 3)
    ]
    return _frame(
        {
            "event_id": event_ids[position[order]],
            "source_id": columns[0],
            "paragraphs": columns[1],
            "locator": columns[2],
        }
    )


def _masked(values: np.ndarray | str, mask: np.ndarray) -> np.ndarray:
    if isinstance(values, np.ndarray):
        return values[mask]
    return np.full(int(mask.sum()), values, dtype=object)


def _events_of(types: np.ndarray, names: tuple[str, ...]) -> np.ndarray:
    codes = [EVENT_TYPES.index(name) for name in names]
    found = np.flatnonzero(np.isin(types, codes))
    return found if found.size else np.arange(types.size)


def _casualty_figures(
    rng: np.random.Generator,
    n: int,
    event_ids: np.ndarray,
    types: np.ndarray,
    dates: dict[str, np.ndarray],
    pools: _Pools,
    sources: pd.DataFrame,
) -> pd.DataFrame:
    """Figures tied to harmful events (their period) or standing alone; some
    cumulative ('since the start'), so periods overlap; some with no count."""
    size = _scaled(n, FIGURES_PER_EVENT, 12, 10**7)
    harmful = _events_of(types, HARM_TYPES)
    event = harmful[rng.integers(0, harmful.size, size=size)]
    linked = rng.random(size) < 0.7
    start = dates["start"][event].copy()
    end = dates["end"][event].copy()
    precision = dates["precision"][event].copy()
    alone = ~linked
    own_start = FIRST_DAY + rng.integers(0, SPAN_DAYS, size=size).astype(
        "timedelta64[D]"
    )
    cumulative = alone & (rng.random(size) < 0.3)
    own_start[cumulative] = FIRST_DAY
    own_end = own_start + rng.integers(0, 400, size=size).astype("timedelta64[D]")
    start[alone] = own_start[alone]
    end[alone] = own_end[alone]
    precision[alone] = _categories(rng, int(alone.sum()), PRECISION_WEIGHTS)
    roll = rng.random(size)
    start[alone & (roll < 0.03)] = np.datetime64("NaT")
    end[alone & (roll > 0.97)] = np.datetime64("NaT")

    qualifier = _categories(rng, size, [0.25, 0.2, 0.2, 0.2, 0.15])
    qualifier_names = np.array(COUNTED + ["unspecified"], dtype=object)[qualifier]
    count = pd.array(
        np.round(rng.lognormal(4, 1.6, size=size)).astype("int64"), dtype="Int64"
    )
    count[qualifier == len(COUNTED)] = pd.NA
    outcome = np.array(OUTCOMES, dtype=object)[_categories(rng, size, [1] * 6)]
    victims = VICTIMS[rng.integers(0, VICTIMS.size, size=size)]
    reporters = np.concatenate([pools.ids["ngos"], pools.ids["bodies"]])
    campaign = sources["id"][sources["layer"] == "campaign"].to_numpy(dtype=object)
    place = PLACES[rng.integers(0, 17, size=size)]
    unplaced = rng.random(size) < 0.1
    where = np.where(unplaced, " in an unnamed place.", " in " + place + ".")
    counted = np.where(count.isna(), "An unknown number of", "Some")
    words = np.char.replace(outcome.astype(str), "_", " ").astype(object)
    return _frame(
        {
            "id": _ids("fig-", size),
            "count": count,
            "qualifier": qualifier_names,
            "outcome": outcome,
            "victims": victims,
            "location": np.where(unplaced, "", place),
            "period_start": _iso(start),
            "period_end": _iso(end),
            "period_precision": np.array(PRECISIONS, dtype=object)[precision],
            "period_as_stated": np.where(cumulative, "since the start", ""),
            "reported_by_id": reporters[rng.integers(0, reporters.size, size=size)],
            "source_id": campaign[rng.integers(0, campaign.size, size=size)],
            "paragraph": rng.integers(1, 80, size=size),
            "event_id": np.where(linked, event_ids[event], ""),
            "summary": counted + " " + victims + " were " + words + where,
        }
    )


def _demands(
    rng: np.random.Generator,
    n: int,
    event_ids: np.ndarray,
    types: np.ndarray,
    dates: dict[str, np.ndarray],
    pools: _Pools,
    sources: pd.DataFrame,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Demands made in statements, responding to earlier events, some settled by
    a later event; plus the demand-event links."""
    size = _scaled(n, DEMANDS_PER_EVENT, 15, 10**7)
    demand_ids = _ids("dem-", size)
    statements = _events_of(types, ("statement",))
    made_in = np.sort(statements[rng.integers(0, statements.size, size=size)])
    theme = np.array(THEMES, dtype=object)[_categories(rng, size, [1] * len(THEMES))]
    status = np.array(STATUSES, dtype=object)[_categories(rng, size, STATUS_WEIGHTS)]
    settled = (status != "unknown") & (rng.random(size) < 0.7)
    later = np.minimum(made_in + rng.integers(1, 2000, size=size), n - 1)
    noted = ((status != "unknown") & ~settled) | (rng.random(size) < 0.3)
    note = np.array([STATUS_NOTES[name] for name in STATUSES], dtype=object)
    makers = np.concatenate([pools.ids["ngos"], pools.ids["ngo_people"]])
    addressees = np.concatenate([pools.ids["states"], pools.ids["councils"]])
    governments = pools.ids["governments"]
    campaign = sources["id"][sources["layer"] == "campaign"].to_numpy(dtype=object)
    topic = TOPICS[rng.integers(0, TOPICS.size, size=size)]
    text = theme.copy()
    for name, sentence in THEME_TEXTS.items():
        text[theme == name] = sentence
    demands = _frame(
        {
            "id": demand_ids,
            "made_by_id": makers[rng.integers(0, makers.size, size=size)],
            "addressed_to_id": np.where(
                rng.random(size) < 0.85,
                addressees[rng.integers(0, addressees.size, size=size)],
                "",
            ),
            "concerning_id": np.where(
                rng.random(size) < 0.5,
                governments[rng.integers(0, governments.size, size=size)],
                "",
            ),
            "text": text + ", with regard to " + topic + ".",
            "theme": theme,
            "made_on": _iso(dates["start"][made_in]),
            "made_on_precision": np.array(PRECISIONS, dtype=object)[
                dates["precision"][made_in]
            ],
            "source_id": campaign[rng.integers(0, campaign.size, size=size)],
            "paragraph": rng.integers(1, 80, size=size),
            "status": status,
            "status_event_id": np.where(settled, event_ids[later], ""),
            "status_note": np.where(
                noted, note[pd.Categorical(status, STATUSES).codes], ""
            ),
        }
    )
    earlier = np.maximum(made_in - rng.integers(1, 500, size=size), 0)
    earliest = np.maximum(earlier - 1 - rng.integers(0, 50, size=size), 0)
    links = pd.concat(
        [
            pd.DataFrame({"d": np.arange(size), "e": made_in, "relation": "made_in"}),
            pd.DataFrame(
                {"d": np.arange(size), "e": earlier, "relation": "responds_to"}
            )[rng.random(size) < 0.6],
            pd.DataFrame(
                {"d": np.arange(size), "e": earliest, "relation": "responds_to"}
            )[rng.random(size) < 0.25],
        ],
        ignore_index=True,
    )
    links = links.drop_duplicates(["d", "e", "relation"])
    links = links.sort_values(["d", "e"], kind="stable", ignore_index=True)
    demand_events = _frame(
        {
            "demand_id": demand_ids[links["d"].to_numpy()],
            "event_id": event_ids[links["e"].to_numpy()],
            "relation": links["relation"].to_numpy(),
        }
    )
    return demands, demand_events
