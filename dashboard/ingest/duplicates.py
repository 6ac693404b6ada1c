"""The same event told by two releases (a national section's copy of an
international release, say) becomes one candidate with both sources."""

from __future__ import annotations

from typing import Any

MIN_ACTOR_OVERLAP = 0.5


def _actors(event: dict[str, Any]) -> set[str]:
    return {actor["id"] for actor in event["actors"]}


def same_event(first: dict[str, Any], second: dict[str, Any]) -> bool:
    """Same type, overlapping dates, mostly the same actors, different sources."""
    if first["event_type"] != second["event_type"]:
        return False
    if first["start"] > second["end"] or second["start"] > first["end"]:
        return False
    sources = {s["source_id"] for s in first["sources"]}
    if sources & {s["source_id"] for s in second["sources"]}:
        return False
    a, b = _actors(first), _actors(second)
    if not a and not b:
        return True
    return len(a & b) / len(a | b) >= MIN_ACTOR_OVERLAP


def merge_candidates(documents: list[dict[str, Any]]) -> dict[str, Any]:
    """One candidates document from several; duplicate events are merged, and the
    known actors each release names are kept in ``mentioned_actors``."""
    merged: dict[str, Any] = {
        key: []
        for key in ("sources", "actors", "events", "casualty_figures", "demands")
    }
    merged["dates"] = []
    merged["mentioned_actors"] = []
    seen_actors: dict[str, dict[str, Any]] = {}
    seen_known: dict[str, dict[str, Any]] = {}
    renamed: dict[str, str] = {}  # merged event id → the id it was merged into
    for document in documents:
        merged["sources"] += document["sources"]
        merged["casualty_figures"] += document["casualty_figures"]
        merged["demands"] += document["demands"]
        merged["dates"] += [
            {**date, "source_id": document["sources"][0]["id"]}
            for date in document["dates"]
        ]
        for actor in document["actors"]:
            kept = seen_actors.setdefault(actor["id"], dict(actor, mentions=[]))
            kept["mentions"] += [
                m for m in actor["mentions"] if m not in kept["mentions"]
            ]
        for actor in document.get("mentioned_actors", []):
            kept = seen_known.setdefault(actor["id"], dict(actor, mentions=[]))
            kept["mentions"] += [
                m for m in actor["mentions"] if m not in kept["mentions"]
            ]
        for event in document["events"]:
            twin = next((e for e in merged["events"] if same_event(e, event)), None)
            if twin is None:
                merged["events"].append(dict(event))
                continue
            twin["sources"] = twin["sources"] + event["sources"]
            twin["confidence"] = max(twin["confidence"], event["confidence"])
            twin.setdefault("merged_ids", []).append(event["id"])
            renamed[event["id"]] = twin["id"]
    merged["casualty_figures"] = [
        dict(figure, event_id=renamed.get(figure["event_id"], figure["event_id"]))
        for figure in merged["casualty_figures"]
    ]
    merged["actors"] = list(seen_actors.values())
    merged["mentioned_actors"] = list(seen_known.values())
    return merged
