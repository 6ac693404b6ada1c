"""Load a validated data package into typed, read-only pandas frames."""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

import pandas as pd

from .actors import ActorTree, normalise_name
from .problems import DatasetError, Problem
from .schema import Layer, Row
from .store import StoreError, recover_if_needed
from .validation import ValidTable, validate_package

DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent / "data"

#: Id columns that filters test membership on: categoricals make that fast.
CATEGORICAL_ID_COLUMNS = {"actor_id", "source_id", "event_id", "demand_id"}


@dataclass(frozen=True, eq=False)
class Dataset:
    """The whole campaign: one typed frame a table, plus the actor hierarchy.

    Frames are never modified after loading; queries return new frames.
    """

    sources: pd.DataFrame
    actors: pd.DataFrame
    events: pd.DataFrame
    event_actors: pd.DataFrame
    event_sources: pd.DataFrame
    casualty_figures: pd.DataFrame
    demands: pd.DataFrame
    demand_events: pd.DataFrame
    actor_tree: ActorTree = field(repr=False)
    directory: Path | None = None


def load_dataset(directory: Path | str = DEFAULT_DATA_DIR) -> Dataset:
    """Validate and load the package in ``directory``.

    Raises :class:`~dashboard.problems.DatasetError` listing every problem; nothing
    is returned half-loaded.
    """
    directory = Path(directory)
    try:  # finish or undo a write that was interrupted (rarely anything to do)
        recover_if_needed(directory)
    except StoreError as error:
        raise DatasetError([Problem(str(directory), None, None, str(error))]) from None
    tables = validate_package(directory)
    frames = {name: _typed_frame(table) for name, table in tables.items()}
    events = _with_layer(frames["events"], frames["event_sources"], frames["sources"])
    events = _with_search_text(events, frames["event_actors"], frames["actors"])
    events = events.sort_values(
        ["start", "end", "id"], kind="stable", ignore_index=True
    )
    return Dataset(
        sources=frames["sources"],
        actors=frames["actors"],
        events=events,
        event_actors=frames["event_actors"],
        event_sources=frames["event_sources"],
        casualty_figures=frames["casualty_figures"],
        demands=frames["demands"],
        demand_events=frames["demand_events"],
        actor_tree=ActorTree.from_frame(frames["actors"]),
        directory=directory,
    )


def _typed_frame(table: ValidTable) -> pd.DataFrame:
    model: type[Row] = table.spec.model
    columns = {
        name: _column(name, [getattr(row, name) for row in table.rows], info.annotation)
        for name, info in model.model_fields.items()
    }
    return pd.DataFrame(columns)


def _base_type(annotation: typing.Any) -> typing.Any:
    """The plain type under ``Annotated[...]`` and ``X | None`` wrappers."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin is types.UnionType or origin is typing.Union:
            annotation = next(
                arg for arg in typing.get_args(annotation) if arg is not type(None)
            )
        else:
            return annotation


def _column(
    name: str, values: Sequence[typing.Any], annotation: typing.Any
) -> pd.Series:
    base = _base_type(annotation)
    if typing.get_origin(base) is list:
        return pd.Series(list(values), dtype=object)
    if isinstance(base, type) and issubclass(base, Enum):
        return pd.Series(
            pd.Categorical(values, categories=[member.value for member in base])
        )
    if base is dt.date:
        return pd.Series(pd.to_datetime(pd.Series(values, dtype=object)))
    if base is bool:
        return pd.Series(values, dtype=bool)
    if base is int:
        return pd.Series(values, dtype="Int64")
    if name in CATEGORICAL_ID_COLUMNS:
        return pd.Series(values, dtype="category")
    return pd.Series(values, dtype="str")


def _with_layer(
    events: pd.DataFrame, event_sources: pd.DataFrame, sources: pd.DataFrame
) -> pd.DataFrame:
    """Add ``layer``: 'context' when every source of an event is a context source."""
    layer_of = sources.set_index("id")["layer"].astype(str)
    source_layers = event_sources["source_id"].astype(str).map(layer_of)
    has_campaign_source = (
        (source_layers == Layer.CAMPAIGN.value)
        .groupby(event_sources["event_id"].astype(str))
        .any()
    )
    campaign = events["id"].map(has_campaign_source).fillna(False).astype(bool)
    layer = campaign.map({True: Layer.CAMPAIGN.value, False: Layer.CONTEXT.value})
    return events.assign(
        layer=pd.Categorical(layer, categories=[item.value for item in Layer])
    )


def _with_search_text(
    events: pd.DataFrame, event_actors: pd.DataFrame, actors: pd.DataFrame
) -> pd.DataFrame:
    """Add ``search_text``: title, summary, place, date wording and actor names,
    normalised so that a search ignores case and accents."""
    name_of = actors.set_index("id")["name"].astype(str)
    names = (
        event_actors["actor_id"]
        .astype(str)
        .map(name_of)
        .groupby(event_actors["event_id"].astype(str))
        .agg(" ".join)
    )
    parts = [
        events[column].fillna("").astype(str)
        for column in ("title", "summary", "location", "date_as_stated")
    ]
    parts.append(events["id"].map(names).fillna("").astype(str))
    combined = parts[0].str.cat(parts[1:], sep=" ")
    return events.assign(search_text=combined.map(normalise_name).astype("str"))
