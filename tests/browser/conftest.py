"""Real-browser fixtures: the app runs as a subprocess (never Dash's thread
server, which does not mix with Playwright) and Debian's Chromium drives it."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

ROOT = Path(__file__).resolve().parents[2]
STARTUP_TIMEOUT_S = 60
#: How long an assertion waits for the page (Playwright's default is 5 s): CI's
#: two cores run Chromium, the app and the tests at once, and a redraw there
#: has taken longer than 5 s.
EXPECT_TIMEOUT_MS = 15_000


def chromium_path() -> str | None:
    """The system Chromium (Debian's package), if installed."""
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return os.environ.get("BROWSER_PATH")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session", autouse=True)
def patient_assertions() -> None:
    """Give every ``expect`` on the page the time a loaded CI machine needs."""
    expect.set_options(timeout=EXPECT_TIMEOUT_MS)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    """Launch the system Chromium instead of a downloaded one."""
    path = chromium_path()
    if path is None:
        pytest.skip("Chromium is not installed (apt install chromium)")
    return {
        **browser_type_launch_args,
        "executable_path": path,
        "args": ["--no-sandbox"],
    }


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_app(extra_args: list[str], env: dict[str, str] | None = None):
    """Start ``app.py`` on a free port; returns (process, base url).

    The app's output goes to a temporary file, not a pipe nobody reads (a full
    pipe would freeze the server mid-test)."""
    port = _free_port()
    log = tempfile.TemporaryFile(mode="w+")
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "app.py"), "--port", str(port), *extra_args],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        stdout=log,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            raise RuntimeError(f"app.py exited early:\n{log.read()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return process, url
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"app.py did not answer on {url}")


def stop_app(process: subprocess.Popen) -> None:
    """Terminate the app subprocess."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture(scope="session")
def app_url() -> Iterator[str]:
    """Base URL of the dashboard on the bundled dataset."""
    process, url = start_app([])
    yield url
    stop_app(process)
