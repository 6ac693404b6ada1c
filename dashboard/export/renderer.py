"""Static images with kaleido 1.x and the system Chromium, kept warm.

The first image starts one headless Chromium (about 2 s); later ones reuse it
(about 0.2 s). Nothing starts at import. Without Chromium every call raises
:class:`ChromiumMissing` with what to install, and the other exports still work.
"""

from __future__ import annotations

import atexit
import os
import shutil
import threading
from enum import StrEnum

import plotly.graph_objects as go

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "chrome")
INSTALL_HINT = (
    "install Debian's Chromium (sudo apt-get install chromium) or set BROWSER_PATH "
    "to a Chrome/Chromium executable"
)


class ImageFormat(StrEnum):
    """Static formats kaleido renders."""

    PNG = "png"
    SVG = "svg"
    PDF = "pdf"


class ChromiumMissing(RuntimeError):
    """No Chromium to render static images with."""


def find_chromium() -> str | None:
    """The browser kaleido will use: ``BROWSER_PATH`` or the first on ``PATH``."""
    configured = os.environ.get("BROWSER_PATH")
    if configured:
        return configured if os.access(configured, os.X_OK) else None
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


class ImageRenderer:
    """One warm kaleido server for the process; calls are serialised."""

    def __init__(self, timeout: float = 60) -> None:
        self._timeout = timeout
        self._lock = threading.Lock()
        self._started = False

    def _ensure_started(self) -> None:
        if self._started:
            return
        browser = find_chromium()
        if browser is None:
            raise ChromiumMissing(f"Image export needs Chromium: {INSTALL_HINT}.")
        import kaleido  # deferred: importing kaleido is not free

        os.environ["BROWSER_PATH"] = browser
        kaleido.start_sync_server(
            n=1, timeout=self._timeout, mathjax=False, silence_warnings=True
        )
        self._started = True
        atexit.register(self.stop)

    def render(
        self,
        figure: go.Figure,
        image_format: ImageFormat,
        width: int,
        height: int,
        scale: float = 2,
    ) -> bytes:
        """``figure`` as PNG/SVG/PDF bytes at ``width`` × ``height`` CSS pixels."""
        import kaleido

        with self._lock:
            self._ensure_started()
            options = {
                "format": str(image_format),
                "width": width,
                "height": height,
                "scale": scale,
            }
            return kaleido.calc_fig_sync(figure, opts=options)

    def stop(self) -> None:
        """Close the browser (it is restarted on the next render)."""
        with self._lock:
            if self._started:
                import kaleido

                kaleido.stop_sync_server(silence_warnings=True)
                self._started = False


#: The process-wide renderer the page and the CLI share.
RENDERER = ImageRenderer()
