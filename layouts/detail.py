"""The event detail card."""

from __future__ import annotations

from typing import Any

import dash_bootstrap_components as dbc
from dash import html

PROMPT = "Click an event on the timeline or in the table to see where it comes from."


def _source_line(source: dict[str, Any]) -> html.Li:
    where = (
        f"document {source['locator']}"
        if source["locator"]
        else "paragraph"
        + ("s " if len(source["paragraphs"]) > 1 else " ")
        + ", ".join(map(str, source["paragraphs"]))
    )
    title = (
        html.A(source["title"], href=source["url"], target="_blank", rel="noopener")
        if source["url"]
        else html.Span(source["title"])
    )
    meta = ", ".join(part for part in (source["publisher"], source["date"]) if part)
    badge = (
        dbc.Badge("context", color="secondary", className="ms-1")
        if source["layer"] == "context"
        else None
    )
    return html.Li(
        [title, html.Span(f" — {meta}; {where}", className="text-muted"), badge]
    )


def detail_card(detail: dict[str, Any] | None) -> list:
    """Children of the detail panel (``detail`` from ``view.event_detail``)."""
    if detail is None:
        return [html.P(PROMPT, className="text-muted mb-0")]
    rows: list = [
        html.H3(detail["title"], className="h5"),
        html.P(
            [
                dbc.Badge(detail["type"], color="dark", className="me-2"),
                html.Strong(detail["when"]),
                html.Span(
                    f" · {detail['precision']} precision", className="text-muted"
                ),
                dbc.Badge("context layer", color="secondary", className="ms-2")
                if detail["layer"] == "context"
                else None,
            ],
            className="mb-1",
        ),
    ]
    if detail["as_stated"]:
        rows.append(
            html.P(
                [
                    html.Span("As the source puts it: ", className="text-muted"),
                    html.Q(detail["as_stated"]),
                ],
                className="mb-1 small",
            )
        )
    if detail["date_note"]:
        rows.append(html.P(detail["date_note"], className="small text-muted mb-1"))
    rows.append(html.P(detail["summary"], className="mt-2"))
    if detail["location"]:
        rows.append(html.P(["Where: ", detail["location"]], className="small mb-1"))
    if detail["actors"]:
        rows.append(
            html.P(
                ["Who: "]
                + [
                    dbc.Badge(
                        f"{actor['name']} · {actor['role'].replace('_', ' ')}",
                        color="light",
                        text_color="dark",
                        className="me-1 border",
                    )
                    for actor in detail["actors"]
                ],
                className="small",
            )
        )
    rows.append(html.H4("Sources", className="h6 mt-3"))
    rows.append(
        html.Ul([_source_line(s) for s in detail["sources"]], className="small")
    )
    if detail["figures"]:
        rows.append(html.H4("Casualty figures", className="h6 mt-3"))
        rows.append(
            html.Ul(
                [
                    html.Li(
                        [
                            html.Strong(f["label"]),
                            f" — {f['period_label']}; ",
                            html.Span(f["source_label"], className="text-muted"),
                        ]
                    )
                    for f in detail["figures"]
                ],
                className="small",
            )
        )
    if detail["demands"]:
        rows.append(html.H4("Related demands", className="h6 mt-3"))
        rows.append(
            html.Ul(
                [
                    html.Li(
                        [
                            html.Strong(d["text"]),
                            html.Br(),
                            html.Span(
                                f"{d['who_label']} · {d['status_label']}",
                                className="text-muted",
                            ),
                        ]
                    )
                    for d in detail["demands"]
                ],
                className="small",
            )
        )
    return rows
