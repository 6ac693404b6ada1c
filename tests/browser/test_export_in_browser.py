"""A person exporting what they see: chart images and the data, from the page."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from playwright.sync_api import Page, expect

from dashboard.loading import load_dataset
from dashboard.query import EventFilter, filter_events
from tests.browser.conftest import start_app, stop_app
from tests.browser.helpers import wait_for_dashboard


@pytest.fixture(scope="module")
def app_without_chromium() -> Iterator[str]:
    """The dashboard run where no Chromium can be found for image export."""
    process, url = start_app([], env={"BROWSER_PATH": "/nonexistent/chromium"})
    yield url
    stop_app(process)


def test_timeline_png_export_downloads_a_real_png(
    page: Page, app_url: str, tmp_path: Path
):
    page.goto(app_url + "?actor=russia")
    wait_for_dashboard(page)
    card = page.locator(".card", has=page.locator("#timeline"))
    card.get_by_role("button", name="Export").click()
    with page.expect_download() as download_info:
        card.get_by_text("PNG image").click()
    download = download_info.value
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    assert saved.name.startswith("timeline-") and saved.suffix == ".png"
    content = saved.read_bytes()
    assert content.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(content) > 20_000
    expect(page.locator("#export-message")).to_contain_text("Exported timeline-")


def test_csv_download_holds_exactly_the_filtered_events(
    page: Page, app_url: str, tmp_path: Path
):
    expected = set(filter_events(load_dataset(), EventFilter(actors=("russia",)))["id"])
    page.goto(app_url + "?actor=russia")
    wait_for_dashboard(page)
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Data (CSV, zipped)").click()
    saved = tmp_path / "data.zip"
    download_info.value.save_as(saved)
    with zipfile.ZipFile(saved) as archive:
        events = pd.read_csv(io.BytesIO(archive.read("events.csv")))
        about = archive.read("README.txt").decode()
    assert set(events["id"]) == expected
    assert "Actor: Russia" in about


def test_without_chromium_image_export_explains_and_data_export_still_works(
    page: Page, app_without_chromium: str, tmp_path: Path
):
    page.goto(app_without_chromium)
    wait_for_dashboard(page)
    card = page.locator(".card", has=page.locator("#demand-panel"))
    card.get_by_role("button", name="Export").click()
    card.get_by_text("SVG (vector").click()
    message = page.locator("#export-message")
    expect(message).to_contain_text("Not exported")
    expect(message).to_contain_text("Chromium")
    expect(page.locator("body")).not_to_contain_text("Traceback")
    with page.expect_download() as download_info:
        page.get_by_role("button", name="TimelineJS (JSON)").click()
    saved = tmp_path / download_info.value.suggested_filename
    download_info.value.save_as(saved)
    assert saved.read_bytes().lstrip().startswith(b"{")
