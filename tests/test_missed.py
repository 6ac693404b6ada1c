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

RELEASE = """Veloria: Organisers of the bakers' strike held without charge

12 March 2024

The Veloria Rights Forum said today that at least 30 bakers were detained on \
3 March 2024 in Ostrel.

On 2 March 2024 the strike committee walked to the governor's office to hand in \
a petition and did not come home.

On Monday police arrested the strike committee, and later 14 organisers who came \
to ask about them.

It is time the Interior Ministry let lawyers see the organisers.
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
        candidates, "figure", "arrested the strike committee, and later 14 organisers"
    )
    figure = updated["casualty_figures"][-1]
    assert len(updated["casualty_figures"]) == before + 1
    assert (figure["count"], figure["qualifier"], figure["outcome"]) == (
        14,
        "exactly",
        "detained",
    )
    assert figure["paragraph"] == 5
    assert figure["confidence"] == 1.0
    assert figure["reported_by_id"] == candidates["publisher_id"]
    assert len(candidates["casualty_figures"]) == before


def test_a_missed_event_takes_the_date_in_the_words_and_writes_its_own_title(
    candidates,
):
    without_events = dict(candidates, events=[])
    updated = missed_candidate(
        without_events,
        "event",
        "On 2 March 2024 the strike committee walked to the governor's office",
    )
    event = updated["events"][-1]
    assert (event["start"], event["end"]) == ("2024-03-02", "2024-03-02")
    assert "governor" not in event["title"] and "2 Mar 2024" in event["title"]
    assert event["is_period"] is False
    with pytest.raises(SelectionError, match="needs a date"):
        missed_candidate(without_events, "event", "did not come home")


def test_an_act_since_a_day_added_by_hand_lasts_until_the_release():
    release = RELEASE.replace(
        "On 2 March 2024 the strike committee walked",
        "Since 2 March 2024 the strike committee has been held",
    )
    candidates = run_submission(Submission(text=release), load_dataset())
    updated = missed_candidate(
        dict(candidates, events=[]),
        "event",
        "Since 2 March 2024 the strike committee has been held",
    )
    event = updated["events"][-1]
    assert (event["start"], event["end"], event["is_period"]) == (
        "2024-03-02",
        "2024-03-12",
        True,
    )


def test_a_missed_demand_takes_the_theme_its_words_point_to(candidates):
    updated = missed_candidate(candidates, "demand", "let lawyers see the organisers")
    demand = updated["demands"][-1]
    assert demand["theme"] == "end_torture_disappearance"
    assert demand["made_by_id"] == candidates["publisher_id"]
    assert demand["made_on"] == "2024-03-12"
    assert demand["addressed_to_id"] == "interior-ministry"
    with pytest.raises(SelectionError, match="No demand theme"):
        missed_candidate(candidates, "demand", "the bakers' strike")


def test_what_is_already_in_the_list_is_not_added_again(candidates):
    with pytest.raises(SelectionError, match="Already in the list"):
        missed_candidate(candidates, "figure", "at least 30 bakers were detained")
    words = "arrested the strike committee, and later 14 organisers"
    updated = missed_candidate(candidates, "figure", words)
    with pytest.raises(SelectionError, match="Already in the list"):
        missed_candidate(updated, "figure", words)


def test_the_same_words_get_the_same_id_on_a_later_reading(candidates):
    words = "arrested the strike committee, and later 14 organisers"
    first = missed_candidate(candidates, "figure", words)["casualty_figures"][-1]
    again = missed_candidate(candidates, "figure", words)["casualty_figures"][-1]
    assert first["id"] == again["id"]


def test_the_copy_of_the_words_nearest_the_selection_is_taken():
    text = "Police detained 12 people in Ostrel. Police detained 12 people in Brisk."
    assert locate(text, "Police detained 12 people") == (0, 25)
    assert locate(text, "Police detained 12 people", near=40) == (37, 62)


def test_a_number_inside_a_date_is_not_a_count(candidates):
    with pytest.raises(SelectionError, match="needs a number"):
        missed_candidate(
            candidates, "figure", "On 2 March 2024 the strike committee walked"
        )


def test_rows_by_hand_need_a_publisher_and_demands_a_date(candidates):
    anonymous = dict(candidates, publisher_id=None)
    with pytest.raises(SelectionError, match="No publisher"):
        missed_candidate(anonymous, "figure", "later 14 organisers")
    undated = dict(candidates, sources=[dict(candidates["sources"][0], published=None)])
    with pytest.raises(SelectionError, match="day it was made"):
        missed_candidate(undated, "demand", "let lawyers see the organisers")


def test_added_rows_are_listed_and_kept_when_ticked(candidates):
    words = "arrested the strike committee, and later 14 organisers"
    updated = missed_candidate(candidates, "figure", words)
    added = [f for f in updated["casualty_figures"] if f.get("added_by_hand")]
    rows = review_rows(updated)
    kept = accepted_document(updated, rows, {f["id"] for f in added})
    assert [f["id"] for f in kept["casualty_figures"]] == [f["id"] for f in added]


def test_the_panel_lists_and_ticks_the_added_row_and_keeps_the_edits(candidates):
    rows = [dict(r, what="Edited by the reviewer") for r in review_rows(candidates)]
    selection = {
        "kind": "figure",
        "text": "arrested the strike committee, and later 14 organisers",
    }
    out = missed_outputs(selection, candidates, rows, rows[:1], load_dataset())
    assert out["rows"][: len(rows)] == rows
    new = out["rows"][len(rows) :]
    assert [r["kind"] for r in new] == ["Casualty figure"]
    assert out["selected"] == rows[:1] + new
    assert out["color"] == "info" and "casualty figure" in out["message"]
    assert out["add_disabled"] is False


def test_the_panel_explains_a_selection_that_cannot_be_added(candidates):
    out = missed_outputs(
        {"kind": "event", "text": ""}, candidates, [], [], load_dataset()
    )
    assert out["color"] == "warning" and "Select the words" in out["message"]
    assert out["rows"] is no_update
    out = missed_outputs({"kind": "event", "text": "x"}, None, [], [], load_dataset())
    assert out["message"] == "Read a release first."


def test_an_event_added_by_hand_that_the_timeline_holds_says_so():
    release = """Syria: The double veto, five years on

4 October 2016

Five years ago, on 4 October 2011, Russia and China vetoed a draft resolution \
on Syria at the Security Council.
"""
    dataset = load_dataset()
    candidates = run_submission(Submission(text=release), dataset)
    candidates = dict(candidates, events=[])
    selection = {
        "kind": "event",
        "text": "on 4 October 2011, Russia and China vetoed a draft resolution",
    }
    out = missed_outputs(selection, candidates, [], [], dataset)
    assert out["rows"][0]["note"].startswith("Already on the timeline")


def test_an_event_added_by_hand_is_not_matched_to_another_days_event():
    release = """Syria: Five years on

4 October 2016

On 3 October 2011, Russia and China vetoed a draft resolution on Syria at \\
the Security Council, the network says.
"""
    dataset = load_dataset()
    candidates = dict(run_submission(Submission(text=release), dataset), events=[])
    selection = {"kind": "event", "text": "On 3 October 2011, Russia and China vetoed"}
    out = missed_outputs(selection, candidates, [], [], dataset)
    assert out["rows"][0]["note"] == ""


def test_a_short_name_inside_a_word_is_no_addressee(candidates):
    # "ter" stands inside "Interior", after where the Interior Ministry is named
    short = {"id": "ter", "name": "TER", "mentions": ["ter"]}
    with_short = dict(
        candidates, mentioned_actors=[*candidates["mentioned_actors"], short]
    )
    updated = missed_candidate(with_short, "demand", "let lawyers see the organisers")
    assert updated["demands"][-1]["addressed_to_id"] == "interior-ministry"


def test_an_event_added_by_hand_takes_the_actors_its_words_name():
    release = """Syria: The double veto, five years on

4 October 2016

Five years ago, on 4 October 2011, Russia and China vetoed a draft resolution \\
on Syria at the Security Council.
"""
    candidates = run_submission(Submission(text=release), load_dataset())
    updated = missed_candidate(
        dict(candidates, events=[]),
        "event",
        "on 4 October 2011, Russia and China vetoed a draft resolution",
    )
    event = updated["events"][-1]
    assert [a["id"] for a in event["actors"]] == ["russia", "china"]
    assert event["title"] == "Veto by Russia and China"
