"""Run-time settings: defaults, overridden by environment variables, then by the
``config`` mapping given to ``create_app``."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .loading import DEFAULT_DATA_DIR

ENV_PREFIX = "DASHBOARD_"


@dataclass(frozen=True)
class Settings:
    """How the app runs. Debug is off and the host is loopback unless asked."""

    data_dir: Path = DEFAULT_DATA_DIR
    host: str = "127.0.0.1"
    port: int = 8050
    debug: bool = False
    title: str = "Syria at the Security Council: an advocacy timeline"
    #: Short name of the campaign, the first words of every export's title.
    campaign: str = "Syria at the Security Council"

    @classmethod
    def load(
        cls,
        config: Mapping[str, Any] | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> Settings:
        """Defaults < ``DASHBOARD_*`` environment variables < ``config``."""
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for item in fields(cls):
            raw = environ.get(ENV_PREFIX + item.name.upper())
            if raw is not None:
                values[item.name] = raw
        for key, value in (config or {}).items():
            values[key.lower()] = value
        unknown = set(values) - {item.name for item in fields(cls)}
        if unknown:
            raise ValueError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        return replace(cls(), **{k: _coerce(k, v) for k, v in values.items()})


def _coerce(name: str, value: Any) -> Any:
    if name == "data_dir":
        return Path(value)
    if name == "port":
        return int(value)
    if name == "debug":
        if isinstance(value, str):
            return value.strip().lower() in {"1", "true", "yes", "on"}
        return bool(value)
    return str(value)
