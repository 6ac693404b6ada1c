"""Where callbacks find the dataset: loaded once by ``create_app`` and kept,
read-only, on the Flask app's config."""

from __future__ import annotations

from flask import current_app

from dashboard.loading import Dataset
from dashboard.settings import Settings
from dashboard.view import vocabulary_of
from dashboard.viewstate import Vocabulary

DATASET_KEY = "DASHBOARD_DATASET"
VOCABULARY_KEY = "DASHBOARD_VOCABULARY"
SETTINGS_KEY = "DASHBOARD_SETTINGS"


def install_dataset(config: dict, dataset: Dataset) -> None:
    """Store ``dataset`` (and its URL vocabulary) in a Flask ``config``."""
    config[DATASET_KEY] = dataset
    config[VOCABULARY_KEY] = vocabulary_of(dataset)


def current_dataset() -> Dataset:
    """The dataset of the app serving this request."""
    return current_app.config[DATASET_KEY]


def current_vocabulary() -> Vocabulary:
    """The ids a URL may name in the current dataset."""
    return current_app.config[VOCABULARY_KEY]


def current_settings() -> Settings:
    """The settings of the app serving this request."""
    return current_app.config[SETTINGS_KEY]
