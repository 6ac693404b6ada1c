"""Callbacks: thin wrappers wiring components to the pure core in ``dashboard``."""

from __future__ import annotations

from dash import Dash


def register_callbacks(app: Dash) -> None:
    """Attach every callback of the page to ``app``."""
