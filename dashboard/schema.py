"""The dataset's tables: enumerations, one pydantic row model per table, and keys.

These models are the single source of truth for the data package: validation runs
them row by row, the loader derives column types from them, and
``data/datapackage.json`` is generated from them (``python -m dashboard schema``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    model_validator,
)

LIST_DELIMITER = ";"
ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"


class DatePrecision(StrEnum):
    """How exactly a date is known: drives how a date is drawn."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    APPROXIMATE = "approximate"


class Layer(StrEnum):
    """Whether a source belongs to the campaign itself or is background context."""

    CAMPAIGN = "campaign"
    CONTEXT = "context"


class ActorKind(StrEnum):
    STATE = "state"
    GOVERNMENT = "government"
    ARMED_FORCE = "armed_force"
    INTERGOVERNMENTAL_BODY = "intergovernmental_body"
    COURT = "court"
    NGO = "ngo"
    PERSON = "person"
    OPPOSITION = "opposition"


class EventType(StrEnum):
    """What kind of happening an event is; ``labels.EVENT_TYPE_DEFINITIONS`` says
    what each covers."""

    VETO = "veto"
    RESOLUTION = "resolution"
    NEGOTIATION = "negotiation"
    THREAT = "threat"
    REJECTION = "rejection"
    VISIT = "visit"
    STATEMENT = "statement"
    REPORT = "report"
    FINDING = "finding"
    MISSION = "mission"
    ATTACK = "attack"
    ARMS_TRANSFER = "arms_transfer"
    CRACKDOWN = "crackdown"


class ActorRole(StrEnum):
    AUTHOR = "author"
    SPOKESPERSON = "spokesperson"
    VETOING_STATE = "vetoing_state"
    FORUM = "forum"
    ADDRESSEE = "addressee"
    TARGET = "target"
    PERPETRATOR = "perpetrator"
    SUPPORTER = "supporter"
    SUBJECT = "subject"
    SUPPLIER = "supplier"
    RECIPIENT = "recipient"
    VISITOR = "visitor"
    HOST = "host"
    SENDER = "sender"
    PARTICIPANT = "participant"


class Qualifier(StrEnum):
    """How a casualty count is bounded; ``unspecified`` for reports with no number."""

    EXACTLY = "exactly"
    ABOUT = "about"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    UNSPECIFIED = "unspecified"


class Outcome(StrEnum):
    KILLED = "killed"
    INJURED = "injured"
    KILLED_AND_INJURED = "killed_and_injured"
    DETAINED = "detained"
    DISAPPEARED = "disappeared"
    DISPLACED = "displaced"


class DemandTheme(StrEnum):
    ICC_REFERRAL = "icc_referral"
    ARMS_EMBARGO = "arms_embargo"
    ASSET_FREEZE = "asset_freeze"
    BINDING_SC_ACTION = "binding_sc_action"
    VETO_RESTRAINT = "veto_restraint"
    ACCESS_FOR_MONITORS = "access_for_monitors"
    HUMANITARIAN_ACCESS = "humanitarian_access"
    END_UNLAWFUL_ATTACKS = "end_unlawful_attacks"
    STOP_ASSISTING_CRIMES = "stop_assisting_crimes"
    RELEASE_DETAINEES = "release_detainees"
    END_TORTURE_DISAPPEARANCE = "end_torture_disappearance"
    UN_SCRUTINY = "un_scrutiny"
    INDEPENDENT_INVESTIGATION = "independent_investigation"
    ACCOUNTABILITY = "accountability"
    POLITICAL_DIALOGUE = "political_dialogue"


class DemandStatus(StrEnum):
    MET = "met"
    PARTLY = "partly"
    UNMET = "unmet"
    UNKNOWN = "unknown"


class DemandEventRelation(StrEnum):
    MADE_IN = "made_in"
    RESPONDS_TO = "responds_to"


def _split_list(value: Any) -> Any:
    if value is None:
        return []
    if isinstance(value, str):
        return [item.strip() for item in value.split(LIST_DELIMITER) if item.strip()]
    return value


Id = Annotated[str, Field(pattern=ID_PATTERN, max_length=120)]
Text = Annotated[str, Field(min_length=1)]
IdList = Annotated[list[Id], BeforeValidator(_split_list)]
TextList = Annotated[list[Text], BeforeValidator(_split_list)]
Paragraphs = Annotated[list[Annotated[int, Field(ge=1)]], BeforeValidator(_split_list)]


class Row(BaseModel):
    """Base of every row model: an empty CSV cell means 'not given' (the default)."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=True)

    @model_validator(mode="before")
    @classmethod
    def _blank_is_none(cls, data: Any) -> Any:
        if isinstance(data, dict):
            return {
                key: value
                for key, value in data.items()
                if not (isinstance(value, str) and not value.strip())
            }
        return data


class FieldError(ValueError):
    """A rule that spans fields, reported against ``field``."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


def _check_order(first: Any, last: Any, first_name: str, last_name: str) -> None:
    if first is not None and last is not None and first > last:
        raise FieldError(last_name, f"{last} is before {first_name} {first}")


class Source(Row):
    """A document that records are drawn from."""

    id: Id
    title: Text = Field(description="Short descriptive title, in our own words")
    publisher: Text
    layer: Layer
    published: dt.date | None = Field(
        None, description="Publication date; for undated documents, our estimate"
    )
    date_precision: DatePrecision | None = None
    date_note: str | None = Field(None, description="How the date was established")
    url: str | None = Field(None, pattern=r"^https?://")
    local_copy: str | None = Field(
        None, description="File name of the copy the paragraph numbers refer to"
    )
    spokesperson_ids: IdList = Field(default_factory=list)
    paragraph_rule: str | None = Field(
        None, description="How paragraphs are counted in this document"
    )

    @model_validator(mode="after")
    def _precision_with_date(self) -> Source:
        if self.published is not None and self.date_precision is None:
            raise FieldError("date_precision", "required when published is given")
        return self


class Actor(Row):
    """A state, body, force or person that acts or is acted upon."""

    id: Id
    name: Text
    kind: ActorKind
    parent_id: Id | None = Field(None, description="Actor this one belongs to")
    aliases: TextList = Field(default_factory=list)
    description: str | None = None

    @model_validator(mode="after")
    def _not_own_parent(self) -> Actor:
        if self.parent_id == self.id:
            raise FieldError("parent_id", "an actor cannot be its own parent")
        return self


class Event(Row):
    """Something that happened at a date, or over a period."""

    id: Id
    start: dt.date
    end: dt.date
    date_precision: DatePrecision
    date_as_stated: str | None = Field(
        None, description="The date as the source words it"
    )
    date_note: str | None = Field(None, description="How the dates were resolved")
    is_period: bool = Field(False, description="True for spans such as a crackdown")
    event_type: EventType
    title: Text
    summary: Text = Field(description="Our own words, never the source's sentences")
    location: str | None = None

    @model_validator(mode="after")
    def _start_not_after_end(self) -> Event:
        _check_order(self.start, self.end, "start", "end")
        return self


class EventActor(Row):
    """Links an event to an actor, with the actor's role in it."""

    event_id: Id
    actor_id: Id
    role: ActorRole


class EventSource(Row):
    """Provenance of an event: a source and the paragraphs (or locator) in it."""

    event_id: Id
    source_id: Id
    paragraphs: Paragraphs = Field(default_factory=list)
    locator: str | None = Field(None, description="e.g. a UN document symbol")

    @model_validator(mode="after")
    def _points_somewhere(self) -> EventSource:
        if not self.paragraphs and not self.locator:
            raise FieldError("paragraphs", "give paragraphs or a locator")
        return self


#: More people than any figure can count (and what a 64-bit column holds).
MAX_COUNT = 10_000_000_000


class CasualtyFigure(Row):
    """A reported number of people harmed over a period (or a report with no number)."""

    id: Id
    count: int | None = Field(None, ge=0, le=MAX_COUNT)
    qualifier: Qualifier
    outcome: Outcome
    victims: Text = Field(description="Who was harmed, e.g. people, civilians")
    location: str | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    period_precision: DatePrecision
    period_as_stated: str | None = None
    reported_by_id: Id
    source_id: Id
    paragraph: int = Field(ge=1)
    event_id: Id | None = None
    summary: Text

    @model_validator(mode="after")
    def _coherent(self) -> CasualtyFigure:
        _check_order(self.period_start, self.period_end, "period_start", "period_end")
        if self.count is None and self.qualifier != Qualifier.UNSPECIFIED:
            raise FieldError(
                "qualifier", "a figure with no count must have qualifier 'unspecified'"
            )
        if self.count is not None and self.qualifier == Qualifier.UNSPECIFIED:
            raise FieldError(
                "qualifier", "'unspecified' is only for figures with no count"
            )
        return self


class Demand(Row):
    """Something an actor demanded of another, and whether it was met."""

    id: Id
    made_by_id: Id
    addressed_to_id: Id | None = None
    concerning_id: Id | None = Field(
        None,
        description="Actor whose conduct the demand is about (if not the addressee)",
    )
    text: Text = Field(description="The demand, in our own words")
    theme: DemandTheme
    made_on: dt.date
    made_on_precision: DatePrecision
    source_id: Id
    paragraph: int = Field(ge=1)
    status: DemandStatus
    status_event_id: Id | None = None
    status_note: str | None = None

    @model_validator(mode="after")
    def _status_explained(self) -> Demand:
        if self.status != DemandStatus.UNKNOWN and not (
            self.status_event_id or self.status_note
        ):
            raise FieldError(
                "status", f"'{self.status}' needs a status_event_id or status_note"
            )
        return self


class DemandEvent(Row):
    """Links a demand to the event it was made in or responds to."""

    demand_id: Id
    event_id: Id
    relation: DemandEventRelation


@dataclass(frozen=True)
class ForeignKey:
    """``fields`` of a table point at ``reference_fields`` of ``reference_table``."""

    fields: str
    reference_table: str
    reference_field: str = "id"


@dataclass(frozen=True)
class TableSpec:
    """One table of the package: its file, row model and keys."""

    name: str
    model: type[Row]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()
    description: str = ""

    @property
    def path(self) -> str:
        return f"{self.name}.csv"


def _fk(field: str, table: str) -> ForeignKey:
    return ForeignKey(field, table)


TABLES: tuple[TableSpec, ...] = (
    TableSpec(
        "sources",
        Source,
        ("id",),
        (_fk("spokesperson_ids", "actors"),),
        "Documents the records are drawn from.",
    ),
    TableSpec(
        "actors",
        Actor,
        ("id",),
        (_fk("parent_id", "actors"),),
        "States, bodies, forces and people; parent_id builds the hierarchy.",
    ),
    TableSpec("events", Event, ("id",), (), "Dated events and periods."),
    TableSpec(
        "event_actors",
        EventActor,
        ("event_id", "actor_id", "role"),
        (_fk("event_id", "events"), _fk("actor_id", "actors")),
        "Who took part in each event, and how.",
    ),
    TableSpec(
        "event_sources",
        EventSource,
        ("event_id", "source_id"),
        (_fk("event_id", "events"), _fk("source_id", "sources")),
        "Where each event is recorded: source and paragraph numbers.",
    ),
    TableSpec(
        "casualty_figures",
        CasualtyFigure,
        ("id",),
        (
            _fk("reported_by_id", "actors"),
            _fk("source_id", "sources"),
            _fk("event_id", "events"),
        ),
        "Reported numbers of people killed, injured, detained...",
    ),
    TableSpec(
        "demands",
        Demand,
        ("id",),
        (
            _fk("made_by_id", "actors"),
            _fk("addressed_to_id", "actors"),
            _fk("concerning_id", "actors"),
            _fk("source_id", "sources"),
            _fk("status_event_id", "events"),
        ),
        "Demands made, of whom, and whether they were met.",
    ),
    TableSpec(
        "demand_events",
        DemandEvent,
        ("demand_id", "event_id", "relation"),
        (_fk("demand_id", "demands"), _fk("event_id", "events")),
        "Events a demand was made in or responds to.",
    ),
)

TABLES_BY_NAME: dict[str, TableSpec] = {table.name: table for table in TABLES}
