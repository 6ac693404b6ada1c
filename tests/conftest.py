"""Shared fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

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
