"""Loading: typed frames, derived columns and defaults for blank cells."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pandas as pd
import pytest

from dashboard.loading import Dataset, load_dataset
from dashboard.schema import DatePrecision, EventType, Layer, Qualifier
from tests.packages import minimal_tables, write_package


@pytest.fixture(scope="module")
def small_dataset(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    """The minimal package, loaded once for this module: nothing here changes it."""
    return load_dataset(write_package(tmp_path_factory.mktemp("small")))


def is_arrow_string(dtype: object) -> bool:
    return isinstance(dtype, pd.StringDtype) and dtype.storage == "pyarrow"


def test_minimal_package_row_counts(small_dataset: Dataset) -> None:
    counts = {
        name: len(getattr(small_dataset, name))
        for name in (
            "sources",
            "actors",
            "events",
            "event_actors",
            "event_sources",
            "casualty_figures",
            "demands",
            "demand_events",
        )
    }
    assert counts == {
        "sources": 2,
        "actors": 5,
        "events": 4,
        "event_actors": 6,
        "event_sources": 5,
        "casualty_figures": 1,
        "demands": 2,
        "demand_events": 3,
    }


@pytest.mark.parametrize(
    ("table", "column"),
    [
        ("events", "id"),
        ("events", "title"),
        ("events", "summary"),
        ("events", "location"),
        ("actors", "name"),
        ("sources", "publisher"),
        ("demands", "text"),
        ("casualty_figures", "victims"),
    ],
)
def test_text_columns_are_pyarrow_strings(
    small_dataset: Dataset, table: str, column: str
) -> None:
    assert is_arrow_string(getattr(small_dataset, table)[column].dtype)


def test_enumeration_columns_are_categoricals_with_every_allowed_value(
    small_dataset: Dataset,
) -> None:
    event_type = small_dataset.events["event_type"].dtype
    assert isinstance(event_type, pd.CategoricalDtype)
    # All values, used or not, in the order the schema lists them.
    assert list(event_type.categories) == [item.value for item in EventType]
    precision = small_dataset.events["date_precision"].dtype
    assert list(precision.categories) == [item.value for item in DatePrecision]
    qualifier = small_dataset.casualty_figures["qualifier"].dtype
    assert list(qualifier.categories) == [item.value for item in Qualifier]
    assert small_dataset.events["event_type"].tolist() == [
        "veto",
        "attack",
        "statement",
        "veto",
    ]


@pytest.mark.parametrize(
    ("table", "column"),
    [
        ("event_actors", "event_id"),
        ("event_actors", "actor_id"),
        ("event_sources", "source_id"),
        ("demand_events", "demand_id"),
        ("casualty_figures", "event_id"),
    ],
)
def test_link_id_columns_are_categoricals(
    small_dataset: Dataset, table: str, column: str
) -> None:
    assert isinstance(getattr(small_dataset, table)[column].dtype, pd.CategoricalDtype)


def test_date_columns_are_datetimes(small_dataset: Dataset) -> None:
    events = small_dataset.events
    for column in ("start", "end"):
        assert pd.api.types.is_datetime64_any_dtype(events[column])
    assert events.loc[events["id"] == "strikes-1", "end"].item() == pd.Timestamp(
        "2020-02-29"
    )
    assert pd.api.types.is_datetime64_any_dtype(small_dataset.demands["made_on"])
    assert pd.api.types.is_datetime64_any_dtype(
        small_dataset.casualty_figures["period_start"]
    )


def test_counts_and_paragraphs_are_nullable_integers(small_dataset: Dataset) -> None:
    figures = small_dataset.casualty_figures
    assert figures["count"].dtype == "Int64"
    assert figures["count"].tolist() == [120]
    assert small_dataset.demands["paragraph"].tolist() == [5, 6]


def test_list_cells_are_split_into_lists(small_dataset: Dataset) -> None:
    cites = small_dataset.event_sources.set_index(
        small_dataset.event_sources["event_id"].astype(str)
        + "/"
        + small_dataset.event_sources["source_id"].astype(str)
    )
    assert cites.loc["strikes-1/note-1", "paragraphs"] == [3, 4]
    actors = small_dataset.actors.set_index("id")
    assert actors.loc["statea", "aliases"] == [
        "State A officials",
        "State A authorities",
    ]
    sources = small_dataset.sources.set_index("id")
    assert sources.loc["note-1", "spokesperson_ids"] == ["speaker"]


def test_blank_cells_become_defaults(small_dataset: Dataset) -> None:
    events = small_dataset.events.set_index("id")
    assert events["is_period"].dtype == bool
    assert events["is_period"].to_dict() == {
        "vote-1": False,
        "strikes-1": True,
        "note-issued": False,
        "vote-2": False,
    }
    assert pd.isna(events.loc["strikes-1", "location"])
    cites = small_dataset.event_sources
    assert cites.loc[cites["source_id"] == "ref-list", "paragraphs"].tolist() == [
        [],
        [],
    ]
    sources = small_dataset.sources.set_index("id")
    assert pd.isna(sources.loc["ref-list", "published"])
    assert sources.loc["ref-list", "spokesperson_ids"] == []
    actors = small_dataset.actors.set_index("id")
    assert actors.loc["council", "aliases"] == []
    assert pd.isna(actors.loc["council", "parent_id"])


def test_blank_count_is_missing_not_zero(tmp_path: Path) -> None:
    tables = minimal_tables()
    tables["casualty_figures"][0].update(count="", qualifier="unspecified")
    dataset = load_dataset(write_package(tmp_path / "package", tables))
    assert dataset.casualty_figures["count"].isna().tolist() == [True]


def test_events_are_sorted_by_date_whatever_the_file_order(tmp_path: Path) -> None:
    tables = minimal_tables()
    tables["events"].reverse()
    dataset = load_dataset(write_package(tmp_path / "package", tables))
    assert dataset.events["id"].tolist() == [
        "vote-1",
        "strikes-1",
        "note-issued",
        "vote-2",
    ]
    assert list(dataset.events.index) == [0, 1, 2, 3]


def test_layer_is_context_only_when_every_source_is_context(
    small_dataset: Dataset,
) -> None:
    layer = small_dataset.events.set_index("id")["layer"]
    assert isinstance(layer.dtype, pd.CategoricalDtype)
    assert list(layer.dtype.categories) == [item.value for item in Layer]
    # vote-1 is cited by a campaign and a context source: it stays campaign.
    assert layer.astype(str).to_dict() == {
        "vote-1": "campaign",
        "strikes-1": "campaign",
        "note-issued": "campaign",
        "vote-2": "context",
    }


def test_search_text_is_lowercase_and_accent_free(small_dataset: Dataset) -> None:
    text = small_dataset.events.set_index("id")["search_text"]
    assert is_arrow_string(text.dtype)
    # 'Ana Pérez' is an actor of the note: her name is searchable without accent.
    assert "ana perez" in text["note-issued"]
    assert "é" not in text["note-issued"]
    assert text["note-issued"] == text["note-issued"].lower()


def test_search_text_holds_title_place_date_wording_and_actor_names(
    small_dataset: Dataset,
) -> None:
    text = small_dataset.events.set_index("id")["search_text"]
    vote = text["vote-1"]
    for part in ("blocks a council text", "geneva", "10 january", "the council"):
        assert part in vote, part
    assert "geneva" not in text["vote-2"]
    assert "state a army" in text["strikes-1"]


def test_dataset_attributes_cannot_be_reassigned(small_dataset: Dataset) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        small_dataset.events = small_dataset.events.head(1)  # type: ignore[misc]


def test_dataset_remembers_its_directory(small_package: Path) -> None:
    assert load_dataset(small_package).directory == small_package
    assert load_dataset(str(small_package)).directory == small_package


def test_actor_tree_is_built_from_the_actors_table(small_dataset: Dataset) -> None:
    tree = small_dataset.actor_tree
    assert tree.descendants("statea") == {"statea", "statea-army"}
    assert tree.descendants("group") == {"group", "speaker"}
    assert tree.ancestors("speaker") == ["group"]
    assert tree.parent["council"] is None
