"""A chart as it leaves the app: the on-screen figure plus a title, the active
filters in words, its sources and the date generated."""

from __future__ import annotations

import html
from enum import StrEnum

import plotly.graph_objects as go

from ..figures.style import theme_colours
from .captions import Caption


class Chart(StrEnum):
    """The exportable charts of the page."""

    TIMELINE = "timeline"
    CASUALTIES = "casualties"
    DEMANDS = "demands"


CHART_TITLES = {
    Chart.TIMELINE: "what happened and when",
    Chart.CASUALTIES: "casualty figures",
    Chart.DEMANDS: "demands and what came of them",
}
#: Width in CSS pixels of each exported chart (images are rendered at 2x).
CHART_WIDTHS = {Chart.TIMELINE: 1400, Chart.CASUALTIES: 1100, Chart.DEMANDS: 1200}
HEADER_PX = 74
FOOTER_PX = 64


def plain(text: str) -> str:
    """Text made safe for plotly's HTML-like labels (a ``<script>`` stays text)."""
    return html.escape(text, quote=False)


def captioned(
    figure: go.Figure, caption: Caption, theme: str = "light", static: bool = True
) -> go.Figure:
    """A copy of ``figure`` with the caption's title, filter and footer lines.

    ``static`` drops the range slider, a control that means nothing on paper.
    """
    result = go.Figure(figure)
    colours = theme_colours(theme)
    height = int(result.layout.height or 400)
    margin = result.layout.margin
    top, bottom = margin.t or 0, margin.b or 0
    result.update_layout(
        height=height + HEADER_PX + FOOTER_PX,
        margin={"t": top + HEADER_PX, "b": bottom + FOOTER_PX},
        title={
            "text": f"<b>{plain(caption.title)}</b>",
            "subtitle": {
                "text": plain(caption.filters),
                "font": {"size": 14, "color": colours["muted"]},
            },
            "x": 0.01,
            "xanchor": "left",
            "xref": "container",
            "y": 1,
            "yanchor": "top",
            "yref": "container",
            "pad": {"t": 14},
            "font": {"size": 20},
        },
        # On paper the legend goes to the right, clear of the title block.
        legend={
            "orientation": "v",
            "x": 1.01,
            "xanchor": "left",
            "y": 1,
            "yanchor": "top",
        },
    )
    result.add_annotation(
        text=f"{plain(caption.sources)}<br>{plain(caption.generated)}",
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        xanchor="left",
        yanchor="top",
        yshift=-30 if static else -70,
        showarrow=False,
        align="left",
        font={"size": 11, "color": colours["muted"]},
    )
    if static:
        result.update_xaxes(rangeslider_visible=False)
    return result


def chart_size(chart: Chart, figure: go.Figure) -> tuple[int, int]:
    """(width, height) in CSS pixels for an exported ``figure``."""
    return CHART_WIDTHS[chart], int(figure.layout.height or 500)


def chart_html(figure: go.Figure, title: str) -> bytes:
    """A self-contained HTML page with plotly.js inlined: opens with no network."""
    page = figure.to_html(
        full_html=True,
        include_plotlyjs=True,
        include_mathjax=False,
        config={"displaylogo": False, "responsive": True},
        default_width="100%",
    )
    charset = '<meta charset="utf-8" />'
    titled = f"{charset}\n    <title>{plain(title)}</title>"
    return page.replace(charset, titled, 1).encode("utf-8")
