"""Exports checked as real files: signatures, sizes, text inside, round trips."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import jsonschema
import pandas as pd
import pytest
from pypdf import PdfReader

from dashboard.cli import main
from dashboard.export.captions import build_caption, filter_description, source_line
from dashboard.export.charts import captioned, chart_html
from dashboard.export.renderer import ChromiumMissing, ImageRenderer, find_chromium
from dashboard.export.service import ExportRequestError, check_request, export_view
from dashboard.export.tables import csv_zip, neutralise
from dashboard.export.timelinejs import date_object, timeline_document
from dashboard.loading import Dataset, load_dataset
from dashboard.selection import select_rows
from dashboard.view import render_view
from dashboard.viewstate import LaneMode, ViewState
from tests.packages import minimal_tables, write_package

CAMPAIGN = "Test campaign"
NOW = dt.datetime(2026, 11, 23, 9, 30)
needs_chromium = pytest.mark.skipif(
    find_chromium() is None, reason="image export needs Chromium"
)

#: TimelineJS 3 JSON structure, written from its documentation
#: (https://timeline.knightlab.com/docs/json-format.html).
DATE = {
    "type": "object",
    "required": ["year"],
    "properties": {
        "year": {"type": "integer"},
        "month": {"type": "integer", "minimum": 1, "maximum": 12},
        "day": {"type": "integer", "minimum": 1, "maximum": 31},
        "display_date": {"type": "string"},
    },
    "additionalProperties": False,
}
TEXT = {
    "type": "object",
    "properties": {"headline": {"type": "string"}, "text": {"type": "string"}},
    "additionalProperties": False,
}
TIMELINEJS_SCHEMA = {
    "type": "object",
    "required": ["events"],
    "properties": {
        "title": {"type": "object", "properties": {"text": TEXT}},
        "events": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["start_date"],
                "properties": {
                    "start_date": DATE,
                    "end_date": DATE,
                    "text": TEXT,
                    "group": {"type": "string"},
                    "display_date": {"type": "string"},
                    "unique_id": {"type": "string"},
                    "autolink": {"type": "boolean"},
                },
                "additionalProperties": False,
            },
        },
        "eras": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["start_date", "end_date"],
                "properties": {"start_date": DATE, "end_date": DATE, "text": TEXT},
            },
        },
        "scale": {"enum": ["human", "cosmological"]},
    },
}


@pytest.fixture
def hostile_dataset(tmp_path: Path) -> Dataset:
    """The minimal package with text a spreadsheet or browser would execute."""
    tables = minimal_tables()
    tables["events"][0]["title"] = "<script>alert('x')</script> blocks a text"
    tables["events"][1]["title"] = '=HYPERLINK("http://example.org","see")'
    tables["events"][2]["summary"] = "+1 more group speaks"
    tables["demands"][1]["text"] = "@SUM(A1:A9) let observers in"
    return load_dataset(write_package(tmp_path / "hostile", tables))


@pytest.fixture(scope="module")
def renderer():
    images = ImageRenderer()
    yield images
    images.stop()


def test_filter_description_words_actor_and_whole_years(dataset: Dataset):
    state = ViewState(
        actors=("russia",), start=dt.date(2011, 1, 1), end=dt.date(2012, 12, 31)
    )
    assert filter_description(dataset, state) == "Actor: Russia · 2011–2012"


def test_filter_description_names_types_search_window_and_hidden_context(
    dataset: Dataset,
):
    state = ViewState(
        event_types=("veto", "threat"),
        text="arms",
        include_context=False,
        window=(dt.date(2011, 10, 1), dt.date(2012, 2, 29)),
    )
    words = filter_description(dataset, state)
    assert "Types: Veto, Threat" in words
    assert "Zoomed to 1 Oct 2011 – 29 Feb 2012" in words
    assert "Search: “arms”" in words
    assert "Context layer hidden" in words
    assert filter_description(dataset, ViewState()) == "All events"


def test_source_line_lists_campaign_documents_before_the_veto_list(dataset: Dataset):
    line = source_line(dataset, select_rows(dataset, ViewState()))
    assert line.startswith("Sources: Amnesty International, 2 Feb 2012; ")
    assert line.index("2 Feb 2012") < line.index("veto list")
    hidden = ViewState(event_types=("arms_transfer",))
    assert "veto list" not in source_line(dataset, select_rows(dataset, hidden))


@pytest.mark.parametrize("prefix", ["=", "+", "-", "@", "\t", "\r"])
def test_cells_starting_like_a_formula_are_neutralised(prefix: str):
    assert neutralise(f"{prefix}cmd") == f"'{prefix}cmd"


def test_ordinary_cells_and_numbers_are_left_alone():
    assert neutralise("Russia vetoes") == "Russia vetoes"
    assert neutralise(-5) == -5
    assert neutralise(None) is None


def test_csv_zip_round_trips_through_pandas_with_injection_neutralised(
    hostile_dataset: Dataset,
):
    selection = select_rows(hostile_dataset, ViewState())
    caption = build_caption(hostile_dataset, ViewState(), selection, CAMPAIGN, NOW)
    archive = zipfile.ZipFile(io.BytesIO(csv_zip(hostile_dataset, selection, caption)))
    assert set(archive.namelist()) == {
        "README.txt",
        "events.csv",
        "casualty_figures.csv",
        "demands.csv",
        "sources.csv",
        "actors.csv",
    }
    events = pd.read_csv(io.BytesIO(archive.read("events.csv")), encoding="utf-8-sig")
    assert list(events["id"]) == list(hostile_dataset.events["id"])
    titles = dict(zip(events["id"], events["title"]))
    assert titles["strikes-1"] == '\'=HYPERLINK("http://example.org","see")'
    summaries = dict(zip(events["id"], events["summary"]))
    assert summaries["note-issued"] == "'+1 more group speaks"
    demands = pd.read_csv(io.BytesIO(archive.read("demands.csv")), encoding="utf-8-sig")
    assert demands.set_index("id").loc["dem-2", "text"].startswith("'@SUM")
    vote = events.set_index("id").loc["vote-1"]
    assert vote["actors"] == "State A (vetoing_state); The Council (forum)"
    assert vote["sources"] == "note-1 para. 2; ref-list (X/1)"
    figures = pd.read_csv(io.BytesIO(archive.read("casualty_figures.csv")))
    assert figures["count"].tolist() == [120]


def test_json_export_is_the_foundation_document_of_the_shown_rows(dataset: Dataset):
    state = ViewState(actors=("arab-league",))
    made = export_view(dataset, state, "data", "json", CAMPAIGN, now=NOW)
    document = json.loads(made.content)
    assert set(document) == {
        "sources",
        "actors",
        "events",
        "casualty_figures",
        "demands",
    }
    expected = set(select_rows(dataset, state).in_window["id"])
    assert {event["id"] for event in document["events"]} == expected
    assert all("name" in actor for e in document["events"] for actor in e["actors"])
    assert made.filename == "data-2026-11-23-0930.json"


def test_timelinejs_document_validates_and_keeps_precision(dataset: Dataset):
    state = ViewState(lanes=LaneMode.TYPE)
    selection = select_rows(dataset, state)
    caption = build_caption(dataset, state, selection, CAMPAIGN, NOW)
    document = timeline_document(dataset, state, selection, caption)
    jsonschema.validate(document, TIMELINEJS_SCHEMA)
    slides = {slide["unique_id"]: slide for slide in document["events"]}
    assert len(slides) == len(dataset.events)
    assert slides["veto-2011-10-04"]["start_date"] == {
        "year": 2011,
        "month": 10,
        "day": 4,
    }
    assert slides["veto-2011-10-04"]["group"] == "Veto"
    assert "end_date" not in slides["veto-2011-10-04"]
    assert "para. 11" in slides["veto-2011-10-04"]["text"]["text"]
    era_titles = {era["text"]["headline"] for era in document["eras"]}
    periods = dataset.events[dataset.events["is_period"]]
    assert era_titles == set(periods["title"])
    assert document["title"]["text"]["headline"] == CAMPAIGN


def test_timelinejs_dates_carry_only_the_parts_their_precision_vouches_for():
    day = pd.Timestamp("2011-12-15")
    assert date_object(day, "day") == {"year": 2011, "month": 12, "day": 15}
    assert date_object(day, "month") == {"year": 2011, "month": 12}
    assert date_object(day, "year") == {"year": 2011}
    assert date_object(day, "approximate") == {"year": 2011, "month": 12}


def test_timelinejs_escapes_markup_and_groups_by_actor(hostile_dataset: Dataset):
    state = ViewState(lanes=LaneMode.ACTOR)
    selection = select_rows(hostile_dataset, state)
    caption = build_caption(hostile_dataset, state, selection, CAMPAIGN, NOW)
    document = timeline_document(hostile_dataset, state, selection, caption)
    slides = {slide["unique_id"]: slide for slide in document["events"]}
    assert "<script>" not in json.dumps(document)
    assert slides["vote-1"]["text"]["headline"].startswith("&lt;script&gt;")
    assert slides["vote-1"]["group"] == "State A"
    assert slides["strikes-1"]["start_date"] == {"year": 2020, "month": 2}


def test_captioned_chart_carries_title_filters_and_footer(dataset: Dataset):
    state = ViewState(actors=("russia",))
    selection = select_rows(dataset, state)
    caption = build_caption(dataset, state, selection, "A <b>bold</b> title", NOW)
    figure = captioned(render_view(dataset, state).timeline, caption)
    assert figure.layout.title.text == "<b>A &lt;b&gt;bold&lt;/b&gt; title</b>"
    assert figure.layout.title.subtitle.text == "Actor: Russia"
    footer = figure.layout.annotations[-1].text
    assert "Amnesty International, 2 Feb 2012" in footer
    assert "Generated 23 Nov 2026, 09:30" in footer
    assert figure.layout.xaxis.rangeslider.visible is False


def test_chart_html_inlines_plotly_and_needs_no_network(dataset: Dataset):
    made = export_view(dataset, ViewState(), "casualties", "html", CAMPAIGN, now=NOW)
    page = made.content.decode()
    assert page.startswith("<html>") or page.lstrip().lower().startswith("<!doctype")
    assert "<title>Test campaign: casualty figures</title>" in page
    assert "Plotly" in page and len(made.content) > 1_000_000
    # plotly.js is inlined: no <script src=...>, no stylesheet links to fetch
    assert "<script src=" not in page and "<link" not in page


def test_chart_html_escapes_a_script_title(dataset: Dataset):
    figure = render_view(dataset, ViewState()).demands
    page = chart_html(figure, "<script>alert(1)</script>").decode()
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>" in page


def test_unknown_target_and_wrong_format_are_refused_with_the_choices():
    with pytest.raises(ExportRequestError, match="choose timeline, casualties"):
        check_request("poster", "png")
    with pytest.raises(ExportRequestError, match="data can be exported as csv"):
        check_request("data", "png")
    assert check_request("briefing", "pdf") == ("briefing", "pdf")


def test_image_export_without_chromium_says_what_to_install(
    dataset: Dataset, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    with pytest.raises(ChromiumMissing, match="apt-get install chromium"):
        export_view(
            dataset, ViewState(), "timeline", "png", CAMPAIGN, renderer=ImageRenderer()
        )
    made = export_view(dataset, ViewState(), "data", "csv", CAMPAIGN)
    assert made.content.startswith(b"PK")


@needs_chromium
def test_png_export_is_a_png_at_twice_the_chart_size(dataset: Dataset, renderer):
    made = export_view(
        dataset, ViewState(), "timeline", "png", CAMPAIGN, renderer=renderer
    )
    assert made.content.startswith(b"\x89PNG\r\n\x1a\n")
    width = int.from_bytes(made.content[16:20], "big")
    assert width == 2 * 1400
    assert len(made.content) > 50_000


@needs_chromium
def test_svg_export_holds_the_title_and_the_filter_line(dataset: Dataset, renderer):
    state = ViewState(actors=("russia",), start=dt.date(2011, 1, 1))
    made = export_view(dataset, state, "demands", "svg", CAMPAIGN, renderer=renderer)
    svg = made.content.decode()
    assert svg.startswith("<svg")
    assert "Test campaign: demands and what came of them" in svg
    assert "Actor: Russia · from 1 Jan 2011" in svg


@needs_chromium
def test_svg_export_keeps_a_script_title_as_text(hostile_dataset: Dataset, renderer):
    made = export_view(
        hostile_dataset,
        ViewState(event="vote-1"),
        "timeline",
        "svg",
        CAMPAIGN,
        renderer=renderer,
    )
    assert b"<script" not in made.content


@needs_chromium
def test_pdf_chart_export_is_a_one_page_pdf(dataset: Dataset, renderer):
    made = export_view(
        dataset, ViewState(), "casualties", "pdf", CAMPAIGN, renderer=renderer
    )
    assert made.content.startswith(b"%PDF-")
    assert len(PdfReader(io.BytesIO(made.content)).pages) == 1


@needs_chromium
def test_briefing_is_at_most_two_pages_with_charts_events_and_demands(
    dataset: Dataset, renderer
):
    state = ViewState(window=(dt.date(2011, 9, 1), dt.date(2012, 3, 1)))
    made = export_view(dataset, state, "briefing", "pdf", CAMPAIGN, renderer=renderer)
    reader = PdfReader(io.BytesIO(made.content))
    assert 1 <= len(reader.pages) <= 2
    text = " ".join(page.extract_text() for page in reader.pages)
    text = " ".join(text.split())
    assert "Test campaign: briefing" in text
    assert "Zoomed to 1 Sep 2011 – 1 Mar 2012" in text
    assert "Russia and China veto the first Security Council draft on Syria" in text
    assert "more than 2,600 people killed" in text
    assert "ICC referral" in text and "Unmet" in text
    assert len(reader.pages[0].images) == 3


@needs_chromium
def test_briefing_of_the_whole_campaign_cuts_rows_to_stay_on_two_pages(
    dataset: Dataset, renderer
):
    made = export_view(
        dataset, ViewState(), "briefing", "pdf", CAMPAIGN, renderer=renderer
    )
    reader = PdfReader(io.BytesIO(made.content))
    assert len(reader.pages) == 2
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "more events in the data download" in text


def test_cli_exports_filtered_data_and_refuses_nonsense(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    out = tmp_path / "russia.json"
    code = main(
        [
            "export",
            "--what",
            "data",
            "--format",
            "json",
            "--actor",
            "Russian Federation",
        ]
        + ["--from", "2011-01-01", "--to", "2012-12-31", "--out", str(out)]
    )
    assert code == 0
    events = json.loads(out.read_bytes())["events"]
    assert events and all(e["start"] <= "2012-12-31" for e in events)
    assert all(any(a["id"].startswith("russia") for a in e["actors"]) for e in events)
    assert (
        main(
            ["export", "--what", "data", "--format", "csv", "--actor", "nobody"]
            + ["--out", str(tmp_path / "x.zip")]
        )
        == 2
    )
    assert "no such actor" in capsys.readouterr().err
    assert not (tmp_path / "x.zip").exists()
    assert (
        main(["export", "--what", "timeline", "--format", "csv", "--out", str(out)])
        == 2
    )
