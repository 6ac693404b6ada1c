"""The figure builders, checked through the data of the figures they return."""

from __future__ import annotations

import base64
import datetime as dt
import json

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest
from dash import html
from plotly.io.json import to_json_plotly

from dashboard.figures import casualties as cas
from dashboard.figures import demands as dem
from dashboard.figures import plain
from dashboard.figures import timeline as tl
from dashboard.figures.style import (
    EVENT_STYLE,
    HIGHLIGHT_COLOUR,
    OKABE_ITO,
    SELECTED_COLOUR,
    STATUS_COLOURS,
    THEMES,
)
from dashboard.labels import EVENT_TYPE_LABELS, humanise
from dashboard.loading import load_dataset
from dashboard.view import casualty_rows, demand_rows, render_view, timeline_marks
from dashboard.viewstate import LaneMode, ViewState

D = dt.date
VETO_2011 = "veto-2011-10-04"
KILLED_FIGURE = "killed-syria-2011-10-to-2012-02"
UNNUMBERED_FIGURE = "civilians-eastern-aleppo-2016"


def ms(day: str) -> int:
    return pd.Timestamp(day).value // 1_000_000


def traces(figure, meta) -> list:
    return [trace for trace in figure.data if trace.meta == meta]


def ids_on(figure, meta) -> list[str]:
    return [str(row[0]) for trace in traces(figure, meta) for row in trace.customdata]


def trace_with(figure, meta: str, record_id: str):
    """The trace tagged ``meta`` that draws ``record_id``, and the point's index."""
    for trace in traces(figure, meta):
        for index, row in enumerate(trace.customdata):
            if str(row[0]) == record_id:
                return trace, index
    raise AssertionError(f"{record_id} is not drawn on a '{meta}' trace")


def mark(event_id: str, start: str, end: str | None = None, **extra) -> dict:
    row = {
        "event_id": event_id,
        "lane": "Veto",
        "start_ms": ms(start),
        "end_ms": ms(end or start),
        "event_type": "veto",
        "layer": "campaign",
        "date_precision": "day",
        "is_period": False,
        "title": f"Title of {event_id}",
        "date_label": start,
        "as_stated": "as worded",
        "actors_label": "Somebody (author)",
    }
    row.update(extra)
    return row


def marks_frame(*rows: dict) -> pd.DataFrame:
    return pd.DataFrame(list(rows))


@pytest.fixture(scope="module")
def veto_view(dataset):
    """The bundled dataset drawn with the 2011 veto selected."""
    return render_view(dataset, ViewState(event=VETO_2011))


# --- timeline: markers -----


def test_each_event_is_a_marker_at_its_day_in_its_lane():
    marks = marks_frame(
        mark("a", "2012-02-04"),
        mark("b", "2012-02-02", lane="Statement", event_type="statement"),
    )
    figure = tl.timeline_figure(marks, ["Veto", "Statement"])
    veto, index = trace_with(figure, "events", "a")
    assert veto.x[index] == ms("2012-02-04")
    assert veto.y[index] == 0
    statement, index = trace_with(figure, "events", "b")
    assert statement.x[index] == ms("2012-02-02")
    assert statement.y[index] == 1


def test_a_lasting_events_marker_sits_in_the_middle_of_its_span():
    marks = marks_frame(mark("a", "2016-11-24", "2016-11-26"))
    figure = tl.timeline_figure(marks, ["Veto"])
    (trace,) = traces(figure, "events")
    assert trace.x[0] == ms("2016-11-25")


def test_every_event_type_has_its_own_shape_and_colour():
    kinds = list(EVENT_STYLE)
    marks = marks_frame(
        *[
            mark(f"e-{kind}", "2012-01-01", lane=humanise(kind), event_type=kind)
            for kind in kinds
        ]
    )
    figure = tl.timeline_figure(marks, [humanise(kind) for kind in kinds])
    seen = {}
    for trace in traces(figure, "events"):
        (event_id,) = [str(row[0]) for row in trace.customdata]
        kind = event_id.removeprefix("e-")
        seen[kind] = (trace.marker.color, trace.marker.symbol)
        assert trace.name == humanise(kind)
    assert seen == EVENT_STYLE
    # Colour is never the only cue: no two types share a shape.
    assert len({symbol for _, symbol in seen.values()}) == len(kinds)
    assert seen["veto"][0] == OKABE_ITO["vermillion"]
    assert seen["resolution"][0] == OKABE_ITO["blue"]


def test_context_events_are_hollow_and_named_as_the_un_list(veto_view):
    campaign, _ = trace_with(veto_view.timeline, "events", VETO_2011)
    context, _ = trace_with(veto_view.timeline, "events", "veto-2012-02-04")
    assert campaign.marker.symbol == "square"
    assert context.marker.symbol == "square-open"
    assert context.name == "Veto (UN list)"
    assert campaign.name == "Veto"
    assert context.marker.color == campaign.marker.color


def test_hovering_an_event_shows_its_title_stated_date_and_actors(dataset, veto_view):
    trace, index = trace_with(veto_view.timeline, "events", VETO_2011)
    event_id, title, when, stated, actors = trace.customdata[index]
    assert event_id == VETO_2011
    assert title == dataset.events.set_index("id").loc[VETO_2011, "title"]
    assert when == "4 Oct 2011"
    assert stated == "4 October 2011"
    assert "Russia (vetoing state)" in actors and "China (vetoing state)" in actors
    for part in range(1, 5):
        assert f"%{{customdata[{part}]}}" in trace.hovertemplate


def test_an_event_without_wording_says_so_on_hover(veto_view):
    trace, index = trace_with(veto_view.timeline, "events", "veto-2012-02-04")
    assert trace.customdata[index][3] == "(no wording)"


# --- timeline: spans and uncertainty -----


def test_a_single_day_event_gets_no_span(veto_view):
    assert VETO_2011 not in ids_on(veto_view.timeline, "spans")


def test_a_month_precision_event_is_drawn_across_the_whole_month(veto_view):
    bar, index = trace_with(veto_view.timeline, "spans", "al-observer-mission-2011-12")
    assert bar.type == "bar" and bar.orientation == "h"
    assert bar.base[index] == ms("2011-12-01")
    assert bar.base[index] + bar.x[index] == ms("2012-01-01")
    marker, index = trace_with(
        veto_view.timeline, "events", "al-observer-mission-2011-12"
    )
    assert ms("2011-12-01") < marker.x[index] < ms("2012-01-01")


def test_a_month_recorded_as_its_first_day_is_still_drawn_across_the_month(dataset):
    events = dataset.events.copy()
    month = events["id"] == "al-observer-mission-2011-12"
    events.loc[month, ["end", "is_period"]] = [
        events.loc[month, "start"].iloc[0],
        False,
    ]
    marks, lanes = timeline_marks(dataset, events[month], LaneMode.TYPE)
    marks = marks.assign(
        title="t", date_label="Dec 2011", as_stated="", actors_label=""
    )
    figure = tl.timeline_figure(marks, lanes)
    bar, index = trace_with(figure, "spans", "al-observer-mission-2011-12")
    assert bar.base[index] == ms("2011-12-01")
    assert bar.base[index] + bar.x[index] == ms("2012-01-01")


def test_approximate_dates_are_faded_hatched_spans_unlike_known_spans():
    marks = marks_frame(
        mark("rough", "2012-01-05", "2012-02-02", date_precision="approximate"),
        mark("known", "2016-11-24", "2016-11-25"),
    )
    figure = tl.timeline_figure(marks, ["Veto"])
    rough, _ = trace_with(figure, "spans", "rough")
    known, _ = trace_with(figure, "spans", "known")
    assert rough.name.endswith("(approximate)")
    assert known.name.endswith("(known span)")
    assert rough.marker.opacity < known.marker.opacity
    assert rough.marker.pattern.shape == "/"
    assert known.marker.pattern.shape == ""
    assert list(rough.base) == [ms("2012-01-05")]
    assert list(rough.x) == [ms("2012-02-03") - ms("2012-01-05")]


def test_periods_are_wide_translucent_bands(veto_view):
    band, _ = trace_with(veto_view.timeline, "spans", "syria-crackdown-2011")
    visit, _ = trace_with(veto_view.timeline, "spans", "guterres-visit-moscow-2016")
    assert band.name == "Crackdown (period)"
    assert band.width > visit.width
    assert band.marker.opacity < visit.marker.opacity


def test_spans_take_their_types_colour(veto_view):
    spans = traces(veto_view.timeline, "spans")
    assert {trace.legendgroup for trace in spans} >= {"crackdown", "finding", "visit"}
    for trace in spans:
        assert trace.marker.color == EVENT_STYLE[trace.legendgroup][0]
        assert trace.marker.line.color == trace.marker.color


# --- timeline: selection, axes, empty -----


def test_the_selected_event_gets_a_ring_in_the_selection_colour(veto_view):
    (ring,) = traces(veto_view.timeline, "selected")
    assert [row[0] for row in ring.customdata] == [VETO_2011]
    assert ring.marker.symbol == "circle-open"
    assert ring.marker.color == SELECTED_COLOUR
    marker, index = trace_with(veto_view.timeline, "events", VETO_2011)
    assert (ring.x[0], ring.y[0]) == (marker.x[index], marker.y[index])


def test_related_events_get_rings_in_the_highlight_colour():
    marks = marks_frame(mark("a", "2012-01-01"), mark("b", "2012-03-01"))
    figure = tl.timeline_figure(marks, ["Veto"], highlighted=["b", "zzz"])
    (ring,) = traces(figure, "related")
    assert [row[0] for row in ring.customdata] == ["b"]
    assert ring.marker.color == HIGHLIGHT_COLOUR
    assert not traces(figure, "selected")


def test_a_selected_event_outside_the_window_gets_no_ring():
    marks = marks_frame(mark("a", "2012-01-01"), mark("b", "2016-01-01"))
    figure = tl.timeline_figure(
        marks, ["Veto"], selected="b", window=(D(2011, 12, 1), D(2012, 2, 1))
    )
    assert not traces(figure, "selected")
    assert ids_on(figure, "events") == ["a"]


def test_the_timeline_has_a_range_slider_and_lanes_top_to_bottom(veto_view, dataset):
    layout = veto_view.timeline.layout
    assert layout.xaxis.rangeslider.visible is True
    lanes = list(layout.yaxis.ticktext)
    assert lanes == layout.meta["lanes"]
    assert list(layout.yaxis.tickvals) == list(range(len(lanes)))
    assert list(layout.yaxis.range) == [len(lanes) - 0.5, -0.5]  # first lane on top
    assert layout.yaxis.fixedrange is True
    assert layout.clickmode == "event"


def test_the_x_range_is_padded_around_the_events_or_set_to_the_window():
    marks = marks_frame(mark("a", "2012-01-01"), mark("b", "2014-01-01"))
    low, high = tl.timeline_figure(marks, ["Veto"]).layout.xaxis.range
    assert low < "2012-01-01" and high > "2014-01-01"
    zoomed = tl.timeline_figure(marks, ["Veto"], window=(D(2013, 1, 1), D(2013, 6, 30)))
    assert tuple(zoomed.layout.xaxis.range) == ("2013-01-01", "2013-06-30")


def test_no_marks_give_an_empty_timeline_that_says_why():
    figure = tl.timeline_figure(marks_frame(mark("a", "2012-01-01")).iloc[:0], [])
    assert not any(len(trace.x) for trace in figure.data)  # nothing drawn
    assert [note.text for note in figure.layout.annotations] == [tl.NO_MATCH]


def test_the_dark_theme_colours_the_paper_dark():
    marks = marks_frame(mark("a", "2012-01-01"))
    figure = tl.timeline_figure(marks, ["Veto"], theme="dark")
    assert figure.layout.paper_bgcolor == THEMES["dark"]["paper"]
    light = tl.timeline_figure(marks, ["Veto"])
    assert light.layout.paper_bgcolor == THEMES["light"]["paper"]


# --- timeline: aggregation -----


def many_marks(count: int, lanes: list[str], first: str = "2010-01-01") -> pd.DataFrame:
    """``count`` one-day marks spread over ten years, dealt round ``lanes``."""
    rng = np.random.default_rng(7)
    start = ms(first) + rng.integers(0, 3650, count) * tl.DAY_MS
    return pd.DataFrame(
        {
            "event_id": [f"m{number}" for number in range(count)],
            "lane": [lanes[number % len(lanes)] for number in range(count)],
            "start_ms": start,
            "end_ms": start,
            "event_type": "statement",
            "layer": "campaign",
            "date_precision": "day",
            "is_period": False,
            "title": "t",
            "date_label": "d",
            "as_stated": "",
            "actors_label": "",
        }
    )


def test_above_the_point_limit_the_timeline_shows_counts_per_lane_and_period():
    lanes = ["One", "Two", "Three"]
    marks = many_marks(tl.MAX_POINTS + 1, lanes)
    figure = tl.timeline_figure(marks, lanes)
    (aggregate,) = traces(figure, "aggregate")
    assert [trace.meta for trace in figure.data] == ["aggregate"]
    counts = np.asarray(aggregate.customdata)
    assert counts.sum() == len(marks)
    assert len(counts) <= tl.BINS * len(lanes)
    y = np.asarray(aggregate.y)
    for index, lane in enumerate(lanes):
        assert counts[y == index].sum() == (marks["lane"] == lane).sum()
    x = np.asarray(aggregate.x)
    assert x.min() >= marks["start_ms"].min() and x.max() <= marks["end_ms"].max()
    # Bigger counts, bigger bubbles.
    sizes = np.asarray(aggregate.marker.size)
    assert sizes[counts.argmax()] == sizes.max()
    assert "Zoom in" in aggregate.hovertemplate
    assert figure.layout.xaxis.rangeslider.visible is True


def test_at_the_point_limit_every_event_is_still_drawn():
    marks = many_marks(tl.MAX_POINTS, ["One"])
    figure = tl.timeline_figure(marks, ["One"])
    assert not traces(figure, "aggregate")
    assert len(ids_on(figure, "events")) == tl.MAX_POINTS


def test_zooming_into_a_crowded_timeline_counts_only_the_window():
    marks = many_marks(tl.MAX_POINTS + 500, ["One"])
    window = (D(2012, 1, 1), D(2012, 12, 31))
    inside = tl.visible_marks(marks, window)
    figure = tl.timeline_figure(marks, ["One"], window=window, max_points=100)
    (aggregate,) = traces(figure, "aggregate")
    assert np.asarray(aggregate.customdata).sum() == len(inside) < len(marks)
    assert min(aggregate.x) >= tl.date_to_ms(window[0])
    assert max(aggregate.x) <= tl.date_to_ms(window[1]) + tl.DAY_MS


def test_zooming_in_far_enough_brings_back_single_events():
    marks = many_marks(tl.MAX_POINTS + 500, ["One"])
    window = (D(2012, 1, 1), D(2012, 1, 31))
    figure = tl.timeline_figure(marks, ["One"], window=window)
    assert not traces(figure, "aggregate")
    assert sorted(ids_on(figure, "events")) == sorted(
        tl.visible_marks(marks, window)["event_id"]
    )


def test_a_large_dataset_is_drawn_as_counts_until_zoomed_into(tmp_path):
    synth = pytest.importorskip("dashboard.synth")
    package = synth.write_synthetic_package(
        tmp_path / "large", tl.MAX_POINTS + 300, seed=3
    )
    dataset = load_dataset(package)
    whole = render_view(dataset, ViewState())
    (aggregate,) = traces(whole.timeline, "aggregate")
    assert not traces(whole.timeline, "events")
    assert np.asarray(aggregate.customdata).sum() == len(dataset.events)
    lanes = list(whole.timeline.layout.yaxis.ticktext)
    per_type = dataset.events["event_type"].astype(str).map(EVENT_TYPE_LABELS)
    counts = np.asarray(aggregate.customdata)
    for index, lane in enumerate(lanes):
        assert (
            counts[np.asarray(aggregate.y) == index].sum() == (per_type == lane).sum()
        )
    window = (D(2015, 3, 1), D(2015, 3, 31))
    zoomed = render_view(dataset, ViewState(window=window))
    assert not traces(zoomed.timeline, "aggregate")
    marks, _ = timeline_marks(dataset, dataset.events, LaneMode.TYPE)
    expected = set(tl.visible_marks(marks, window)["event_id"])
    assert expected and set(ids_on(zoomed.timeline, "events")) == expected


# --- casualty figures -----


def figure_row(figure_id: str, count, qualifier: str, start: str, end: str, **extra):
    row = {
        "id": figure_id,
        "event_id": "",
        "count": float("nan") if count is None else float(count),
        "qualifier": qualifier,
        "outcome": "killed",
        "start_ms": ms(start),
        "end_ms": ms(end) + tl.DAY_MS,
        "label": f"label of {figure_id}",
        "period_label": f"{start} – {end}",
        "reporter": "A Group",
        "source_label": "A note, paragraph 3",
    }
    row.update(extra)
    return row


def figures_frame(*rows: dict) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=list(cas.COLUMNS))


def test_the_2600_figure_is_drawn_as_a_lower_bound_across_its_period(
    dataset, veto_view
):
    trace, index = trace_with(veto_view.casualties, "figures", KILLED_FIGURE)
    assert trace.name.startswith("Lower bound")
    assert trace.marker.symbol == "arrow-bar-up"
    assert trace.y[index] == 2600
    assert trace.x[index] == (ms("2011-10-04") + ms("2012-02-03")) // 2
    assert trace.customdata[index][2] == "more than 2,600 people killed"
    # The open band above the line says "at least this many".
    (band,) = [
        shape
        for shape in veto_view.casualties.layout.shapes
        if shape.y0 == 2600 and shape.x0 == ms("2011-10-04")
    ]
    assert band.y1 > 2600 and band.x1 == ms("2012-02-03")
    # The period itself is a segment at the figure's height.
    (line,) = [t for t in veto_view.casualties.data if t.mode == "lines"]
    assert list(line.x[:2]) == [ms("2011-10-04"), ms("2012-02-03")]
    assert list(line.y[:2]) == [2600, 2600]


def test_a_report_without_a_number_is_shown_with_its_words_not_a_number(veto_view):
    trace, index = trace_with(veto_view.casualties, "figures", UNNUMBERED_FIGURE)
    assert trace.name == "Reported without a number"
    assert trace.marker.symbol == "asterisk-open"
    top = veto_view.casualties.layout.yaxis.range[1]
    assert trace.y[index] == pytest.approx(top * 0.8)
    assert "no number given" in trace.text[index]
    shaded = [
        shape
        for shape in veto_view.casualties.layout.shapes
        if shape.y0 == 0 and shape.x0 == ms("2016-06-01")
    ]
    assert len(shaded) == 1 and shaded[0].line.dash == "dot"


def test_the_figure_of_the_selected_event_is_ringed(veto_view):
    assert ids_on(veto_view.casualties, "related") == [KILLED_FIGURE]
    (ring,) = traces(veto_view.casualties, "related")
    assert ring.marker.color == SELECTED_COLOUR
    assert ring.y[0] == 2600


def test_qualifiers_are_told_apart_by_shape_and_line_style():
    rows = figures_frame(
        figure_row("exact", 10, "exactly", "2012-01-01", "2012-01-31"),
        figure_row("about", 20, "about", "2012-03-01", "2012-03-31"),
        figure_row("floor", 30, "at_least", "2012-05-01", "2012-05-31"),
    )
    figure = cas.casualty_figure(rows)
    styles = {}
    for trace in traces(figure, "figures"):
        (figure_id,) = [row[0] for row in trace.customdata]
        styles[figure_id] = trace.marker.symbol
    assert styles == {"exact": "circle", "about": "diamond", "floor": "arrow-bar-up"}
    dashes = {t.legendgroup: t.line.dash for t in figure.data if t.mode == "lines"}
    assert dashes == {"exact": "solid", "about": "dash", "lower": "solid"}


def test_overlapping_figures_stand_side_by_side_and_are_never_summed():
    rows = figures_frame(
        figure_row("first", 100, "exactly", "2012-01-01", "2012-06-30"),
        figure_row("second", 40, "exactly", "2012-03-01", "2012-04-30"),
        figure_row("third", 70, "exactly", "2012-01-01", "2012-06-30"),
    )
    figure = cas.casualty_figure(rows)
    heights = sorted(value for trace in traces(figure, "figures") for value in trace.y)
    assert heights == [40, 70, 100]
    every_y = {value for trace in figure.data for value in trace.y if value is not None}
    assert not every_y & {140, 170, 210}
    assert figure.layout.yaxis.range[1] == pytest.approx(100 * 1.35)


def test_markers_are_coloured_by_what_happened_to_people():
    rows = figures_frame(
        figure_row("dead", 10, "exactly", "2012-01-01", "2012-01-31"),
        figure_row(
            "held", 20, "exactly", "2012-01-01", "2012-01-31", outcome="detained"
        ),
    )
    (trace,) = traces(cas.casualty_figure(rows), "figures")
    colours = dict(zip([row[0] for row in trace.customdata], trace.marker.color))
    assert colours == {
        "dead": cas.OUTCOME_COLOURS["killed"],
        "held": cas.OUTCOME_COLOURS["detained"],
    }


def test_hovering_a_figure_shows_its_period_reporter_and_source():
    rows = figures_frame(figure_row("f", 5, "exactly", "2012-01-01", "2012-01-31"))
    (trace,) = traces(cas.casualty_figure(rows), "figures")
    assert list(trace.customdata[0]) == [
        "f",
        "",
        "label of f",
        "2012-01-01 – 2012-01-31",
        "A Group",
        "A note, paragraph 3",
    ]
    for part in range(2, 6):
        assert f"%{{customdata[{part}]}}" in trace.hovertemplate


def test_labels_near_an_edge_face_into_the_chart():
    rows = figures_frame(
        figure_row("early", 5, "exactly", "2012-01-01", "2012-01-31"),
        figure_row("late", 6, "exactly", "2016-01-01", "2016-01-31"),
    )
    (trace,) = traces(cas.casualty_figure(rows), "figures")
    positions = dict(zip([row[0] for row in trace.customdata], trace.textposition))
    assert positions == {"early": "top right", "late": "top left"}


def test_too_many_figures_show_the_largest_and_say_so():
    rows = figures_frame(
        *[
            figure_row(f"f{number}", number + 1, "exactly", "2012-01-01", "2012-01-31")
            for number in range(cas.MAX_FIGURES + 25)
        ]
    )
    figure = cas.casualty_figure(rows)
    drawn = ids_on(figure, "figures")
    assert len(drawn) == cas.MAX_FIGURES
    assert "f0" not in drawn and f"f{cas.MAX_FIGURES + 24}" in drawn
    (note,) = figure.layout.annotations
    assert str(cas.MAX_FIGURES) in note.text and "225" in note.text
    (trace,) = traces(figure, "figures")
    assert trace.text is None  # too many for labels


def test_no_figures_give_an_empty_chart_that_says_why(dataset):
    empty = casualty_rows(dataset, dataset.casualty_figures.iloc[:0])
    figure = cas.casualty_figure(empty)
    assert not any(len(trace.x) for trace in figure.data)  # nothing drawn
    assert [note.text for note in figure.layout.annotations] == [cas.NO_FIGURES]


# --- demands -----


@pytest.fixture(scope="module")
def demand_table(dataset) -> pd.DataFrame:
    return demand_rows(dataset, dataset.demands)


def test_the_tracker_has_one_row_per_theme_in_the_order_first_demanded(demand_table):
    figure = dem.demand_figure(demand_table)
    first = demand_table.groupby("theme")["made_ms"].min().sort_values(kind="stable")
    assert list(figure.layout.yaxis.ticktext) == [humanise(t) for t in first.index]
    assert list(figure.layout.yaxis.range) == [len(first) - 0.5, -0.5]
    assert "Independent investigation" in figure.layout.yaxis.ticktext


def test_each_demand_is_a_dot_at_its_date_in_its_themes_row(demand_table):
    figure = dem.demand_figure(demand_table)
    rows = {name: index for index, name in enumerate(dem.theme_order(demand_table))}
    drawn = {}
    for trace in traces(figure, "demands"):
        for x, y, data in zip(trace.x, trace.y, trace.customdata):
            drawn[data[0]] = (x, y, data[1])
    assert set(drawn) == set(demand_table["id"])
    by_id = demand_table.set_index("id")
    for demand_id, (x, y, theme) in drawn.items():
        assert x == by_id.loc[demand_id, "made_ms"]
        assert round(y) == rows[theme]


def test_demands_are_coloured_by_status(demand_table):
    figure = dem.demand_figure(demand_table)
    colours = {trace.name: trace.marker.color for trace in traces(figure, "demands")}
    assert colours["Unmet"] == STATUS_COLOURS["unmet"]
    assert colours["Outcome unknown"] == STATUS_COLOURS["unknown"]


def test_a_demand_made_twice_on_one_day_shows_twice_side_by_side(demand_table):
    figure = dem.demand_figure(demand_table)
    y = {}
    for trace in traces(figure, "demands"):
        for value, data in zip(trace.y, trace.customdata):
            y[data[0]] = value
    first, repeat = y["d2012-icc-referral"], y["d2012-icc-referral-repeat"]
    assert first != repeat
    assert abs(first - repeat) == pytest.approx(dem.STACK_STEP)
    assert round(first) == round(repeat)


def test_settled_demands_point_to_the_event_that_settled_them(demand_table):
    figure = dem.demand_figure(demand_table)
    (outcomes,) = traces(figure, "outcomes")
    ends = dict(zip([row[0] for row in outcomes.customdata], outcomes.x))
    settled = demand_table[demand_table["status_event_ms"].notna()]
    assert set(ends) == set(settled["id"])
    assert ends["d2012-icc-referral"] == ms("2014-05-22")
    assert "d2012-monitor-access" not in ends
    (lines,) = [trace for trace in figure.data if trace.name == "Until the outcome"]
    assert lines.line.dash == "dot"
    assert len(lines.x) == 3 * len(settled)


def test_the_selected_demand_and_related_ones_are_ringed(demand_table):
    figure = dem.demand_figure(
        demand_table,
        selected="d2012-arms-embargo",
        highlighted=["d2012-icc-referral", "d2012-asset-freeze"],
    )
    assert ids_on(figure, "selected") == ["d2012-arms-embargo"]
    assert sorted(ids_on(figure, "related")) == [
        "d2012-asset-freeze",
        "d2012-icc-referral",
    ]
    (selected,) = traces(figure, "selected")
    (related,) = traces(figure, "related")
    assert selected.marker.color == SELECTED_COLOUR
    assert related.marker.color == HIGHLIGHT_COLOUR
    assert selected.marker.size > related.marker.size


def test_the_related_demands_of_the_2011_veto_are_ringed_on_the_page(veto_view):
    related = set(ids_on(veto_view.demands, "related"))
    assert {"d2012-icc-referral", "d2012-arms-embargo", "d2012-asset-freeze"} <= related
    assert not traces(veto_view.demands, "selected")


def test_no_demands_give_an_empty_tracker_that_says_why(demand_table):
    figure = dem.demand_figure(demand_table.iloc[:0])
    assert not any(len(trace.x) for trace in figure.data)  # nothing drawn
    assert [note.text for note in figure.layout.annotations] == [dem.NO_DEMANDS]


# --- how the charts are built and sent -----


PAGE_VIEWS = {
    "default": ViewState(),
    "event": ViewState(event=VETO_2011),
    "demand": ViewState(demand="d2012-icc-referral"),
    "actor lanes": ViewState(lanes=LaneMode.ACTOR),
    "source lanes": ViewState(
        lanes=LaneMode.SOURCE, window=(D(2011, 9, 1), D(2012, 3, 1))
    ),
    "nothing": ViewState(text="zzzz-nothing"),
}


def page_charts(dataset, name: str, **options):
    view = render_view(dataset, PAGE_VIEWS[name], **options)
    return {
        "timeline": view.timeline,
        "casualties": view.casualties,
        "demands": view.demands,
    }


def decoded(value):
    """JSON data with plotly's base64 typed arrays turned back into lists."""
    if isinstance(value, dict):
        if set(value) >= {"dtype", "bdata"}:
            array = np.frombuffer(base64.b64decode(value["bdata"]), value["dtype"])
            if "shape" in value:
                array = array.reshape([int(n) for n in value["shape"].split(",")])
            return array.tolist()
        return {key: decoded(item) for key, item in value.items()}
    if isinstance(value, list):
        return [decoded(item) for item in value]
    return value


@pytest.mark.parametrize("name", PAGE_VIEWS)
@pytest.mark.parametrize("options", [{}, {"theme": "dark", "max_points": 5}])
def test_every_chart_the_page_draws_passes_plotlys_checks(dataset, name, options):
    for chart, figure in page_charts(dataset, name, **options).items():
        checked = go.Figure(
            data=[trace.to_plotly_json() for trace in figure.data],
            layout=figure.layout.to_plotly_json(),
        )
        assert len(checked.data) == len(figure.data), chart


@pytest.mark.parametrize("name", PAGE_VIEWS)
@pytest.mark.parametrize("options", [{}, {"theme": "dark", "max_points": 5}])
def test_charts_reach_the_browser_as_plotly_would_send_them(dataset, name, options):
    for chart, figure in page_charts(dataset, name, **options).items():
        expected = decoded(json.loads(figure.to_json()))
        alone = json.loads(to_json_plotly(figure))
        # Dash sends a figure next to components, which plotly encodes differently.
        beside = json.loads(to_json_plotly({"figure": figure, "note": html.P("x")}))
        assert alone == expected, chart
        assert beside["figure"] == expected, chart


def test_hover_texts_are_compact_str_arrays_unless_they_would_be_huge(monkeypatch):
    texts = np.array([["a", "bb"], ["ccc", "d"]], dtype=object)
    assert plain.texts(texts).dtype.kind == "U"
    mixed = np.array([["a", None]], dtype=object)
    assert plain.texts(mixed) is mixed
    monkeypatch.setattr(plain, "MAX_TEXT_BLOCK_BYTES", 8)
    assert plain.texts(texts) is texts


@pytest.mark.parametrize("sort", [True, False])
def test_groups_come_in_the_order_pandas_would_give_them(sort):
    rng = np.random.default_rng(11)
    kinds = rng.choice(["veto", "attack", "visit"], 60).astype(object)
    layers = rng.choice(["context", "campaign"], 60).astype(object)
    among = np.flatnonzero(rng.random(60) < 0.7)
    frame = pd.DataFrame({"kind": kinds[among], "layer": layers[among], "at": among})
    for keys, columns in (([kinds], ["kind"]), ([kinds, layers], ["kind", "layer"])):
        expected = [
            (key, list(group["at"]))
            for key, group in frame.groupby(
                columns if len(columns) > 1 else columns[0], sort=sort
            )
        ]
        found = [(key, list(at)) for key, at in plain.groups(keys, among, sort=sort)]
        assert found == expected
