"""The ingester on short releases written for these tests."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from dashboard.cli import main
from dashboard.ingest.actors import ActorMatcher, propose_bodies, propose_people
from dashboard.ingest.dates import find_dates
from dashboard.ingest.duplicates import merge_candidates
from dashboard.ingest.extract import split_asks, theme_of, words_to_number
from dashboard.ingest.pipeline import ingest_document
from dashboard.ingest.read import DocumentError, parse_text, read_document
from dashboard.loading import Dataset

PUBLISHED = dt.date(2021, 3, 3)  # a Wednesday

RELEASE = """Home > News > Press releases

Veloria: the council must act now

3 March 2021

Share on Facebook
Tweet

The Republic of Veloria's army shelled the market town of Ostrel yesterday,
killing at least 40 civilians, according to local doctors.

Since 12 January, more than two thousand six hundred people have been detained.

“The Council must refer the situation to the International Criminal Court, impose
an arms embargo and freeze the assets of those responsible,” said Inés Muñoz,
Rights Watchers' UN representative.

Related news

Earlier statement on Ostrel
Report on detentions

Donate now to support our work.
"""


def dates_of(text: str, published: dt.date | None = PUBLISHED):
    return find_dates([(1, 0, text)], published)


def test_page_furniture_is_dropped_and_paragraphs_index_the_text():
    document = parse_text("note.txt", RELEASE)
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "Veloria: the council must act now"
    assert texts[1] == "3 March 2021"
    assert not any("Share" in t or "Tweet" in t or "Donate" in t for t in texts)
    assert not any("Related" in t or "Report on detentions" in t for t in texts)
    assert len(texts) == 5
    for paragraph in document.paragraphs:
        assert document.text[paragraph.start : paragraph.end] == paragraph.text


def test_html_main_text_is_extracted_without_menus_and_footers():
    page = (
        "<html><head><title>Ostrel shelled</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<article><h1>Ostrel shelled</h1>"
        + "".join(
            f"<p>Paragraph {n} says the army of Veloria shelled the town of Ostrel "
            "and that doctors counted the dead over several long days.</p>"
            for n in range(1, 5)
        )
        + "</article><footer>Copyright Rights Watchers. Donate today.</footer>"
        "</body></html>"
    )
    document = parse_text("page.html", page, ".html")
    assert any("Paragraph 1 says" in p.text for p in document.paragraphs)
    assert not any("Copyright" in p.text for p in document.paragraphs)
    assert document.html_title == "Ostrel shelled"


def test_markdown_markup_is_removed():
    document = parse_text(
        "note.md", "# Title here\n\nThe **army** shelled [Ostrel](http://x.org).", ".md"
    )
    assert [p.text for p in document.paragraphs] == [
        "Title here",
        "The army shelled Ostrel.",
    ]


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16", "cp1252"])
def test_files_in_any_encoding_are_read(tmp_path: Path, encoding: str):
    path = tmp_path / "note.txt"
    path.write_bytes("Inés Muñoz said the café was shelled on 4 May.".encode(encoding))
    assert "Inés Muñoz" in read_document(path).text


def test_empty_binary_huge_and_unknown_files_get_clear_errors(tmp_path: Path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    with pytest.raises(DocumentError, match=r"empty\.txt: the file is empty"):
        read_document(empty)
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    with pytest.raises(DocumentError, match="binary"):
        read_document(binary)
    big = tmp_path / "big.txt"
    big.write_text("word " * 1000)
    with pytest.raises(DocumentError, match="the limit is 100"):
        read_document(big, max_bytes=100)
    with pytest.raises(DocumentError, match="unsupported file type .pdf"):
        read_document(tmp_path / "x.pdf")
    with pytest.raises(DocumentError, match="cannot be read"):
        read_document(tmp_path / "missing.txt")


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("on 22 January 2020", "2020-01-22", "2020-01-22", "day"),
        ("on January 22, 2020", "2020-01-22", "2020-01-22", "day"),
        ("on 22 January", "2021-01-22", "2021-01-22", "day"),
        ("last Oct. 4", "2020-10-04", "2020-10-04", "day"),
        ("in December 2020", "2020-12-01", "2020-12-31", "month"),
        ("on 24 and 25 March", "2021-03-24", "2021-03-25", "day"),
        ("from 3 to 5 May 2020", "2020-05-03", "2020-05-05", "day"),
        ("today", "2021-03-03", "2021-03-03", "day"),
        ("this afternoon", "2021-03-03", "2021-03-03", "day"),
        ("yesterday", "2021-03-02", "2021-03-02", "day"),
        ("next week", "2021-03-08", "2021-03-14", "approximate"),
        ("in recent weeks", "2021-02-03", "2021-03-03", "approximate"),
        ("in the past five years", "2016-03-03", "2021-03-03", "approximate"),
        ("since 2019", "2019-01-01", "2019-12-31", "year"),
    ],
)
def test_dates_are_resolved_against_the_publication_date(
    text: str, start: str, end: str, precision: str
):
    (mention,) = dates_of(text)
    assert (mention.start.isoformat(), mention.end.isoformat()) == (start, end)
    assert mention.precision == precision


def test_weekdays_look_back_in_past_tense_and_forward_in_future_tense():
    (past,) = dates_of("The army shelled the town on Monday.")
    assert past.start == dt.date(2021, 3, 1)
    (future,) = dates_of("The minister will visit the town on Thursday.")
    assert future.start == dt.date(2021, 3, 4)


def test_since_then_names_the_date_named_before():
    mentions = dates_of(
        "The text was blocked on 4 October 2020. Since then, many died."
    )
    since = mentions[-1]
    assert since.text.lower() == "since then"
    assert (since.start, since.end, since.precision) == (
        dt.date(2020, 10, 4),
        dt.date(2020, 10, 4),
        "day",
    )


def test_without_a_publication_date_relative_dates_stay_unresolved():
    mentions = dates_of(
        "Yesterday, on 22 January, troops moved; on 4 May 2020 too.", None
    )
    values = {m.text: (m.start, m.precision) for m in mentions}
    assert values["Yesterday"] == (None, "unresolved")
    assert values["22 January"] == (None, "unresolved")
    assert values["4 May 2020"] == (dt.date(2020, 5, 4), "day")


def test_known_actors_match_by_alias_ignoring_case_and_accents(dataset: Dataset):
    matcher = ActorMatcher(dataset.actors)
    found = matcher.find(
        "Jose Luis Diaz met RUSSIAN OFFICIALS and the Security Council."
    )
    ids = [m.actor_id for m in found]
    assert ids == ["jose-luis-diaz", "russia", "un-security-council"]
    assert found[1].text == "RUSSIAN OFFICIALS"


def test_unknown_people_and_bodies_are_proposed_with_role_and_kind():
    text = (
        "Inés Muñoz, Rights Watchers' UN representative, said the Velorian Army fired."
    )
    (person,) = propose_people(text, [])
    assert (person.actor_id, person.role) == (
        "ines-munoz",
        "Rights Watchers' UN representative",
    )
    bodies = {b.name: b.kind for b in propose_bodies(text, [person])}
    assert bodies["Velorian Army"] == "armed_force"


@pytest.mark.parametrize(
    ("words", "number"),
    [
        ("2,600", 2600),
        ("forty", 40),
        ("two thousand six hundred", 2600),
        ("three hundred and twelve", 312),
        ("1.5 million", 1_500_000),
        ("green", None),
    ],
)
def test_numbers_in_digits_and_words(words: str, number: int | None):
    assert words_to_number(words) == number


def test_a_list_of_requests_becomes_one_demand_each():
    asks = "refer the case to the ICC, impose an arms embargo and freeze assets"
    parts = split_asks(asks)
    assert [theme_of(part) for part in parts] == [
        "icc_referral",
        "arms_embargo",
        "asset_freeze",
    ]


def test_release_becomes_candidates_with_provenance(dataset: Dataset):
    document = parse_text("veloria-note.txt", RELEASE)
    candidates = ingest_document(document, dataset)
    (source,) = candidates["sources"]
    assert source["published"] == "2021-03-03"
    assert source["spokesperson_ids"] == ["ines-munoz"]
    figures = {
        (f["count"], f["qualifier"], f["outcome"])
        for f in candidates["casualty_figures"]
    }  # noqa: E501
    assert (40, "at_least", "killed") in figures
    assert (2600, "more_than", "detained") in figures
    themes = [d["theme"] for d in candidates["demands"]]
    assert themes == ["icc_referral", "arms_embargo", "asset_freeze"]
    assert {d["made_by_id"] for d in candidates["demands"]} == {"ines-munoz"}
    attack = next(e for e in candidates["events"] if e["event_type"] == "attack")
    assert (attack["start"], attack["date_precision"]) == ("2021-03-02", "day")
    assert attack["sources"] == [
        {"source_id": "veloria-note", "paragraphs": [3], "locator": None}
    ]
    start, end = attack["span"]
    assert "shelled" in document.text[start:end]
    assert attack["title"] not in document.text  # written by the tool
    for row in candidates["events"] + candidates["demands"]:
        assert 0 < row["confidence"] <= 1


def test_the_same_event_in_two_releases_is_merged_keeping_both_sources(
    dataset: Dataset,
):
    first = ingest_document(parse_text("intl.txt", RELEASE), dataset)
    copy = RELEASE.replace("according to local doctors", "local medics said")
    second = ingest_document(parse_text("section.txt", copy), dataset)
    merged = merge_candidates([first, second])
    attacks = [e for e in merged["events"] if e["event_type"] == "attack"]
    assert len(attacks) == 1
    assert [s["source_id"] for s in attacks[0]["sources"]] == ["intl", "section"]
    assert len(merged["sources"]) == 2


def test_cli_ingests_files_and_names_the_unreadable_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    good = tmp_path / "note.txt"
    good.write_text(RELEASE, encoding="utf-8")
    bad = tmp_path / "empty.md"
    bad.write_text("")
    out = tmp_path / "candidates.json"
    code = main(["ingest", str(good), str(bad), "--out", str(out)])
    assert code == 1
    assert f"{bad}: the file is empty" in capsys.readouterr().err
    candidates = json.loads(out.read_text())
    assert candidates["sources"][0]["id"] == "note"
    assert candidates["demands"]


def test_the_2012_release_yields_its_figure_and_council_demands(
    dataset: Dataset, shared_sources: Path
):
    path = shared_sources / "amnesty-2012-02-03-russia-must-not-block-syria.txt"
    candidates = ingest_document(read_document(path), dataset)
    assert candidates["sources"][0]["published"] == "2012-02-02"
    figures = {(f["count"], f["qualifier"]) for f in candidates["casualty_figures"]}
    assert (2600, "more_than") in figures
    themes = {d["theme"] for d in candidates["demands"]}
    assert {"icc_referral", "arms_embargo", "asset_freeze"} <= themes
