"""The 'Add document' page's core: reading a submission, highlighting, review
rows, the accepted document, messages, and the live dataset that reloads."""

from __future__ import annotations

import base64
import csv
import shutil

import pytest

from callbacks.ingest import analysis_outputs
from dashboard.ingest.read import MAX_BYTES, DocumentError
from dashboard.ingest.review import (
    Submission,
    accepted_document,
    analysis_message,
    highlight_segments,
    merged_message,
    preselected,
    read_submission,
    retitled,
    review_rows,
    run_submission,
)
from dashboard.live import LiveDataset, directory_signature
from dashboard.loading import DEFAULT_DATA_DIR, load_dataset

RELEASE = """Yemen: Strike on a market must be investigated

14 May 2021

At least 17 people were killed yesterday when an air strike hit a market in \
Saada, the rights group Amnesty International said today.

The UN Security Council must refer the situation to the International Criminal \
Court, impose an arms embargo and freeze the assets of those responsible.
"""

UNDATED = """Yemen: Families still waiting

Relatives of detainees said last week that they had no news for months.
"""


def data_url(text: str | bytes, mime: str = "text/plain") -> str:
    raw = text.encode() if isinstance(text, str) else text
    return f"data:{mime};base64,{base64.b64encode(raw).decode()}"


@pytest.fixture(scope="module")
def dataset():
    return load_dataset()


@pytest.fixture(scope="module")
def candidates(dataset):
    return run_submission(Submission(text=RELEASE), dataset)


def test_pasted_text_is_read_as_a_document_named_after_its_title():
    document = read_submission(Submission(text=RELEASE))
    assert document.paragraphs[0].text.startswith("Yemen: Strike on a market")
    assert document.name.startswith("yemen-strike-on-a-market")


def test_an_uploaded_file_is_decoded_from_its_data_url():
    document = read_submission(
        Submission(upload=data_url(RELEASE), filename="strike.txt")
    )
    assert document.name == "strike.txt"
    assert "Saada" in document.text


def test_an_upload_in_latin_1_is_decoded():
    upload = data_url("Déclaration\n\nLe 3 mai 2020, à Genève.".encode("cp1252"))
    document = read_submission(Submission(upload=upload, filename="fr.txt"))
    assert "Déclaration" in document.text


@pytest.mark.parametrize(
    ("submission", "says"),
    [
        (Submission(), "upload a file or paste a release first"),
        (Submission(text="   \n "), "upload a file or paste a release first"),
        (Submission(upload=data_url("x"), filename="a.pdf"), "unsupported file type"),
        (Submission(upload="data:text/plain;base64,@@@", filename="a.txt"), "damaged"),
        (
            Submission(upload=data_url(b"\x00\x01\x02" * 100), filename="a.txt"),
            "a.txt",
        ),
        (Submission(upload=data_url(b""), filename="empty.txt"), "empty.txt"),
    ],
)
def test_bad_submissions_raise_a_clear_error_naming_the_document(submission, says):
    with pytest.raises(DocumentError, match=says):
        read_submission(submission)


def test_a_huge_upload_is_refused_before_it_is_parsed():
    upload = data_url(b"a" * (MAX_BYTES + 1))
    with pytest.raises(DocumentError, match="over"):
        read_submission(Submission(upload=upload, filename="big.txt"))


def test_a_publication_date_that_is_not_a_date_is_refused(dataset):
    with pytest.raises(DocumentError, match="not a date"):
        run_submission(Submission(text=RELEASE, published="14/05/2021"), dataset)


def test_candidates_keep_the_cleaned_text_for_display(candidates):
    assert candidates["text"].startswith("Yemen: Strike")
    assert candidates["sources"][0]["published"] == "2021-05-14"


def test_highlight_segments_cover_the_whole_text_in_order(candidates):
    segments = highlight_segments(candidates)
    assert "".join(text for text, _ in segments) == candidates["text"]
    marked = {text: kind for text, kind in segments if kind}
    assert marked["14 May 2021"] == "date"
    assert any(kind == "figure" and "17" in text for text, kind in segments)
    assert any(kind == "demand" for _, kind in segments)


def test_review_rows_list_every_candidate_once(candidates):
    rows = review_rows(candidates)
    expected = (
        len(candidates["events"])
        + len(candidates["casualty_figures"])
        + len(candidates["demands"])
    )
    assert len(rows) == expected == len({row["id"] for row in rows})
    themes = {row["detail"] for row in rows if row["kind"] == "Demand"}
    assert {"ICC referral", "Arms embargo", "Asset freeze"} <= themes


def test_only_confident_rows_start_ticked():
    rows = [{"id": "a", "confidence": 0.9}, {"id": "b", "confidence": 0.4}]
    assert preselected(rows) == [{"id": "a", "confidence": 0.9}]


def test_the_accepted_document_keeps_only_ticked_rows_with_their_edits(candidates):
    rows = review_rows(candidates)
    demand = next(r for r in rows if r["kind"] == "Demand")
    figure = next(r for r in rows if r["kind"] == "Casualty figure")
    wording = "Refer Yemen to the ICC"
    edited = [dict(r, what=wording) if r is demand else r for r in rows]
    kept = accepted_document(candidates, edited, {demand["id"], figure["id"]})
    assert [d["id"] for d in kept["demands"]] == [demand["id"]]
    assert kept["demands"][0]["text"] == wording
    assert kept["events"] == []
    # the figure's event was not kept, so the figure no longer points at it
    assert kept["casualty_figures"][0]["event_id"] is None
    assert kept["sources"] == candidates["sources"]


def test_each_row_offers_the_types_of_its_own_kind(candidates):
    rows = {row["kind"]: row for row in review_rows(candidates)}
    assert "Crackdown" in rows["Event"]["choices"]
    assert rows["Event"]["detail"] in rows["Event"]["choices"]
    assert "injured" in rows["Casualty figure"]["choices"]
    assert rows["Casualty figure"]["detail"] == "killed"
    assert "ICC referral" in rows["Demand"]["choices"]


def test_a_changed_type_outcome_or_theme_is_applied_with_the_tools_wording(
    candidates,
):
    rows = review_rows(candidates)
    event = next(r for r in rows if r["kind"] == "Event")
    figure = next(r for r in rows if r["kind"] == "Casualty figure")
    demand = next(r for r in rows if r["detail"] == "Asset freeze")
    changes = {
        event["id"]: "Crackdown",
        figure["id"]: "injured",
        demand["id"]: "Accountability",
    }
    edited = [dict(r, detail=changes.get(r["id"], r["detail"])) for r in rows]
    kept = accepted_document(candidates, edited, set(changes))
    original = next(e for e in candidates["events"] if e["id"] == event["id"])
    assert kept["events"][0]["event_type"] == "crackdown"
    assert kept["events"][0]["title"] == original["title"].replace(
        "Attack", "Crackdown", 1
    )
    assert kept["events"][0]["summary"].startswith("Crackdown")
    assert kept["casualty_figures"][0]["outcome"] == "injured"
    assert kept["casualty_figures"][0]["summary"] == "At least 17 people injured"
    assert kept["demands"][0]["theme"] == "accountability"


def test_a_reviewers_own_wording_wins_over_the_relabelled_one(candidates):
    rows = review_rows(candidates)
    event = next(r for r in rows if r["kind"] == "Event")
    figure = next(r for r in rows if r["kind"] == "Casualty figure")
    edited = [
        dict(r, detail="Crackdown", what="Air strike on Saada market")
        if r is event
        else dict(r, what="17 killed in the market")
        if r is figure
        else r
        for r in rows
    ]
    kept = accepted_document(candidates, edited, {event["id"], figure["id"]})
    assert kept["events"][0]["title"] == "Air strike on Saada market"
    assert kept["casualty_figures"][0]["summary"] == "17 killed in the market"


def test_a_type_that_is_not_on_the_list_is_ignored(candidates):
    rows = review_rows(candidates)
    event = next(r for r in rows if r["kind"] == "Event")
    edited = [dict(r, detail="Coup") if r is event else r for r in rows]
    kept = accepted_document(candidates, edited, {event["id"]})
    original = next(e for e in candidates["events"] if e["id"] == event["id"])
    assert kept["events"][0]["event_type"] == original["event_type"]


@pytest.mark.parametrize(
    ("title", "old", "new", "expected"),
    [
        ("Visit to Moscow", "visit", "statement", "Statement in Moscow"),
        ("Attack in El Fasher", "attack", "crackdown", "Crackdown in El Fasher"),
        ("Statement by Russia", "statement", "visit", "Visit by Russia"),
        ("Report involving UN", "report", "finding", "Finding involving UN"),
        ("Attack (no actor named)", "attack", "threat", "Threat (no actor named)"),
        ("Shelling of the camp", "attack", "crackdown", "Shelling of the camp"),
    ],
)
def test_a_title_the_tool_wrote_is_written_again_for_a_new_type(
    title: str, old: str, new: str, expected: str
):
    assert retitled(title, old, new) == expected


def test_an_event_matched_to_the_timeline_is_news_once_its_type_changes(
    candidates,
):
    rows = review_rows(candidates)
    event = next(r for r in rows if r["kind"] == "Event")
    marked = dict(
        candidates,
        events=[
            dict(e, same_as="veto-2011-10-04", same_as_title="A veto")
            for e in candidates["events"]
        ],
    )
    kept = accepted_document(marked, rows, {event["id"]})
    assert kept["events"][0]["same_as"] == "veto-2011-10-04"
    changed = [dict(r, detail="Statement") if r is event else r for r in rows]
    kept = accepted_document(marked, changed, {event["id"]})
    assert "same_as" not in kept["events"][0]


def test_a_demand_wording_emptied_by_the_reviewer_keeps_the_tools(candidates):
    rows = review_rows(candidates)
    demand = next(r for r in rows if r["kind"] == "Demand")
    blanked = [dict(r, what="  ") if r is demand else r for r in rows]
    kept = accepted_document(candidates, blanked, {demand["id"]})
    original = next(d for d in candidates["demands"] if d["id"] == demand["id"])
    assert kept["demands"][0]["text"] == original["text"]


def test_a_count_typed_by_the_reviewer_is_kept_with_the_summary_following(
    candidates,
):
    rows = review_rows(candidates)
    figure = next(r for r in rows if r["kind"] == "Casualty figure")
    assert figure["count"] == 17
    recounted = [dict(r, count=19) if r is figure else r for r in rows]
    kept = accepted_document(candidates, recounted, {figure["id"]})
    assert kept["casualty_figures"][0]["count"] == 19
    assert kept["casualty_figures"][0]["summary"] == "At least 19 people killed"
    blank = [dict(r, count=None) if r is figure else r for r in rows]
    kept = accepted_document(candidates, blank, {figure["id"]})
    assert kept["casualty_figures"][0]["count"] is None
    assert kept["casualty_figures"][0]["qualifier"] == "unspecified"
    negative = [dict(r, count=-3) if r is figure else r for r in rows]
    kept = accepted_document(candidates, negative, {figure["id"]})
    assert kept["casualty_figures"][0]["count"] == 17


def test_the_message_names_what_was_found(candidates):
    message, colour = analysis_message(candidates)
    assert colour == "info"
    assert "casualty figure" in message and "demands" in message
    assert "Yemen: Strike on a market" in message


def test_an_undated_release_warns_that_relative_dates_stay_unresolved(dataset):
    undated = run_submission(Submission(text=UNDATED), dataset)
    message, colour = analysis_message(undated)
    assert colour == "warning"
    assert "No publication date" in message


def test_merged_message_counts_rows_in_words():
    added = {"events": 1, "casualty_figures": 2, "demands": 3, "actors": 0}
    assert merged_message(added, {}) == (
        "Added 1 event, 2 casualty figures, 3 demands. They are on the timeline now."
    )
    assert merged_message({}, {"events": 2}) == (
        "Nothing new to add: 2 rows already there."
    )


def test_analysis_outputs_fill_the_panel(dataset):
    out = analysis_outputs(Submission(text=RELEASE), dataset)
    assert out["color"] == "info" and out["shown"]
    assert out["rows"] and out["add_disabled"] is False
    assert {r["id"] for r in out["selected"]} <= {r["id"] for r in out["rows"]}
    assert out["candidates"]["text"].startswith("Yemen")


def test_analysis_outputs_show_a_bad_file_as_a_message_not_an_error(dataset):
    bad = Submission(upload=data_url(b"\x00" * 64), filename="scan.txt")
    out = analysis_outputs(bad, dataset)
    assert out["color"] == "danger" and "scan.txt" in out["message"]
    assert out["rows"] == [] and out["add_disabled"] is True
    assert out["candidates"] is None


def test_the_live_dataset_reloads_when_its_files_change(tmp_path):
    directory = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, directory)
    live = LiveDataset(directory)
    first = live.dataset
    assert live.dataset is first and live.version == 1
    events = directory / "events.csv"
    with events.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    rows[0]["title"] = "A title changed on disk"
    with events.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    assert live.dataset is not first
    assert "A title changed on disk" in set(live.dataset.events["title"])
    assert live.version == 2


def test_the_live_dataset_keeps_the_last_good_version_when_files_break(tmp_path):
    directory = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, directory)
    live = LiveDataset(directory)
    first = live.dataset
    (directory / "events.csv").write_text("id,start\nbroken,not-a-date\n")
    assert live.dataset is first
    assert live.last_error is not None
    assert "events.csv" in live.last_error.report()


def test_an_in_memory_dataset_never_reloads(dataset):
    live = LiveDataset(None, dataset)
    assert live.dataset is dataset
    assert directory_signature(None) == ()


def test_the_columns_a_click_edits_are_the_editable_ones():
    from layouts.ingest import EDITABLE_COLUMNS, REVIEW_COLUMNS

    editable = [c["field"] for c in REVIEW_COLUMNS if c.get("editable")]
    assert editable == EDITABLE_COLUMNS


def test_each_row_says_who_acts_gives_or_asks(candidates):
    rows = review_rows(candidates)
    figure = next(r for r in rows if r["kind"] == "Casualty figure")
    assert figure["who"] == "reported by Amnesty International"
    demands = [r["who"] for r in rows if r["kind"] == "Demand"]
    assert "Amnesty International → UN Security Council" in demands


def test_a_count_no_figure_can_hold_is_refused(candidates):
    rows = review_rows(candidates)
    figure = next(r for r in rows if r["kind"] == "Casualty figure")
    huge = [dict(r, count=10**20) if r is figure else r for r in rows]
    kept = accepted_document(candidates, huge, {figure["id"]})
    assert kept["casualty_figures"][0]["count"] == 17


def test_a_count_taken_away_or_given_rewrites_the_summary(candidates):
    rows = review_rows(candidates)
    figure = next(r for r in rows if r["kind"] == "Casualty figure")
    blank = [dict(r, count=None) if r is figure else r for r in rows]
    kept = accepted_document(candidates, blank, {figure["id"]})
    assert "17" not in kept["casualty_figures"][0]["summary"]
    assert kept["casualty_figures"][0]["summary"].endswith("(no number given)")
    vague = dict(
        candidates,
        casualty_figures=[
            dict(f, count=None, qualifier="unspecified", summary="people killed")
            for f in candidates["casualty_figures"]
        ],
    )
    rows = review_rows(vague)
    counted = [dict(r, count=12) if r["id"] == figure["id"] else r for r in rows]
    kept = accepted_document(vague, counted, {figure["id"]})
    assert kept["casualty_figures"][0]["summary"] == "12 people killed"


def test_every_benchmark_release_reads_on_the_page_without_error(dataset):
    from pathlib import Path

    from dashboard.ingest.read import SUFFIXES

    releases = [
        path
        for path in sorted(
            (Path(__file__).resolve().parents[1] / "benchmarks").glob("ingest_*/*")
        )
        if path.suffix in SUFFIXES and path.name != "README.md"
    ]
    assert len(releases) > 150
    for path in releases:
        upload = data_url(path.read_bytes())
        candidates = run_submission(
            Submission(upload=upload, filename=path.name), dataset
        )
        assert review_rows(candidates) is not None, path
