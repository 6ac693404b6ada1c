"""From dataset and view state to what the page shows (dashboard.view)."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from dashboard import view as view_module
from dashboard.figures.casualties import NO_FIGURES
from dashboard.figures.demands import NO_DEMANDS
from dashboard.figures.timeline import DAY_MS, NO_MATCH
from dashboard.labels import EVENT_TYPE_LABELS
from dashboard.loading import Dataset, load_dataset
from dashboard.query import demand_event_ids
from dashboard.view import (
    MAX_ACTOR_LANES,
    MAX_TABLE_ROWS,
    NO_ACTOR_LANE,
    OTHER_LANE,
    PageView,
    casualty_rows,
    clicked_id,
    demand_rows,
    event_detail,
    render_view,
    source_short_names,
    table_rows,
    timeline_marks,
    vocabulary_of,
    window_from_relayout,
    window_from_selection,
)
from dashboard.viewstate import LaneMode, ViewState, parse_query
from tests.packages import minimal_tables, write_package

D = dt.date
VETO_2011 = "veto-2011-10-04"
KILLED_FIGURE = "killed-syria-2011-10-to-2012-02"
UNNUMBERED_FIGURE = "civilians-eastern-aleppo-2016"
VETO_2011_DEMANDS = {"d2012-icc-referral", "d2012-arms-embargo", "d2012-asset-freeze"}


def ms(day: str) -> int:
    return pd.Timestamp(day).value // 1_000_000


def traces(figure, meta: str) -> list:
    return [trace for trace in figure.data if trace.meta == meta]


def ids_on(figure, meta: str) -> list[str]:
    """First customdata item of every point on traces tagged ``meta``."""
    return [str(row[0]) for trace in traces(figure, meta) for row in trace.customdata]


def lanes_of(marks: pd.DataFrame, event_id: str) -> set[str]:
    return set(marks.loc[marks["event_id"] == event_id, "lane"])


def family(dataset: Dataset, actor_id: str) -> set[str]:
    """An actor and everything below it, worked out from the actors table."""
    parents = dict(zip(dataset.actors["id"], dataset.actors["parent_id"]))
    found = {actor_id}
    changed = True
    while changed:
        below = {child for child, parent in parents.items() if parent in found}
        changed = not below <= found
        found |= below
    return found


def events_of(dataset: Dataset, actor_id: str) -> set[str]:
    links = dataset.event_actors
    wanted = links["actor_id"].astype(str).isin(family(dataset, actor_id))
    return set(links.loc[wanted, "event_id"].astype(str))


# --- timeline marks -----


def test_type_lanes_give_each_event_one_row_in_its_types_lane(dataset):
    marks, lanes = timeline_marks(dataset, dataset.events, LaneMode.TYPE)
    assert len(marks) == len(dataset.events)
    assert list(marks["event_id"]) == list(dataset.events["id"])
    assert lanes_of(marks, VETO_2011) == {"Veto"}
    assert lanes_of(marks, "guterres-visit-moscow-2016") == {"Visit"}
    present = {EVENT_TYPE_LABELS[kind] for kind in dataset.events["event_type"]}
    assert set(lanes) == present
    order = list(EVENT_TYPE_LABELS.values())
    assert lanes == sorted(lanes, key=order.index)


def test_type_lanes_list_only_the_types_that_are_shown(dataset):
    vetoes = dataset.events[dataset.events["event_type"] == "veto"]
    marks, lanes = timeline_marks(dataset, vetoes, LaneMode.TYPE)
    assert lanes == ["Veto"]
    assert set(marks["event_id"]) == set(vetoes["id"])


def test_mark_dates_are_the_events_dates_in_epoch_milliseconds(dataset):
    marks, _ = timeline_marks(dataset, dataset.events, LaneMode.TYPE)
    row = marks.set_index("event_id").loc["guterres-visit-moscow-2016"]
    assert row["start_ms"] == ms("2016-11-24")
    assert row["end_ms"] == ms("2016-11-25")
    assert row["date_precision"] == "day"
    assert not row["is_period"]


def test_a_date_known_only_to_its_month_is_marked_across_the_whole_month(dataset):
    events = dataset.events.copy()
    month = events["id"] == "al-observer-mission-2011-12"
    events.loc[month, "end"] = events.loc[month, "start"]  # recorded as one day
    events.loc[events["id"] == VETO_2011, "date_precision"] = "year"
    marks, _ = timeline_marks(dataset, events, LaneMode.TYPE)
    rows = marks.set_index("event_id")
    assert rows.loc["al-observer-mission-2011-12", "start_ms"] == ms("2011-12-01")
    assert rows.loc["al-observer-mission-2011-12", "end_ms"] == ms("2011-12-31")
    assert rows.loc[VETO_2011, "start_ms"] == ms("2011-01-01")
    assert rows.loc[VETO_2011, "end_ms"] == ms("2011-12-31")
    assert rows.loc["veto-2012-02-04", "start_ms"] == ms("2012-02-04")


def test_actor_lanes_put_an_event_in_the_lane_of_each_acting_state(dataset):
    marks, lanes = timeline_marks(dataset, dataset.events, LaneMode.ACTOR)
    # The Council is only where the veto happened: no lane of its own for it.
    assert lanes_of(marks, VETO_2011) == {"Russia", "China"}
    # Russian forces count as Russia; Syrian government forces as Syria.
    assert lanes_of(marks, "hospital-airstrikes-2016") == {"Russia", "Syria"}
    # Two Syrian bodies in one event still give one Syria row.
    crackdown = marks[marks["event_id"] == "syria-crackdown-2011"]
    assert list(crackdown["lane"]) == ["Syria"]
    assert lanes_of(marks, "aleppo-recent-attacks-2016") == {NO_ACTOR_LANE}
    assert not marks.duplicated(["event_id", "lane"]).any()
    assert set(marks["event_id"]) == set(dataset.events["id"])


def test_actor_lanes_are_ordered_busiest_first(dataset):
    marks, lanes = timeline_marks(dataset, dataset.events, LaneMode.ACTOR)
    counts = marks["lane"].value_counts()
    assert set(lanes) == set(counts.index)
    assert [counts[lane] for lane in lanes] == sorted(counts, reverse=True)
    assert lanes[0] == "Russia"


def test_source_lanes_put_an_event_in_the_lane_of_each_citing_source(dataset):
    marks, lanes = timeline_marks(dataset, dataset.events, LaneMode.SOURCE)
    names = source_short_names(dataset)
    assert set(lanes) == set(names)
    assert lanes_of(marks, VETO_2011) == {names["ai-2012-02-02"], names["un-veto-list"]}
    assert lanes_of(marks, "veto-2016-10-08") == {names["un-veto-list"]}
    assert len(marks) == len(dataset.event_sources)


def test_source_short_names_are_publisher_and_date_or_the_title(dataset):
    names = source_short_names(dataset)
    assert names["ai-2012-02-02"] == "Amnesty International, 2 Feb 2012"
    assert names["ai-2016-11"] == "Amnesty International, c. 23 Nov 2016"
    undated = dataset.sources.set_index("id").loc["un-veto-list", "title"]
    assert names["un-veto-list"] == undated


def many_actor_package(directory: Path, extra: int) -> Path:
    tables = minimal_tables()
    for number in range(extra):
        actor, event = f"state-{number:02d}", f"event-{number:02d}"
        tables["actors"].append(
            {"id": actor, "name": f"State {number:02d}", "kind": "state"}
        )
        tables["events"].append(
            {
                "id": event,
                "start": "2020-05-01",
                "end": "2020-05-01",
                "date_precision": "day",
                "event_type": "statement",
                "title": f"State {number:02d} speaks",
                "summary": "A state says something.",
            }
        )
        tables["event_actors"].append(
            {"event_id": event, "actor_id": actor, "role": "author"}
        )
        tables["event_sources"].append(
            {"event_id": event, "source_id": "note-1", "paragraphs": "1"}
        )
    tables["events"].append(
        {
            "id": "nobody",
            "start": "2020-07-01",
            "end": "2020-07-01",
            "date_precision": "day",
            "event_type": "attack",
            "title": "An attack nobody is named for",
            "summary": "Someone attacks a town.",
        }
    )
    tables["event_sources"].append(
        {"event_id": "nobody", "source_id": "note-1", "paragraphs": "2"}
    )
    return write_package(directory, tables)


def test_beyond_the_lane_limit_the_quietest_actors_share_one_other_lane(tmp_path):
    dataset = load_dataset(many_actor_package(tmp_path / "many", 25))
    marks, lanes = timeline_marks(dataset, dataset.events, LaneMode.ACTOR)
    assert len(lanes) == MAX_ACTOR_LANES
    # State A (two vetoes and the shelling) is the busiest and keeps its lane.
    assert lanes[0] == "State A"
    # The catch-all lanes come last, even when fuller than the named ones.
    assert lanes[-2:] == [OTHER_LANE, NO_ACTOR_LANE]
    assert (marks["lane"] == OTHER_LANE).sum() > (marks["lane"] == "State A").sum()
    assert lanes_of(marks, "nobody") == {NO_ACTOR_LANE}
    assert set(marks["event_id"]) == set(dataset.events["id"])
    assert not marks.duplicated(["event_id", "lane"]).any()


# --- casualty and demand rows -----


def test_casualty_rows_carry_count_period_and_provenance(dataset):
    rows = casualty_rows(dataset, dataset.casualty_figures).set_index("id")
    killed = rows.loc[KILLED_FIGURE]
    assert killed["count"] == 2600
    assert killed["qualifier"] == "more_than"
    assert killed["event_id"] == VETO_2011
    assert killed["label"] == "more than 2,600 people killed"
    assert killed["start_ms"] == ms("2011-10-04")
    assert killed["end_ms"] == ms("2012-02-02") + DAY_MS  # through the last day
    assert killed["period_label"].startswith("4 Oct 2011 – 2 Feb 2012")
    assert killed["reporter"] == "Amnesty International"
    assert killed["source_label"] == "Amnesty International, 2 Feb 2012, paragraph 11"


def test_a_report_without_a_number_has_no_count_and_says_so(dataset):
    rows = casualty_rows(dataset, dataset.casualty_figures).set_index("id")
    unnumbered = rows.loc[UNNUMBERED_FIGURE]
    assert math.isnan(unnumbered["count"])
    assert "no number given" in unnumbered["label"]
    assert unnumbered["period_label"].startswith("c. ")


def test_a_casualty_figure_with_no_period_is_kept_off_the_chart_not_crashing(dataset):
    figures = dataset.casualty_figures.copy()
    undated = figures["id"] == KILLED_FIGURE
    figures.loc[undated, ["period_start", "period_end"]] = pd.NaT
    rows = casualty_rows(dataset, figures)
    assert list(rows["id"]) == [UNNUMBERED_FIGURE]
    listed = casualty_rows(dataset, figures, keep_undated=True).set_index("id")
    assert listed.loc[KILLED_FIGURE, "period_label"].startswith("date not given")


def test_a_figure_with_only_one_end_of_its_period_is_drawn_on_that_day(dataset):
    figures = dataset.casualty_figures.copy()
    figures.loc[figures["id"] == KILLED_FIGURE, "period_start"] = pd.NaT
    row = casualty_rows(dataset, figures).set_index("id").loc[KILLED_FIGURE]
    assert row["start_ms"] == ms("2012-02-02")
    assert row["end_ms"] == ms("2012-02-03")


def test_demand_rows_link_each_demand_to_the_event_that_settled_it(dataset):
    rows = demand_rows(dataset, dataset.demands).set_index("id")
    icc = rows.loc["d2012-icc-referral"]
    assert icc["theme"] == "icc_referral"
    assert icc["made_ms"] == ms("2012-02-02")
    assert icc["status"] == "unmet"
    assert icc["status_event_ms"] == ms("2014-05-22")
    titles = dataset.events.set_index("id")["title"]
    assert icc["status_event_title"] == titles["veto-2014-05-22"]
    assert icc["who_label"] == "Amnesty International → UN Security Council"
    assert icc["date_label"] == "2 Feb 2012"
    assert icc["status_label"].startswith("Unmet: ")


def test_an_open_demand_has_no_outcome_date(dataset):
    rows = demand_rows(dataset, dataset.demands).set_index("id")
    open_demand = rows.loc["d2012-monitor-access"]
    assert math.isnan(open_demand["status_event_ms"])
    assert open_demand["status_event_title"] == ""
    assert open_demand["status_label"].startswith("Unknown")


def test_a_demand_addressed_to_no_one_names_only_who_made_it(dataset):
    rows = demand_rows(dataset, dataset.demands).set_index("id")
    finding = rows.loc["d2011-coi-investigations"]
    assert finding["who_label"] == "UN Commission of Inquiry on Syria"
    assert finding["date_label"] == "c. 2 Dec 2011"


# --- event detail and table -----


def test_the_detail_of_the_2011_veto_lists_actors_sources_figures_and_demands(
    dataset,
):
    detail = event_detail(dataset, VETO_2011)
    event = dataset.events.set_index("id").loc[VETO_2011]
    assert detail["title"] == event["title"]
    assert detail["summary"] == event["summary"]
    assert detail["type"] == "Veto"
    assert detail["when"] == "4 Oct 2011"
    assert detail["precision"] == "day"
    assert detail["as_stated"] == "4 October 2011"
    assert detail["layer"] == "campaign"
    assert {a["actor_id"]: a["role"] for a in detail["actors"]} == {
        "russia": "vetoing_state",
        "china": "vetoing_state",
        "un-security-council": "forum",
    }
    sources = {source["id"]: source for source in detail["sources"]}
    assert sources["un-veto-list"]["locator"] == "S/2011/612"
    assert sources["un-veto-list"]["layer"] == "context"
    assert sources["ai-2012-02-02"]["paragraphs"] == [11]
    assert sources["ai-2012-02-02"]["date"] == "2 Feb 2012"
    assert [figure["id"] for figure in detail["figures"]] == [KILLED_FIGURE]
    assert detail["figures"][0]["label"] == "more than 2,600 people killed"
    assert VETO_2011_DEMANDS <= {demand["id"] for demand in detail["demands"]}


def test_the_detail_of_an_event_without_wording_or_figures_has_empty_parts(dataset):
    detail = event_detail(dataset, "veto-2016-10-08")
    assert detail["as_stated"] is None
    assert detail["date_note"] is None
    assert detail["figures"] == []
    assert detail["demands"] == []
    assert detail["layer"] == "context"


def test_an_unknown_event_has_no_detail(dataset):
    assert event_detail(dataset, "no-such-event") is None


def test_a_table_row_names_the_date_actors_and_where_each_source_says_it(dataset):
    rows = table_rows(dataset, dataset.events)
    assert [row["id"] for row in rows] == list(dataset.events["id"])
    row = next(row for row in rows if row["id"] == VETO_2011)
    assert row["date"] == "2011-10-04"
    assert row["when"] == "4 Oct 2011"
    assert row["type"] == "Veto"
    assert row["layer"] == "campaign"
    assert set(row["actors"].split(", ")) == {"Russia", "China", "UN Security Council"}
    assert "Amnesty International, 2 Feb 2012 ¶11" in row["sources"]
    assert "S/2011/612" in row["sources"]


def test_the_table_stops_at_its_row_limit(dataset):
    copies = math.ceil((MAX_TABLE_ROWS + 10) / len(dataset.events))
    many = pd.concat([dataset.events] * copies, ignore_index=True)
    many["id"] = [f"copy-{number}" for number in range(len(many))]
    rows = table_rows(dataset, many)
    assert len(many) > MAX_TABLE_ROWS
    assert len(rows) == MAX_TABLE_ROWS
    assert rows[-1]["id"] == f"copy-{MAX_TABLE_ROWS - 1}"
    assert rows[0]["sources"] == ""  # the copies are cited nowhere


# --- the whole page -----


def test_the_default_view_shows_everything(dataset):
    view = render_view(dataset, ViewState())
    assert isinstance(view, PageView)
    assert view.event_count == view.total_events == len(dataset.events)
    assert view.window_events == len(dataset.events)
    assert view.figure_count == len(dataset.casualty_figures)
    assert view.demand_count == len(dataset.demands)
    assert sorted(ids_on(view.timeline, "events")) == sorted(dataset.events["id"])
    assert sorted(ids_on(view.casualties, "figures")) == sorted(
        dataset.casualty_figures["id"]
    )
    assert sorted(ids_on(view.demands, "demands")) == sorted(dataset.demands["id"])
    assert view.detail is None
    assert not traces(view.timeline, "selected")


def test_clicking_the_2011_veto_highlights_the_2600_figure_and_its_demands(dataset):
    view = render_view(dataset, ViewState(event=VETO_2011))
    assert ids_on(view.timeline, "selected") == [VETO_2011]
    assert ids_on(view.casualties, "related") == [KILLED_FIGURE]
    assert VETO_2011_DEMANDS <= set(ids_on(view.demands, "related"))
    assert "d2016-p5-veto-restraint" not in ids_on(view.demands, "related")
    assert view.detail["id"] == VETO_2011
    assert view.event_count == len(dataset.events)  # selecting does not filter


def test_choosing_a_demand_rings_the_events_tied_to_it(dataset):
    view = render_view(dataset, ViewState(demand="d2012-icc-referral"))
    ringed = set(ids_on(view.timeline, "related"))
    assert ringed == set(demand_event_ids(dataset, ["d2012-icc-referral"]))
    assert {"ai-statement-2012-02-02", VETO_2011, "veto-2014-05-22"} <= ringed
    assert ids_on(view.demands, "selected") == ["d2012-icc-referral"]


def test_filtering_on_russia_shows_exactly_russias_events(dataset):
    expected = events_of(dataset, "russia")
    assert "hospital-airstrikes-2016" in expected  # only via Russian forces
    view = render_view(dataset, ViewState(actors=("russia",)))
    shown = ids_on(view.timeline, "events")
    assert sorted(shown) == sorted(expected)
    assert {row["id"] for row in view.table} == expected
    assert view.event_count == len(expected)
    assert view.total_events == len(dataset.events)
    # A link naming Russia by an alias opens the same view.
    linked = parse_query("?actor=Russian%20Federation", vocabulary_of(dataset))
    aliased = render_view(dataset, linked.state)
    assert sorted(ids_on(aliased.timeline, "events")) == sorted(expected)


def test_filtering_on_a_child_actor_shows_only_its_own_events(dataset):
    view = render_view(dataset, ViewState(actors=("russian-forces",)))
    assert ids_on(view.timeline, "events") == ["hospital-airstrikes-2016"]


def test_a_filter_matching_nothing_shows_the_no_events_state(dataset):
    view = render_view(dataset, ViewState(text="zzzz-nothing-like-this"))
    assert view.event_count == 0 and view.window_events == 0
    assert view.table == []
    assert view.figure_count == 0 and view.demand_count == 0
    assert not any(len(trace.x) for trace in view.timeline.data)
    assert [note.text for note in view.timeline.layout.annotations] == [NO_MATCH]
    assert [note.text for note in view.casualties.layout.annotations] == [NO_FIGURES]
    assert [note.text for note in view.demands.layout.annotations] == [NO_DEMANDS]


@pytest.mark.filterwarnings("error")
def test_a_search_matching_only_an_event_without_actors_renders_cleanly(tmp_path):
    dataset = load_dataset(many_actor_package(tmp_path / "few", 0))
    view = render_view(dataset, ViewState(text="nobody"))
    assert [row["id"] for row in view.table] == ["nobody"]
    assert view.table[0]["actors"] == ""
    (trace,) = traces(view.timeline, "events")
    assert list(trace.customdata[0][[0, 4]]) == ["nobody", ""]


def test_hiding_the_context_layer_drops_events_known_only_from_the_un_list(dataset):
    view = render_view(dataset, ViewState(include_context=False))
    campaign = dataset.events[dataset.events["layer"] == "campaign"]
    assert sorted(ids_on(view.timeline, "events")) == sorted(campaign["id"])
    assert "veto-2012-02-04" not in ids_on(view.timeline, "events")


def test_a_time_window_narrows_the_table_and_panels_but_not_the_count(dataset):
    window = (D(2011, 10, 1), D(2011, 10, 31))
    view = render_view(dataset, ViewState(window=window))
    events = dataset.events
    inside = events[
        (events["end"] >= pd.Timestamp(window[0]))
        & (events["start"] <= pd.Timestamp(window[1]))
    ]
    assert {row["id"] for row in view.table} == set(inside["id"])
    assert VETO_2011 in set(inside["id"]) and len(inside) < len(events)
    assert view.window_events == len(inside)
    assert view.event_count == len(events)
    assert view.demand_count == 0  # no demand was made that month
    assert view.figure_count == 1  # the death toll period starts that month
    expected_range = ("2011-10-01", "2011-10-31")
    assert tuple(view.timeline.layout.xaxis.range) == expected_range
    assert tuple(view.casualties.layout.xaxis.range) == expected_range
    assert [note.text for note in view.demands.layout.annotations] == [NO_DEMANDS]


def test_panels_share_the_timelines_date_extent_without_a_window(dataset):
    view = render_view(dataset, ViewState())
    low, high = view.casualties.layout.xaxis.range
    assert low < "2011-04-02" and high > "2016-12-05"
    assert tuple(view.demands.layout.xaxis.range) == (low, high)


def test_actor_lanes_are_drawn_when_chosen(dataset):
    view = render_view(dataset, ViewState(lanes=LaneMode.ACTOR))
    _, lanes = timeline_marks(dataset, dataset.events, LaneMode.ACTOR)
    assert list(view.timeline.layout.yaxis.ticktext) == lanes
    assert view.timeline.layout.meta["lanes"] == lanes


def test_too_many_events_are_drawn_as_counts_per_period(dataset):
    view = render_view(dataset, ViewState(), max_points=5)
    (aggregate,) = traces(view.timeline, "aggregate")
    assert not traces(view.timeline, "events")
    assert int(np.sum(aggregate.customdata)) == len(dataset.events)


def test_an_undated_casualty_figure_does_not_break_the_page(tmp_path):
    tables = minimal_tables()
    figure = tables["casualty_figures"][0]
    figure.update(period_start="", period_end="", period_precision="approximate")
    dataset = load_dataset(write_package(tmp_path / "undated", tables))
    view = render_view(dataset, ViewState(event="strikes-1"))
    assert view.figure_count == 1
    assert ids_on(view.casualties, "figures") == []
    assert view.detail["figures"][0]["id"] == "fig-1"
    assert view.detail["figures"][0]["period_label"].startswith("date not given")


def test_the_small_package_renders_its_own_events(small_dataset):
    view = render_view(small_dataset, ViewState(actors=("statea",)))
    assert sorted(ids_on(view.timeline, "events")) == ["strikes-1", "vote-1", "vote-2"]
    assert view.total_events == 4


# --- reading the charts' events -------------------------------------------------


@pytest.mark.parametrize(
    ("relayout", "expected"),
    [
        (None, (False, None)),
        ({}, (False, None)),
        ({"autosize": True}, (False, None)),
        ({"dragmode": "pan"}, (False, None)),
        ({"xaxis.range[0]": "2012-01-01"}, (False, None)),
        ({"xaxis.autorange": True}, (True, None)),
        (
            {
                "xaxis.range[0]": "2011-10-01 06:30:00.25",
                "xaxis.range[1]": "2012-03-01",
            },
            (True, (D(2011, 10, 1), D(2012, 3, 1))),
        ),
        (
            {"xaxis.range": ["2012-03-01 10:00", "2011-10-01"]},
            (True, (D(2011, 10, 1), D(2012, 3, 1))),
        ),
        (
            {"xaxis.range[0]": ms("2016-01-01"), "xaxis.range[1]": ms("2016-06-30")},
            (True, (D(2016, 1, 1), D(2016, 6, 30))),
        ),
    ],
)
def test_a_relayout_is_read_as_a_time_window_only_when_about_the_x_range(
    relayout, expected
):
    assert window_from_relayout(relayout) == expected


@pytest.mark.parametrize(
    ("selected", "expected"),
    [
        (None, None),
        ({}, None),
        ({"points": [{"x": "2012-01-01"}]}, None),
        ({"range": {"y": [0, 1]}}, None),
        ({"range": {"x": ["2012-01-01"]}}, None),
        (
            {"range": {"x": ["2012-01-01 12:00", "2012-06-30"], "y": [2, 0]}},
            (D(2012, 1, 1), D(2012, 6, 30)),
        ),
        (
            {"range": {"x": ["2016-12-31", "2016-01-01"]}},
            (D(2016, 1, 1), D(2016, 12, 31)),
        ),
    ],
)
def test_a_box_selection_is_read_as_its_x_range(selected, expected):
    assert window_from_selection(selected) == expected


@pytest.mark.parametrize(
    ("click", "position", "expected"),
    [
        (None, 0, None),
        ({"points": []}, 0, None),
        ({"points": [{"customdata": ["a", "b", "c"]}]}, 0, "a"),
        ({"points": [{"customdata": ["a", "b", "c"]}]}, 1, "b"),
        ({"points": [{"customdata": ["a", ""]}]}, 1, None),
        ({"points": [{"customdata": ["a", None]}]}, 1, None),
        ({"points": [{"customdata": ["a"]}]}, 3, None),
        ({"points": [{"customdata": "solo"}]}, 0, "solo"),
        ({"points": [{"customdata": "solo"}]}, 1, None),
        ({"points": [{"customdata": 12}]}, 0, None),
        ({"points": [{"x": 1, "y": 2}]}, 0, None),
    ],
)
def test_a_click_yields_the_record_id_at_the_asked_position(click, position, expected):
    assert clicked_id(click, position) == expected


# --- the page's table and what is remembered between views -----


def test_the_page_table_lists_only_its_first_rows(dataset, monkeypatch):
    monkeypatch.setattr(view_module, "PAGE_TABLE_ROWS", 5)
    view = render_view(dataset, ViewState())
    assert [row["id"] for row in view.table] == list(dataset.events["id"][:5])
    assert view.table_is_cut
    assert view.window_events == len(dataset.events)
    window = (D(2011, 10, 1), D(2011, 10, 31))
    zoomed = render_view(dataset, ViewState(window=window))
    assert len(zoomed.table) == zoomed.window_events <= 5
    assert not zoomed.table_is_cut


def test_what_one_view_remembers_does_not_change_the_next(small_package):
    fresh, used = load_dataset(small_package), load_dataset(small_package)
    for state in (
        ViewState(text="state"),
        ViewState(actors=("statea",), lanes=LaneMode.ACTOR),
        ViewState(
            event="vote-1",
            lanes=LaneMode.SOURCE,
            window=(D(2020, 1, 1), D(2020, 12, 31)),
        ),
    ):
        render_view(used, state)
    for state in (
        ViewState(),
        ViewState(lanes=LaneMode.ACTOR),
        ViewState(text="vote", event="vote-2"),
    ):
        again, first = render_view(used, state), render_view(fresh, state)
        for part in ("timeline", "casualties", "demands"):
            assert getattr(again, part).to_json() == getattr(first, part).to_json()
        assert again.table == first.table
        assert again.detail == first.detail
