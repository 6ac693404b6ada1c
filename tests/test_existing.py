"""A release that tells an event the dataset already holds adds a source to it."""

from __future__ import annotations

import json
import shutil

import pytest

from dashboard.cli import main
from dashboard.ingest.existing import fold_into_existing, mark_existing
from dashboard.ingest.merge import merge_document
from dashboard.ingest.pipeline import ingest_document
from dashboard.ingest.read import parse_text
from dashboard.loading import DEFAULT_DATA_DIR, load_dataset

VETO_2011 = "veto-2011-10-04"

#: Our own short text about the bundled dataset's first veto.
RELEASE = """Syria: a week after the Council deadlock

11 October 2011

On 4 October 2011 Russia and China cast vetoes against a draft resolution on \
Syria in the UN Security Council, the group recalled.
"""


@pytest.fixture(scope="module")
def dataset():
    return load_dataset()


@pytest.fixture(scope="module")
def candidates(dataset):
    document = parse_text("deadlock-2011.txt", RELEASE, ".txt")
    found = ingest_document(document, dataset, publisher="Amnesty International")
    return mark_existing(found, dataset)


def test_the_veto_told_again_is_marked_as_the_existing_event(candidates):
    (veto,) = [e for e in candidates["events"] if e["event_type"] == "veto"]
    assert veto["same_as"] == VETO_2011
    assert veto["same_as_title"]


def test_an_event_of_another_type_or_date_is_not_marked(dataset):
    text = RELEASE.replace("On 4 October 2011", "On 9 October 2011")
    document = parse_text("other-day.txt", text, ".txt")
    marked = mark_existing(ingest_document(document, dataset), dataset)
    assert all("same_as" not in event for event in marked["events"])


def test_folding_turns_the_event_into_a_source_link_and_repoints_figures():
    document = {
        "events": [
            {
                "id": "new-1",
                "same_as": "old-1",
                "sources": [{"source_id": "s", "paragraphs": [3], "locator": None}],
            },
            {"id": "new-2", "sources": []},
        ],
        "casualty_figures": [{"id": "f", "event_id": "new-1"}],
        "demands": [{"id": "d", "events": [{"event_id": "new-1"}]}],
    }
    folded = fold_into_existing(document)
    assert [e["id"] for e in folded["events"]] == ["new-2"]
    assert folded["event_sources"] == [
        {"source_id": "s", "paragraphs": [3], "locator": None, "event_id": "old-1"}
    ]
    assert folded["casualty_figures"][0]["event_id"] == "old-1"
    assert folded["demands"][0]["events"] == [{"event_id": "old-1"}]


def test_a_document_without_marks_is_left_as_it_is():
    document = {"events": [{"id": "a"}]}
    assert fold_into_existing(document) is document
    assert fold_into_existing(["not", "a", "document"]) == ["not", "a", "document"]


def test_merging_adds_a_source_to_the_existing_veto_not_a_second_veto(
    candidates, tmp_path
):
    directory = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, directory)
    before = load_dataset(directory)
    vetoes = [e for e in candidates["events"] if e["event_type"] == "veto"]
    document = {**candidates, "events": vetoes, "casualty_figures": [], "demands": []}
    result = merge_document(directory, document)
    assert result.problems == []
    after = load_dataset(directory)
    assert len(after.events) == len(before.events)
    cited = after.event_sources[after.event_sources["event_id"] == VETO_2011]
    assert "deadlock-2011" in set(cited["source_id"].astype(str))
    assert len(cited) == 1 + len(
        before.event_sources[before.event_sources["event_id"] == VETO_2011]
    )


def test_the_ingest_command_marks_events_the_dataset_holds(tmp_path):
    release = tmp_path / "deadlock-2011.txt"
    release.write_text(RELEASE, encoding="utf-8")
    out = tmp_path / "candidates.json"
    main(
        [
            "ingest",
            str(release),
            "--publisher",
            "Amnesty International",
            "--out",
            str(out),
        ]
    )
    events = json.loads(out.read_text(encoding="utf-8"))["events"]
    assert [e.get("same_as") for e in events if e["event_type"] == "veto"] == [
        VETO_2011
    ]


def test_an_existing_event_without_actors_is_compared_without_error(dataset):
    events = dataset.events
    bare = events[~events["id"].isin(dataset.event_actors["event_id"])]
    assert not bare.empty  # the bundled data holds such an event
    row = bare.iloc[0]
    start = str(row["start"])[:10]
    release = (
        "Syria: a note\n\n1 January 2025\n\n"
        f"The group recalled what happened on {start}.\n"
    )
    document = parse_text("note.txt", release, ".txt")
    found = ingest_document(document, dataset, publisher="Amnesty International")
    event = {
        "id": "note-event-1",
        "event_type": str(row["event_type"]),
        "start": start,
        "end": str(row["end"])[:10],
        "actors": [{"id": "russia", "role": "participant"}],
        "sources": [{"source_id": "note", "paragraphs": [3]}],
    }
    marked = mark_existing(dict(found, events=[event]), dataset)
    assert "same_as" not in marked["events"][0]
