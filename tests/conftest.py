"""Shared fixtures."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from dashboard import store
from dashboard.loading import DEFAULT_DATA_DIR, Dataset, load_dataset
from tests.packages import write_package

ROOT = Path(__file__).resolve().parent.parent
SHARED_SOURCES = ROOT.parent / "shared" / "sources"


@pytest.fixture(scope="session")
def dataset() -> Dataset:
    """The bundled campaign dataset, loaded once."""
    return load_dataset(DEFAULT_DATA_DIR)


@pytest.fixture
def small_package(tmp_path: Path) -> Path:
    """A freshly written minimal valid package."""
    return write_package(tmp_path / "package")


@pytest.fixture
def small_dataset(small_package: Path) -> Dataset:
    """The minimal package, loaded."""
    return load_dataset(small_package)


@pytest.fixture(scope="session")
def shared_sources() -> Path:
    """The folder of source documents; skips the test when it is absent."""
    if not SHARED_SOURCES.is_dir():
        pytest.skip(f"{SHARED_SOURCES} is not present")
    return SHARED_SOURCES


@pytest.fixture
def other_writer(package: Path) -> Iterator[threading.Event]:
    """Another thread holding the package's lock until the event is set."""
    holding, done = threading.Event(), threading.Event()

    def hold() -> None:
        with store.locked(package):
            holding.set()
            done.wait(10)

    thread = threading.Thread(target=hold)
    thread.start()
    assert holding.wait(5)
    yield done
    done.set()
    thread.join()
