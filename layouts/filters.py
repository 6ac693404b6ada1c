"""The filter column: actor, type, dates, source, text, context layer, lanes."""

from __future__ import annotations

from typing import Any

import dash_bootstrap_components as dbc
from dash import dcc, html

from dashboard.labels import EVENT_TYPE_DEFINITIONS, humanise
from dashboard.loading import Dataset
from dashboard.query import actor_counts
from dashboard.schema import EventType
from dashboard.view import source_short_names
from dashboard.viewstate import LaneMode
from layouts import ids


def actor_options(dataset: Dataset) -> list[dict[str, str]]:
    """Actors as a tree (children indented under parents), each with its event
    count; busiest top-level actors first."""
    counts = actor_counts(dataset)
    names = dataset.actors.set_index("id")["name"]
    aliases = dataset.actors.set_index("id")["aliases"]
    tree = dataset.actor_tree
    roots = [a for a in dataset.actors["id"] if tree.parent.get(a) is None]
    roots.sort(key=lambda actor_id: (-counts[actor_id], names[actor_id]))
    options: list[dict[str, str]] = []

    def visit(actor_id: str, depth: int) -> None:
        indent = "\u2003" * depth
        options.append(
            {
                "label": f"{indent}{names[actor_id]} ({counts[actor_id]})",
                "value": actor_id,
                "search": " ".join([names[actor_id], *aliases[actor_id]]),
            }
        )
        children = sorted(
            tree.children.get(actor_id, ()),
            key=lambda child: (-counts[child], names[child]),
        )
        for child in children:
            visit(child, depth + 1)

    for root in roots:
        visit(root, 0)
    return options


def type_options(dataset: Dataset) -> list[dict[str, str]]:
    """Event types present in the dataset, with counts; what each type covers
    is its tooltip."""
    counts = dataset.events["event_type"].astype(str).value_counts()
    return [
        {
            "label": f"{humanise(kind.value)} ({counts[kind.value]})",
            "value": kind.value,
            "title": EVENT_TYPE_DEFINITIONS[kind.value],
        }
        for kind in EventType
        if kind.value in counts
    ]


def source_options(dataset: Dataset) -> list[dict[str, str]]:
    """Sources by short name, with their titles as tooltips."""
    names = source_short_names(dataset)
    return [
        {"label": names[source_id], "value": source_id, "title": title}
        for source_id, title in zip(dataset.sources["id"], dataset.sources["title"])
    ]


def _labelled(label: str, control, html_for: str) -> html.Div:
    return html.Div(
        [
            dbc.Label(label, html_for=html_for, className="fw-semibold small mb-1"),
            control,
        ],
        className="mb-3",
    )


def filter_choices(dataset: Dataset) -> dict[str, Any]:
    """What the filters offer for ``dataset``: options with counts, date bounds."""
    return {
        "actors": actor_options(dataset),
        "types": type_options(dataset),
        "sources": source_options(dataset),
        "first": dataset.events["start"].min().date(),
        "last": dataset.events["end"].max().date(),
    }


def filter_panel(dataset: Dataset) -> dbc.Card:
    """The card of filters; its values are written back from the URL."""
    choices = filter_choices(dataset)
    first, last = choices["first"], choices["last"]
    return dbc.Card(
        dbc.CardBody(
            [
                html.H2("Filters", className="h6 text-uppercase text-muted"),
                _labelled(
                    "Actor",
                    dcc.Dropdown(
                        id=ids.ACTOR_FILTER,
                        options=choices["actors"],
                        multi=True,
                        placeholder="All actors (a state includes its forces)",
                    ),
                    ids.ACTOR_FILTER,
                ),
                _labelled(
                    "Event type",
                    dcc.Dropdown(
                        id=ids.TYPE_FILTER,
                        options=choices["types"],
                        multi=True,
                        placeholder="All types",
                    ),
                    ids.TYPE_FILTER,
                ),
                _labelled(
                    "Dates",
                    dcc.DatePickerRange(
                        id=ids.DATE_FILTER,
                        min_date_allowed=first,
                        max_date_allowed=last,
                        initial_visible_month=first,
                        display_format="D MMM YYYY",
                        start_date_placeholder_text="From",
                        end_date_placeholder_text="To",
                        clearable=True,
                        updatemode="bothdates",
                    ),
                    ids.DATE_FILTER,
                ),
                _labelled(
                    "Source document",
                    dcc.Dropdown(
                        id=ids.SOURCE_FILTER,
                        options=choices["sources"],
                        multi=True,
                        placeholder="All sources",
                    ),
                    ids.SOURCE_FILTER,
                ),
                _labelled(
                    "Search",
                    dbc.Input(
                        id=ids.TEXT_SEARCH,
                        type="search",
                        placeholder="e.g. arms, Aleppo, Díaz",
                        debounce=True,
                    ),
                    ids.TEXT_SEARCH,
                ),
                dbc.Switch(
                    id=ids.CONTEXT_TOGGLE,
                    label="Show context layer (UN veto list)",
                    value=True,
                    className="mb-3",
                ),
                _labelled(
                    "Timeline rows",
                    dbc.RadioItems(
                        id=ids.LANE_MODE,
                        options=[
                            {"label": "Event type", "value": LaneMode.TYPE.value},
                            {"label": "Actor", "value": LaneMode.ACTOR.value},
                            {"label": "Source", "value": LaneMode.SOURCE.value},
                        ],
                        value=LaneMode.TYPE.value,
                        inline=True,
                    ),
                    ids.LANE_MODE,
                ),
                dbc.Button(
                    "Clear all",
                    id=ids.CLEAR_FILTERS,
                    color="secondary",
                    outline=True,
                    size="sm",
                    className="w-100",
                ),
            ]
        ),
        className="shadow-sm",
    )
