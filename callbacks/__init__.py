"""Callbacks: thin wrappers wiring components to the pure core in ``dashboard``."""

from __future__ import annotations

from dash import Dash

from callbacks import export, ingest, render, state


def register_callbacks(app: Dash) -> None:
    """Attach every callback of the page to ``app``."""
    state.register(app)
    render.register(app)
    export.register(app)
    ingest.register(app)
