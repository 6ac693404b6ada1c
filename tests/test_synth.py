"""The synthetic package generator writes valid, varied, reproducible packages."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from dashboard.loading import Dataset, load_dataset
from dashboard.schema import (
    TABLES,
    ActorKind,
    DatePrecision,
    DemandStatus,
    DemandTheme,
    EventType,
    Layer,
    Outcome,
    Qualifier,
)
from dashboard.synth import write_csv, write_synthetic_package

ROOT = Path(__file__).resolve().parent.parent
EVENTS = 500


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 500-event package, written once for the module."""
    return write_synthetic_package(
        tmp_path_factory.mktemp("synth") / "package", events=EVENTS, seed=3
    )


@pytest.fixture(scope="module")
def synthetic(package: Path) -> Dataset:
    """That package, loaded (load_dataset raises on any problem)."""
    return load_dataset(package)


def _file_bytes(directory: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(directory.iterdir())}


def test_package_has_every_table_and_the_descriptor(package: Path) -> None:
    names = {path.name for path in package.iterdir()}
    assert names == {spec.path for spec in TABLES} | {"datapackage.json"}


def test_small_package_loads_with_the_requested_size(synthetic: Dataset) -> None:
    assert len(synthetic.events) == EVENTS
    assert synthetic.events["id"].is_unique
    for name in ("event_actors", "event_sources", "casualty_figures", "demands"):
        assert len(getattr(synthetic, name)) > 0, name
    cited = set(synthetic.event_sources["event_id"].astype(str))
    assert cited == set(synthetic.events["id"])


def test_same_seed_gives_identical_files(package: Path, tmp_path: Path) -> None:
    again = write_synthetic_package(tmp_path / "again", events=EVENTS, seed=3)
    assert _file_bytes(again) == _file_bytes(package)


def test_different_seed_gives_different_events(package: Path, tmp_path: Path) -> None:
    other = write_synthetic_package(tmp_path / "other", events=EVENTS, seed=4)
    assert (other / "events.csv").read_bytes() != (package / "events.csv").read_bytes()
    assert (other / "actors.csv").read_bytes() == (package / "actors.csv").read_bytes()


def _values(column: pd.Series) -> set[str]:
    return set(column.dropna().astype(str))


def test_every_category_occurs(synthetic: Dataset) -> None:
    events = synthetic.events
    assert _values(events["date_precision"]) == {p.value for p in DatePrecision}
    assert _values(events["event_type"]) == {t.value for t in EventType}
    assert _values(events["layer"]) == {layer.value for layer in Layer}
    assert events["is_period"].any() and not events["is_period"].all()
    assert _values(synthetic.actors["kind"]) == {k.value for k in ActorKind}
    figures = synthetic.casualty_figures
    assert _values(figures["qualifier"]) == {q.value for q in Qualifier}
    assert _values(figures["outcome"]) == {o.value for o in Outcome}
    assert figures["count"].isna().any() and figures["count"].notna().any()
    assert figures["event_id"].isna().any() and figures["event_id"].notna().any()
    demands = synthetic.demands
    assert _values(demands["theme"]) == {t.value for t in DemandTheme}
    assert _values(demands["status"]) == {s.value for s in DemandStatus}
    assert len(synthetic.sources) > 3


def test_dates_agree_with_their_precision(synthetic: Dataset) -> None:
    events = synthetic.events
    start, end = events["start"], events["end"]
    precision = events["date_precision"].astype(str)
    assert (start <= end).all()
    single_days = (precision == "day") & ~events["is_period"]
    assert (start[single_days] == end[single_days]).all()
    month = precision == "month"
    assert (start[month].dt.day == 1).all()
    assert end[month].dt.is_month_end.all()
    year = precision == "year"
    assert (start[year].dt.day_of_year == 1).all()
    assert end[year].dt.is_year_end.all()
    assert (end[precision == "approximate"] > start[precision == "approximate"]).any()


def test_states_have_children_and_aliases(synthetic: Dataset) -> None:
    actors = synthetic.actors
    states = actors[actors["kind"] == "state"]
    assert len(states) >= 6
    first = str(states["id"].iloc[0])
    below = synthetic.actor_tree.descendants(first) - {first}
    kinds = set(actors.set_index("id").loc[sorted(below), "kind"].astype(str))
    assert {"armed_force", "government", "person"} <= kinds
    alias = states["aliases"].iloc[0][0]
    assert synthetic.actor_tree.resolve(alias) == first
    people = actors[actors["kind"] == "person"]
    assert people["parent_id"].notna().all()


def test_figure_periods_overlap(synthetic: Dataset) -> None:
    figures = synthetic.casualty_figures.dropna(subset=["period_start", "period_end"])
    figures = figures.sort_values("period_start")
    later_start = figures["period_start"].iloc[1:].to_numpy()
    running_end = figures["period_end"].cummax().iloc[:-1].to_numpy()
    assert (later_start <= running_end).any()


def test_every_demand_is_made_in_an_event(synthetic: Dataset) -> None:
    links = synthetic.demand_events
    made_in = links[links["relation"] == "made_in"]
    assert set(made_in["demand_id"].astype(str)) == set(synthetic.demands["id"])
    assert (links["relation"] == "responds_to").any()
    settled = synthetic.demands["status_event_id"].dropna()
    assert len(settled) > 0 and settled.isin(synthetic.events["id"]).all()


def test_write_csv_quotes_only_what_needs_it(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {
            "plain": ["a", "b", None],
            "text": ['say "hi", then go', "two\nlines", ""],
            "count": pd.array([1, None, 3], dtype="Int64"),
        }
    )
    path = tmp_path / "table.csv"
    write_csv(frame, path)
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[0] == "plain,text,count"
    assert lines[1] == 'a,"say ""hi"", then go",1'
    back = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert back["text"].tolist() == ['say "hi", then go', "two\nlines", ""]
    assert back["plain"].tolist() == ["a", "b", ""]
    assert back["count"].tolist() == ["1", "", "3"]


def test_cli_synth_writes_a_package_that_validate_accepts(tmp_path: Path) -> None:
    out = tmp_path / "cli"
    run = [sys.executable, "-m", "dashboard"]
    made = subprocess.run(
        [*run, "synth", "--events", "300", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert made.returncode == 0, made.stderr
    checked = subprocess.run(
        [*run, "validate", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert checked.returncode == 0, checked.stderr
    assert "valid" in checked.stdout
    assert re.search(r"^\s*events\s+300 rows$", checked.stdout, re.MULTILINE)


def test_rejects_an_empty_package(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_synthetic_package(tmp_path / "none", events=0)
