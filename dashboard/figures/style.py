"""Colours, marker shapes and the light/dark figure templates.

Colours come from the Okabe–Ito palette (safe for the common colour-vision
deficiencies); each event type also has its own marker shape, so colour is never
the only cue.
"""

from __future__ import annotations

from typing import Any

import plotly.graph_objects as go

from .plain import make_figure

OKABE_ITO = {
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "black": "#000000",
}

#: event type → (colour, plotly marker symbol)
EVENT_STYLE: dict[str, tuple[str, str]] = {
    "veto": (OKABE_ITO["vermillion"], "square"),
    "threat": (OKABE_ITO["vermillion"], "triangle-up"),
    "resolution": (OKABE_ITO["blue"], "diamond"),
    "negotiation": (OKABE_ITO["sky"], "hexagon"),
    "rejection": (OKABE_ITO["purple"], "x"),
    "visit": (OKABE_ITO["green"], "star"),
    "statement": (OKABE_ITO["orange"], "circle"),
    "report": (OKABE_ITO["blue"], "triangle-down"),
    "finding": (OKABE_ITO["green"], "diamond-wide"),
    "mission": (OKABE_ITO["sky"], "pentagon"),
    "attack": ("#555555", "cross"),
    "arms_transfer": (OKABE_ITO["orange"], "triangle-right"),
    "crackdown": ("#882255", "bowtie"),
}
DEFAULT_STYLE = ("#777777", "circle")

STATUS_COLOURS = {
    "unmet": OKABE_ITO["vermillion"],
    "partly": OKABE_ITO["orange"],
    "met": OKABE_ITO["green"],
    "unknown": "#8C8C8C",
}
SELECTED_COLOUR = OKABE_ITO["blue"]
HIGHLIGHT_COLOUR = OKABE_ITO["orange"]

FONT = (
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
)


def event_style(event_type: str) -> tuple[str, str]:
    """(colour, symbol) for an event type."""
    return EVENT_STYLE.get(event_type, DEFAULT_STYLE)


THEMES: dict[str, dict[str, Any]] = {
    "light": {
        "paper": "#ffffff",
        "plot": "#ffffff",
        "text": "#212529",
        "muted": "#6c757d",
        "grid": "#e9ecef",
        "band": "rgba(0,0,0,0.04)",
    },
    "dark": {
        "paper": "#212529",
        "plot": "#212529",
        "text": "#f8f9fa",
        "muted": "#adb5bd",
        "grid": "#343a40",
        "band": "rgba(255,255,255,0.06)",
    },
}


def theme_colours(theme: str) -> dict[str, Any]:
    """The colour set of ``theme`` ('light' or 'dark'; anything else is light)."""
    return THEMES.get(theme, THEMES["light"])


def base_layout(theme: str, height: int) -> dict[str, Any]:
    """Layout shared by every chart: fonts, colours, margins, hover style (a fresh
    dict each call, so a chart may add to it)."""
    colours = theme_colours(theme)
    return {
        "height": height,
        "margin": {"l": 10, "r": 10, "t": 30, "b": 10},
        "paper_bgcolor": colours["paper"],
        "plot_bgcolor": colours["plot"],
        "font": {"family": FONT, "color": colours["text"], "size": 13},
        "hoverlabel": {"font": {"family": FONT}, "align": "left"},
        "legend": {"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0},
        "xaxis": {
            "type": "date",
            "gridcolor": colours["grid"],
            "linecolor": colours["muted"],
            "zeroline": False,
        },
        "yaxis": {"gridcolor": colours["grid"], "automargin": True, "zeroline": False},
    }


def empty_figure(message: str, theme: str, height: int = 200) -> go.Figure:
    """A blank chart that says why it is blank.

    It keeps one empty, hidden trace: dcc.Graph now and then leaves the previous
    drawing on screen when a figure with no traces at all arrives."""
    layout = base_layout(theme, height)
    layout["xaxis"]["visible"] = False
    layout["yaxis"]["visible"] = False
    layout["annotations"] = [
        {
            "text": message,
            "showarrow": False,
            "font": {"size": 16, "color": theme_colours(theme)["muted"]},
            "xref": "paper",
            "yref": "paper",
            "x": 0.5,
            "y": 0.5,
        }
    ]
    placeholder = {"type": "scatter", "x": [], "y": [], "hoverinfo": "skip"}
    return make_figure([dict(placeholder, showlegend=False)], layout)
