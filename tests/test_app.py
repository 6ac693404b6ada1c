"""The app factory: it builds, serves its page and Bootstrap locally, runs on
safe defaults, and refuses a broken dataset clearly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from dash import Dash
from flask import Flask
from flask.testing import FlaskClient

import app as app_module
from app import create_app
from dashboard.problems import DatasetError
from dashboard.settings import Settings
from dashboard.vendor import BOOTSTRAP_CSS
from tests.packages import minimal_tables, write_package


def settings_of(dash_app: Dash) -> Settings:
    """The settings create_app stored on the Flask config."""
    found = [v for v in dash_app.server.config.values() if isinstance(v, Settings)]
    assert len(found) == 1
    return found[0]


@pytest.fixture(scope="module")
def dash_app() -> Dash:
    return create_app()


@pytest.fixture(scope="module")
def client(dash_app: Dash) -> FlaskClient:
    return dash_app.server.test_client()


@pytest.fixture(scope="module")
def page(client: FlaskClient) -> str:
    response = client.get("/")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_create_app_builds_a_dash_app_on_a_flask_server(dash_app: Dash) -> None:
    assert isinstance(dash_app, Dash)
    assert isinstance(dash_app.server, Flask)
    assert dash_app.layout is not None
    assert dash_app.config.serve_locally is True


def test_index_page_links_the_locally_served_bootstrap(page: str) -> None:
    stylesheets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', page)
    assert BOOTSTRAP_CSS in stylesheets


def test_index_page_loads_nothing_from_another_host(page: str) -> None:
    addresses = re.findall(r'(?:href|src)="([^"]*)"', page)
    assert addresses, "the page links no files at all"
    remote = [url for url in addresses if re.match(r"(https?:)?//", url)]
    assert remote == []


def test_index_page_has_the_configured_title(page: str) -> None:
    assert f"<title>{Settings().title}</title>" in page


def test_vendored_bootstrap_css_is_served(client: FlaskClient) -> None:
    response = client.get(BOOTSTRAP_CSS)
    assert response.status_code == 200
    assert response.mimetype == "text/css"
    assert b"Bootstrap" in response.get_data()[:300]
    assert len(response.get_data()) > 100_000


def test_unknown_vendored_file_is_not_found(client: FlaskClient) -> None:
    assert client.get("/vendor/bootstrap/css/missing.css").status_code == 404


def test_page_scripts_are_served_by_the_app(page: str, client: FlaskClient) -> None:
    scripts = re.findall(r'<script src="([^"]+)"', page)
    renderer = [src for src in scripts if "dash_renderer" in src]
    assert renderer, scripts
    assert client.get(renderer[0]).status_code == 200


def test_layout_endpoint_answers_json(client: FlaskClient) -> None:
    response = client.get("/_dash-layout")
    assert response.status_code == 200
    assert response.is_json


def test_settings_default_to_loopback_without_debug() -> None:
    settings = Settings.load(environ={})
    assert settings.host == "127.0.0.1"
    assert settings.debug is False
    assert settings.port == 8050


def test_app_built_with_defaults_keeps_debug_off(dash_app: Dash) -> None:
    settings = settings_of(dash_app)
    assert settings.debug is False
    assert settings.host == "127.0.0.1"


def test_settings_come_from_environment_then_config() -> None:
    environ = {"DASHBOARD_PORT": "9000", "DASHBOARD_DEBUG": "yes"}
    assert Settings.load(environ=environ).port == 9000
    assert Settings.load(environ=environ).debug is True
    assert Settings.load({"port": 9100}, environ=environ).port == 9100
    with pytest.raises(ValueError, match="colour"):
        Settings.load({"colour": "red"}, environ={})


def test_create_app_uses_the_data_dir_given(small_package: Path) -> None:
    small = create_app({"data_dir": small_package})
    response = small.server.test_client().get("/")
    assert response.status_code == 200
    assert settings_of(small).data_dir == small_package


def test_create_app_with_a_broken_dataset_raises_dataset_error(
    tmp_path: Path,
) -> None:
    tables = minimal_tables()
    tables["event_actors"][0]["actor_id"] = "ghost"
    broken = write_package(tmp_path / "package", tables)
    with pytest.raises(DatasetError) as caught:
        create_app({"data_dir": broken})
    assert [str(problem) for problem in caught.value.problems] == [
        "event_actors.csv:2: actor_id: no actors row has id 'ghost'"
    ]


def test_main_with_a_broken_dataset_prints_the_problems_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = write_package(tmp_path / "package")
    (broken / "events.csv").unlink()
    assert app_module.main(["--data", str(broken)]) == 1
    captured = capsys.readouterr()
    assert "The dataset cannot be loaded" in captured.err
    assert "events.csv: -: file is missing" in captured.err
    assert "Serving on" not in captured.out
