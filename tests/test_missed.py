"""Rows the reviewer adds by hand from words selected in the release."""

from __future__ import annotations

import pytest
from dash import no_update

from callbacks.ingest import missed_outputs
from dashboard.ingest.missed import (
    SelectionError,
    locate,
    missed_candidate,
    paragraph_at,
)
from dashboard.ingest.review import (
    Submission,
    accepted_document,
    review_rows,
    run_submission,
)
from dashboard.loading import load_dataset

RELEASE = """Veloria: Families of the Ostrel detainees still waiting

12 March 2024

The Veloria Rights Forum said today that police in Ostrel had held the organisers \
of the bakers' strike since 2 March 2024 without charge.

By the Forum's count, nine of the organisers sit in cells at the central police \
station; their lawyers have not seen them once.

The Forum asks the Interior Ministry to let lawyers see the organisers at once.
"""


@pytest.fixture(scope="module")
def candidates():
    return run_submission(Submission(text=RELEASE), load_dataset())


def test_selected_words_are_found_whatever_the_line_breaks():
    text = "one two\nthree four"
    assert locate(text, "two three") == (4, 13)
    with pytest.raises(SelectionError, match="not in the release"):
        locate(text, "five")
    with pytest.raises(SelectionError, match="Select the words"):
        locate(text, "  ")


def test_a_position_belongs_to_the_paragraph_that_starts_before_it():
    paragraphs = [[1, 0, 10], [2, 12, 30], [3, 32, 50]]
    assert paragraph_at(paragraphs, 15) == 2
    assert paragraph_at(paragraphs, 31) == 2
    assert paragraph_at(paragraphs, 40) == 3


def test_a_missed_figure_takes_its_count_and_outcome_from_the_selected_words(
    candidates,
):
    before = len(candidates["casualty_figures"])
    updated = missed_candidate(
        candidates, "figure", "nine of the organisers sit in cells"
    )
    figure = updated["casualty_figures"][-1]
    assert len(updated["casualty_figures"]) == before + 1
    assert (figure["count"], figure["qualifier"], figure["outcome"]) == (
        9,
        "exactly",
        "detained",
    )
    assert figure["paragraph"] == 4
    assert figure["confidence"] == 1.0
    assert figure["reported_by_id"] == candidates["publisher_id"]
    assert candidates["casualty_figures"] == candidates["casualty_figures"][:before]


def test_a_missed_event_needs_a_date_and_writes_its_own_title(candidates):
    updated = missed_candidate(
        candidates,
        "event",
        "police in Ostrel had held the organisers of the bakers' strike since 2 "
        "March 2024",
    )
    event = updated["events"][-1]
    assert event["start"] == "2024-03-02"
    assert event["event_type"] == "crackdown"
    assert "Ostrel" not in event["title"] and event["title"].startswith("Crackdown")
    with pytest.raises(SelectionError, match="needs a date"):
        missed_candidate(candidates, "event", "their lawyers have not seen them once")


def test_a_missed_demand_takes_the_theme_its_words_point_to(candidates):
    updated = missed_candidate(
        candidates, "demand", "let lawyers see the organisers at once"
    )
    demand = updated["demands"][-1]
    assert demand["theme"] == "end_torture_disappearance"
    assert demand["made_by_id"] == candidates["publisher_id"]
    assert demand["made_on"] == "2024-03-12"
    with pytest.raises(SelectionError, match="No demand theme"):
        missed_candidate(candidates, "demand", "the bakers' strike")


def test_words_without_an_outcome_anywhere_around_make_no_figure(candidates):
    with pytest.raises(SelectionError, match="what happened"):
        missed_candidate(candidates, "figure", "12 March 2024")


def test_added_rows_are_listed_ticked_and_kept_with_their_new_ids(candidates):
    updated = missed_candidate(
        candidates, "figure", "nine of the organisers sit in cells"
    )
    updated = missed_candidate(updated, "figure", "nine of the organisers sit in cells")
    added = [f for f in updated["casualty_figures"] if f.get("added_by_hand")]
    assert len({f["id"] for f in added}) == 2
    rows = review_rows(updated)
    kept = accepted_document(updated, rows, {f["id"] for f in added})
    assert [f["id"] for f in kept["casualty_figures"]] == [f["id"] for f in added]


def test_the_panel_lists_and_ticks_the_added_row_and_keeps_the_edits(candidates):
    rows = [dict(r, what="Edited by the reviewer") for r in review_rows(candidates)]
    selection = {"kind": "figure", "text": "nine of the organisers sit in cells"}
    out = missed_outputs(selection, candidates, rows, rows[:1])
    assert out["rows"][: len(rows)] == rows
    new = out["rows"][len(rows) :]
    assert [r["kind"] for r in new] == ["Casualty figure"]
    assert out["selected"] == rows[:1] + new
    assert out["color"] == "info" and "casualty figure" in out["message"]
    assert out["add_disabled"] is False


def test_the_panel_explains_a_selection_that_cannot_be_added(candidates):
    out = missed_outputs({"kind": "event", "text": ""}, candidates, [], [])
    assert out["color"] == "warning" and "Select the words" in out["message"]
    assert out["rows"] is no_update
    out = missed_outputs({"kind": "event", "text": "x"}, None, [], [])
    assert out["message"] == "Read a release first."


def test_a_figure_without_an_outcome_word_takes_the_one_of_its_paragraph(
    candidates,
):
    updated = missed_candidate(candidates, "figure", "nine of the organisers")
    figure = updated["casualty_figures"][-1]
    assert (figure["count"], figure["outcome"]) == (9, "detained")


def test_words_without_a_number_make_no_figure(candidates):
    with pytest.raises(SelectionError, match="needs a number"):
        missed_candidate(candidates, "figure", "their lawyers have not seen them")
