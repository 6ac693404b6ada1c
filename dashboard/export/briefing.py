"""A one- or two-page briefing PDF of the current view: the three charts, the
events with dates and sources, the casualty figures and the demands with status."""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pandas as pd
import plotly.graph_objects as go
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from ..labels import THEME_LABELS
from ..loading import Dataset
from ..selection import Selection
from ..view import casualty_rows, demand_rows, table_rows
from .captions import Caption
from .charts import CHART_WIDTHS, Chart
from .renderer import ImageFormat

#: Renders a figure to PNG bytes: (figure, format, width, height, scale) → bytes.
Render = Callable[..., bytes]

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 14 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"),)


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str


def _fonts() -> Fonts:
    """DejaVu Sans when the system has it (any script), else Helvetica."""
    for folder in FONT_DIRS:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.is_file() and bold.is_file():
            if "Briefing" not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont("Briefing", str(regular)))
                pdfmetrics.registerFont(TTFont("Briefing-Bold", str(bold)))
            return Fonts("Briefing", "Briefing-Bold")
    return Fonts("Helvetica", "Helvetica-Bold")


def _styles(fonts: Fonts) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=fonts.regular, fontSize=8, leading=10)
    return {
        "title": ParagraphStyle(
            "title", parent=base, fontName=fonts.bold, fontSize=16, leading=20
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, fontSize=9.5, leading=12, textColor="#444444"
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=base,
            fontName=fonts.bold,
            fontSize=11,
            leading=14,
            spaceBefore=6,
            spaceAfter=3,
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=7.5, leading=9),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=base, fontName=fonts.bold, fontSize=7.5, leading=9
        ),
        "note": ParagraphStyle(
            "note", parent=base, fontSize=7, leading=9, textColor="#555555"
        ),
    }


def _text(value: Any, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (markup in the data stays text)."""
    return Paragraph(escape("" if value is None else str(value)), style)


@dataclass(frozen=True)
class ChartImage:
    """A rendered chart and the size it takes on the page."""

    png: bytes
    width: float
    height: float

    def flowable(self) -> Image:
        return Image(io.BytesIO(self.png), width=self.width, height=self.height)

    def placeholder(self) -> Spacer:
        return Spacer(self.width, self.height)


def _chart_image(
    render: Render, chart: Chart, figure: go.Figure, max_height: float
) -> ChartImage:
    width = CHART_WIDTHS[chart]
    height = int(figure.layout.height or 400)
    static = go.Figure(figure).update_xaxes(rangeslider_visible=False)
    png = render(static, ImageFormat.PNG, width, height, 2)
    shown_width = CONTENT_WIDTH
    shown_height = shown_width * height / width
    if shown_height > max_height:
        shown_width, shown_height = shown_width * max_height / shown_height, max_height
    return ChartImage(png, shown_width, shown_height)


def _table(rows: list[list[Paragraph]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#333333")),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#cccccc")),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _more(total: int, shown: int, what: str, style: ParagraphStyle) -> list[Any]:
    if total <= shown:
        return []
    return [_text(f"… and {total - shown:,} more {what} in the data download.", style)]


MAX_PAGES = 2
#: Halvings tried when fitting rows to ``MAX_PAGES``.
FIT_STEPS = 7


def briefing_pdf(
    dataset: Dataset,
    selection: Selection,
    figures: dict[Chart, go.Figure],
    caption: Caption,
    render: Render,
) -> bytes:
    """The briefing as PDF bytes (two pages at most while rows can be cut);
    ``figures`` are the charts as on screen."""
    images = [
        _chart_image(render, Chart.TIMELINE, figures[Chart.TIMELINE], 100 * mm),
        _chart_image(render, Chart.CASUALTIES, figures[Chart.CASUALTIES], 50 * mm),
        _chart_image(render, Chart.DEMANDS, figures[Chart.DEMANDS], 85 * mm),
    ]
    fonts = _fonts()
    style = _styles(fonts)
    events = table_rows(dataset, selection.in_window)
    figure_rows = casualty_rows(dataset, selection.figures, keep_undated=True)
    demands = demand_rows(dataset, selection.demands)
    themes = demands["theme"].nunique()

    def attempt(share: float, draft: bool = True) -> tuple[bytes, int]:
        """The briefing keeping ``share`` of the event and theme rows; a draft
        holds the charts' places with blank space (layout only, much faster)."""
        charts = [
            image.placeholder() if draft else image.flowable() for image in images
        ]
        return _build(
            caption,
            fonts,
            style,
            charts,
            _event_section(events, math.ceil(share * len(events)), style)
            + _figure_section(figure_rows, style)
            + _demand_section(demands, math.ceil(share * themes), style),
        )

    best, (_, pages) = 1.0, attempt(1.0)
    if pages > MAX_PAGES:
        # Cut rows (the data download has them all) to the largest share that fits.
        low, high = 0.0, 1.0
        for _ in range(FIT_STEPS):
            share = (low + high) / 2
            if attempt(share)[1] <= MAX_PAGES:
                low = share
            else:
                high = share
        best = low
    content, _ = attempt(best, draft=False)
    return content


def _event_section(
    events: list[dict[str, Any]], limit: int, style: dict[str, ParagraphStyle]
) -> list[Any]:
    rows = [[_text(h, style["cell_bold"]) for h in ("Date", "Event", "Source")]]
    rows += [
        [
            _text(row["when"], style["cell"]),
            _text(f"{row['title']} ({row['type']})", style["cell"]),
            _text(row["sources"], style["cell"]),
        ]
        for row in events[:limit]
    ]
    return [
        _text(f"Events ({len(events):,})", style["heading"]),
        _table(rows, [c * CONTENT_WIDTH for c in (0.17, 0.53, 0.30)]),
        *_more(len(events), limit, "events", style["note"]),
    ]


def _figure_section(
    figure_rows: pd.DataFrame, style: dict[str, ParagraphStyle]
) -> list[Any]:
    if figure_rows.empty:
        return []
    rows = [[_text(h, style["cell_bold"]) for h in ("Figure", "Period", "Source")]]
    rows += [
        [
            _text(row.label, style["cell"]),
            _text(row.period_label, style["cell"]),
            _text(f"{row.reporter}; {row.source_label}", style["cell"]),
        ]
        for row in figure_rows.itertuples()
    ]
    return [
        KeepTogether(
            [
                _text("Casualty figures", style["heading"]),
                _table(rows, [c * CONTENT_WIDTH for c in (0.4, 0.3, 0.3)]),
            ]
        )
    ]


def demands_by_theme_rows(demands: pd.DataFrame) -> list[dict[str, str]]:
    """One row per theme: what was asked, by whom of whom, when and how often,
    and the status with the fact behind it (a known outcome wins over 'unknown')."""
    rows = []
    for theme, group in demands.groupby("theme", sort=False):
        dates = list(dict.fromkeys(group["date_label"]))
        times = f" (×{len(group)})" if len(group) > 1 else ""
        known = group[group["status"] != "unknown"]
        status = (known if not known.empty else group)["status_label"].iloc[0]
        rows.append(
            {
                "theme": THEME_LABELS.get(str(theme), str(theme)),
                "text": str(group["text"].iloc[0]),
                "who": "; ".join(dict.fromkeys(group["who_label"])),
                "made": ", ".join(dates) + times,
                "status": str(status),
            }
        )
    return rows


def _demand_section(
    demands: pd.DataFrame, limit: int, style: dict[str, ParagraphStyle]
) -> list[Any]:
    themes = demands_by_theme_rows(demands)
    header = ("Theme", "Demand", "By → of", "Made", "Status")
    rows = [[_text(h, style["cell_bold"]) for h in header]]
    rows += [
        [
            _text(row[key], style["cell"])
            for key in ("theme", "text", "who", "made", "status")
        ]
        for row in themes[:limit]
    ]
    title = f"Demands ({len(demands):,}, in {len(themes):,} themes)"
    return [
        _text(title, style["heading"]),
        _table(rows, [c * CONTENT_WIDTH for c in (0.13, 0.33, 0.18, 0.12, 0.24)]),
        *_more(len(themes), limit, "demand themes", style["note"]),
    ]


def _build(
    caption: Caption,
    fonts: Fonts,
    style: dict[str, ParagraphStyle],
    charts: list[Image],
    tables: list[Any],
) -> tuple[bytes, int]:
    """Lay the briefing out; returns the PDF and its page count."""
    story: list[Any] = [
        _text(caption.title, style["title"]),
        _text(caption.filters, style["subtitle"]),
        _text(caption.footer, style["note"]),
        Spacer(1, 3 * mm),
        *charts,
        *tables,
    ]

    def footer(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.regular, 7)
        canvas.setFillColor(colors.HexColor("#666666"))
        canvas.drawString(MARGIN, 8 * mm, f"{caption.title} · {caption.generated}")
        canvas.drawRightString(PAGE_WIDTH - MARGIN, 8 * mm, f"page {document.page}")
        canvas.restoreState()

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=caption.title,
        author="Advocacy timeline",
        subject=caption.filters,
    )
    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue(), document.page
