"""The advocacy timeline dashboard: app factory and entry point.

``create_app(config)`` builds a configured :class:`dash.Dash`. For WSGI servers
the module exposes ``server`` lazily (``gunicorn app:server``); importing this
module does no work beyond definitions.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from typing import Any

from dash import Dash
from dash.development.base_component import Component

from callbacks import register_callbacks
from callbacks.context import (
    SETTINGS_KEY,
    current_dataset,
    current_settings,
    install_dataset,
)
from dashboard.loading import load_dataset
from dashboard.problems import DatasetError
from dashboard.settings import Settings
from dashboard.vendor import BOOTSTRAP_CSS, register_vendor_routes
from layouts.page import build_layout


def create_app(config: Mapping[str, Any] | None = None) -> Dash:
    """Build the dashboard on the dataset named by ``config`` (or the bundled one).

    Raises :class:`DatasetError` listing every problem if the dataset is invalid.
    """
    settings = Settings.load(config)
    dataset = load_dataset(settings.data_dir)
    app = Dash(
        __name__,
        title=settings.title,
        external_stylesheets=[BOOTSTRAP_CSS],
        serve_locally=True,
        update_title=None,
    )
    install_dataset(app.server.config, dataset)
    app.server.config[SETTINGS_KEY] = settings
    register_vendor_routes(app.server)
    with app.server.app_context():  # Dash builds the layout once to check it
        app.layout = serve_layout
    register_callbacks(app)
    return app


def serve_layout() -> Component:
    """The page, built per visit from the current dataset (new rows after a merge
    appear in the filters on reload)."""
    return build_layout(current_dataset(), current_settings())


def __getattr__(name: str) -> Any:
    """Create ``app`` and ``server`` on first use (for ``gunicorn app:server``)."""
    if name in {"app", "server"}:
        global app, server
        app = create_app()
        server = app.server
        return globals()[name]
    raise AttributeError(name)


def main(argv: Sequence[str] | None = None) -> int:
    """Serve the dashboard; ``--host``, ``--port``, ``--data`` and ``--debug``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", help="interface to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port (default 8050)")
    parser.add_argument("--data", help="dataset directory (default: bundled data/)")
    parser.add_argument("--debug", action="store_true", help="Dash debug mode")
    args = parser.parse_args(argv)
    overrides = {
        key: value
        for key, value in {
            "host": args.host,
            "port": args.port,
            "data_dir": args.data,
            "debug": args.debug or None,
        }.items()
        if value is not None
    }
    try:
        dash_app = create_app(overrides)
    except DatasetError as error:
        print(
            f"The dataset cannot be loaded:\n{error.report(limit=50)}", file=sys.stderr
        )
        return 1
    settings: Settings = dash_app.server.config["DASHBOARD_SETTINGS"]
    print(f"Serving on http://{settings.host}:{settings.port}/", flush=True)
    dash_app.run(host=settings.host, port=settings.port, debug=settings.debug)
    return 0


if __name__ == "__main__":
    sys.exit(main())
