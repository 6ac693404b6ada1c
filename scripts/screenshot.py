"""Take the README screenshot: start the app, open a view in headless Chromium.

Usage: .venv/bin/python scripts/screenshot.py [QUERY] [OUT]
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser.conftest import chromium_path, start_app, stop_app  # noqa: E402

DEFAULT_QUERY = "?event=veto-2011-10-04"


def main() -> int:
    query = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_QUERY
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "docs" / "screenshot.png"
    process, url = start_app([])
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=chromium_path(), args=["--no-sandbox"]
            )
            page = browser.new_page(viewport={"width": 1440, "height": 1250})
            page.goto(url + query)
            page.wait_for_selector("#timeline .js-plotly-plot .main-svg")
            page.wait_for_timeout(2500)
            page.screenshot(path=str(out))
            browser.close()
    finally:
        stop_app(process)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
