"""Serve third-party static files (Bootstrap CSS) from installed packages, so the
page needs no network and no CDN."""

from __future__ import annotations

from pathlib import Path

import xstatic.pkg.bootstrap
from flask import Flask, send_from_directory

BOOTSTRAP_DIR = Path(xstatic.pkg.bootstrap.BASE_DIR)
VENDOR_ROUTE = "/vendor/bootstrap/<path:filename>"
BOOTSTRAP_CSS = "/vendor/bootstrap/css/bootstrap.min.css"


def register_vendor_routes(server: Flask) -> None:
    """Add the route that serves Bootstrap's files from the XStatic package."""

    def bootstrap_file(filename: str):
        return send_from_directory(BOOTSTRAP_DIR, filename, max_age=86400)

    server.add_url_rule(VENDOR_ROUTE, "vendor_bootstrap", bootstrap_file)
