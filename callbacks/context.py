"""Where callbacks find the dataset: loaded once by ``create_app`` and kept,
read-only, on the Flask app's config (a :class:`LiveDataset` that swaps in a
fresh copy when a merge changes the files)."""

from __future__ import annotations

from flask import current_app

from dashboard.live import LiveDataset
from dashboard.loading import Dataset
from dashboard.settings import Settings
from dashboard.viewstate import Vocabulary

DATASET_KEY = "DASHBOARD_DATASET"
SETTINGS_KEY = "DASHBOARD_SETTINGS"


def install_dataset(config: dict, dataset: Dataset) -> LiveDataset:
    """Keep ``dataset`` (and later versions of its directory) in a Flask ``config``."""
    live = LiveDataset(dataset.directory, dataset)
    config[DATASET_KEY] = live
    return live


def live_dataset() -> LiveDataset:
    """The live dataset of the app serving this request."""
    return current_app.config[DATASET_KEY]


def current_dataset() -> Dataset:
    """The dataset of the app serving this request."""
    return live_dataset().dataset


def current_vocabulary() -> Vocabulary:
    """The ids a URL may name in the current dataset."""
    return live_dataset().vocabulary


def current_settings() -> Settings:
    """The settings of the app serving this request."""
    return current_app.config[SETTINGS_KEY]
