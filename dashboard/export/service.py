"""One entry point for every export, shared by the page and the command line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

import orjson

from ..loading import Dataset
from ..selection import select_rows
from ..view import render_view
from ..viewstate import ViewState
from .briefing import briefing_pdf
from .captions import build_caption
from .charts import CHART_TITLES, Chart, captioned, chart_html, chart_size
from .renderer import RENDERER, ImageFormat, ImageRenderer
from .tables import csv_zip, json_bytes
from .timelinejs import timeline_document


class Target(StrEnum):
    """What to export."""

    TIMELINE = "timeline"
    CASUALTIES = "casualties"
    DEMANDS = "demands"
    BRIEFING = "briefing"
    DATA = "data"


class Format(StrEnum):
    """How to export it."""

    PNG = "png"
    SVG = "svg"
    PDF = "pdf"
    HTML = "html"
    CSV = "csv"
    JSON = "json"
    TIMELINEJS = "timelinejs"


CHART_FORMATS = (Format.PNG, Format.SVG, Format.PDF, Format.HTML)
#: The formats each target can be exported as.
FORMATS: dict[Target, tuple[Format, ...]] = {
    Target.TIMELINE: CHART_FORMATS,
    Target.CASUALTIES: CHART_FORMATS,
    Target.DEMANDS: CHART_FORMATS,
    Target.BRIEFING: (Format.PDF,),
    Target.DATA: (Format.CSV, Format.JSON, Format.TIMELINEJS),
}
#: File extension and media type of each format (CSV comes as a zip of tables).
FILE_TYPES: dict[Format, tuple[str, str]] = {
    Format.PNG: ("png", "image/png"),
    Format.SVG: ("svg", "image/svg+xml"),
    Format.PDF: ("pdf", "application/pdf"),
    Format.HTML: ("html", "text/html"),
    Format.CSV: ("zip", "application/zip"),
    Format.JSON: ("json", "application/json"),
    Format.TIMELINEJS: ("timelinejs.json", "application/json"),
}
NEEDS_CHROMIUM = {Format.PNG, Format.SVG, Format.PDF}


class ExportRequestError(ValueError):
    """A target and format that do not go together."""


@dataclass(frozen=True)
class ExportFile:
    """A finished export."""

    filename: str
    content: bytes
    media_type: str


def check_request(target: str, fmt: str) -> tuple[Target, Format]:
    """Validate a (target, format) pair, naming what is allowed when it is not."""
    try:
        chosen = Target(target)
    except ValueError:
        allowed = ", ".join(t.value for t in Target)
        raise ExportRequestError(
            f"unknown export {target!r}; choose {allowed}"
        ) from None
    allowed_formats = FORMATS[chosen]
    if fmt not in {f.value for f in allowed_formats}:
        names = ", ".join(f.value for f in allowed_formats)
        raise ExportRequestError(f"{chosen} can be exported as {names}, not {fmt!r}")
    return chosen, Format(fmt)


def export_view(
    dataset: Dataset,
    state: ViewState,
    target: str,
    fmt: str,
    campaign: str,
    now: dt.datetime | None = None,
    renderer: ImageRenderer = RENDERER,
    theme: str = "light",
) -> ExportFile:
    """Export ``target`` of the view ``state`` as ``fmt``.

    Raises :class:`ExportRequestError` for a bad pair and
    :class:`~dashboard.export.renderer.ChromiumMissing` when an image or PDF is
    asked for and there is no Chromium.
    """
    chosen, chosen_format = check_request(target, fmt)
    now = now or dt.datetime.now()
    selection = select_rows(dataset, state)
    extension, media_type = FILE_TYPES[chosen_format]
    filename = f"{chosen}-{now:%Y-%m-%d-%H%M}.{extension}"

    if chosen == Target.DATA:
        caption = build_caption(dataset, state, selection, campaign, now)
        if chosen_format == Format.CSV:
            content = csv_zip(dataset, selection, caption)
        elif chosen_format == Format.JSON:
            content = json_bytes(dataset, selection)
        else:
            document = timeline_document(dataset, state, selection, caption)
            content = orjson.dumps(document, option=orjson.OPT_INDENT_2)
        return ExportFile(filename, content, media_type)

    view = render_view(dataset, state, theme=theme)
    charts = {
        Chart.TIMELINE: view.timeline,
        Chart.CASUALTIES: view.casualties,
        Chart.DEMANDS: view.demands,
    }
    if chosen == Target.BRIEFING:
        caption = build_caption(dataset, state, selection, f"{campaign}: briefing", now)
        content = briefing_pdf(dataset, selection, charts, caption, renderer.render)
        return ExportFile(filename, content, media_type)

    chart = Chart(chosen.value)
    title = f"{campaign}: {CHART_TITLES[chart]}"
    caption = build_caption(dataset, state, selection, title, now)
    if chosen_format == Format.HTML:
        figure = captioned(charts[chart], caption, theme, static=False)
        return ExportFile(filename, chart_html(figure, title), media_type)
    figure = captioned(charts[chart], caption, theme)
    width, height = chart_size(chart, figure)
    image = renderer.render(figure, ImageFormat(chosen_format.value), width, height)
    return ExportFile(filename, image, media_type)
