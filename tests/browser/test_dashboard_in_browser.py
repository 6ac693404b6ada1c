"""A person using the dashboard in Chromium."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from dashboard.loading import load_dataset
from dashboard.query import EventFilter, filter_events
from tests.browser.helpers import (
    click_mark,
    table_row_ids,
    trace_ids,
    wait_for_dashboard,
    wait_for_trace_ids,
)


@pytest.fixture(scope="module")
def bundled():
    return load_dataset()


def test_page_loads_with_every_event_and_no_console_errors(page: Page, app_url: str):
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(app_url)
    wait_for_dashboard(page)
    expect(page.locator("#result-summary")).to_contain_text("Showing 24 of 24 events")
    assert len(trace_ids(page, "timeline", "events")) == 24
    expect(page.locator("#casualty-panel .js-plotly-plot")).to_be_visible()
    expect(page.locator("#demand-panel .js-plotly-plot")).to_be_visible()
    assert errors == []


def test_choosing_russia_shows_exactly_russias_events(
    page: Page, app_url: str, bundled
):
    expected = set(filter_events(bundled, EventFilter(actors=("russia",)))["id"])
    page.goto(app_url)
    wait_for_dashboard(page)
    page.locator("#actor-filter").click()
    page.keyboard.type("Russia")
    page.get_by_role("option", name=re.compile(r"^Russia \(\d+\)")).click()
    page.keyboard.press("Escape")
    expect(page.locator("#result-summary")).to_contain_text(
        f"Showing {len(expected)} of 24 events"
    )
    assert set(trace_ids(page, "timeline", "events")) == expected
    assert len(trace_ids(page, "timeline", "events")) == len(expected)
    assert set(table_row_ids(page)) == expected
    assert "actor=russia" in page.url


def test_clicking_the_october_2011_veto_shows_its_detail_and_related_marks(
    page: Page, app_url: str
):
    page.goto(app_url + "?window=2011-03-01..2012-03-31")
    wait_for_dashboard(page)
    click_mark(page, "timeline", "veto-2011-10-04")
    detail = page.locator("#event-detail")
    expect(detail).to_contain_text("Russia and China veto the first Security Council")
    expect(detail).to_contain_text("4 Oct 2011")
    expect(detail).to_contain_text("S/2011/612")
    expect(detail).to_contain_text("more than 2,600 people killed")
    figure = ["killed-syria-2011-10-to-2012-02"]
    assert (
        wait_for_trace_ids(page, "casualty-panel", "related", figure.__eq__) == figure
    )
    demands = {"d2012-icc-referral", "d2012-arms-embargo", "d2012-asset-freeze"}
    related = wait_for_trace_ids(
        page, "demand-panel", "related", lambda ids: demands <= set(ids)
    )
    assert demands <= set(related)
    assert "event=veto-2011-10-04" in page.url


def test_a_link_with_filters_opens_the_same_view(page: Page, app_url: str, bundled):
    expected = set(
        filter_events(bundled, EventFilter(actors=("russia",), event_types=("veto",)))[
            "id"
        ]
    )
    page.goto(app_url + "?actor=russia&type=veto&lanes=actor")
    wait_for_dashboard(page)
    expect(page.locator("#result-summary")).to_contain_text(
        f"Showing {len(expected)} of 24 events"
    )
    assert set(trace_ids(page, "timeline", "events")) == expected
    expect(page.locator("#actor-filter")).to_contain_text("Russia")
    expect(page.locator("#type-filter")).to_contain_text("Veto")
    expect(page.get_by_label("Actor", exact=True)).to_be_checked()


def test_a_nonsense_link_value_is_ignored_with_a_visible_notice(
    page: Page, app_url: str
):
    page.goto(app_url + "?actor=atlantis&from=yesterday")
    wait_for_dashboard(page)
    notice = page.locator("#url-notice")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("atlantis")
    expect(notice).to_contain_text("yesterday")
    expect(page.locator("#result-summary")).to_contain_text("Showing 24 of 24 events")


def test_a_search_with_no_match_says_so(page: Page, app_url: str):
    page.goto(app_url)
    wait_for_dashboard(page)
    page.locator("#text-search").fill("zzzz-nothing")
    page.locator("#text-search").press("Enter")
    expect(page.locator("#timeline")).to_contain_text("No events match")
    expect(page.locator("#result-summary")).to_contain_text("Showing 0 of 24 events")
