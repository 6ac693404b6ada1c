"""Build the Frictionless-style ``datapackage.json`` descriptor from the row models."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .schema import LIST_DELIMITER, TABLES, TableSpec

DESCRIPTOR_NAME = "datapackage.json"

_JSON_TO_TABLE_TYPE = {
    "string": "string",
    "integer": "integer",
    "number": "number",
    "boolean": "boolean",
}


def _resolve(prop: dict[str, Any], defs: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """The non-null JSON-schema branch of ``prop``, and whether null is allowed."""
    nullable = False
    if "anyOf" in prop:
        branches = [b for b in prop["anyOf"] if b.get("type") != "null"]
        nullable = len(branches) < len(prop["anyOf"])
        prop = {**{k: v for k, v in prop.items() if k != "anyOf"}, **branches[0]}
    if "$ref" in prop:
        prop = {**prop, **defs[prop["$ref"].rsplit("/", 1)[-1]]}
    return prop, nullable


def _constraints(prop: dict[str, Any]) -> dict[str, Any]:
    names = {
        "enum": "enum",
        "pattern": "pattern",
        "minimum": "minimum",
        "minLength": "minLength",
        "maxLength": "maxLength",
    }
    return {names[k]: prop[k] for k in names if k in prop}


def field_descriptor(
    name: str, prop: dict[str, Any], defs: dict[str, Any], required: bool
) -> dict[str, Any]:
    """Describe one column as a Table Schema field."""
    resolved, _ = _resolve(prop, defs)
    field: dict[str, Any] = {"name": name}
    if resolved.get("type") == "array":
        item, _ = _resolve(resolved["items"], defs)
        field["type"] = "list"
        field["delimiter"] = LIST_DELIMITER
        field["itemType"] = _JSON_TO_TABLE_TYPE[item["type"]]
        constraints = _constraints(item)
    elif resolved.get("format") == "date":
        field["type"] = "date"
        constraints = {}
    else:
        field["type"] = _JSON_TO_TABLE_TYPE[resolved["type"]]
        constraints = _constraints(resolved)
    if "description" in prop:
        field["description"] = prop["description"]
    if required:
        constraints["required"] = True
    if constraints:
        field["constraints"] = constraints
    return field


def table_schema(table: TableSpec) -> dict[str, Any]:
    """The Table Schema of one table: fields, primary key and foreign keys."""
    json_schema = table.model.model_json_schema()
    defs = json_schema.get("$defs", {})
    required = set(json_schema.get("required", []))
    fields = [
        field_descriptor(name, prop, defs, name in required)
        for name, prop in json_schema["properties"].items()
    ]
    schema: dict[str, Any] = {
        "fields": fields,
        "primaryKey": list(table.primary_key),
        "missingValues": [""],
    }
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {
                "fields": fk.fields,
                "reference": {
                    "resource": fk.reference_table,
                    "fields": fk.reference_field,
                },
            }
            for fk in table.foreign_keys
        ]
    return schema


def build_descriptor() -> dict[str, Any]:
    """The whole package descriptor, as committed in ``data/datapackage.json``."""
    return {
        "name": "advocacy-timeline",
        "title": "Advocacy campaign timeline",
        "description": (
            "Events, actors, casualty figures and demands of an advocacy campaign, "
            "each pointing back to a source document and paragraph."
        ),
        "resources": [
            {
                "name": table.name,
                "path": table.path,
                "profile": "tabular-data-resource",
                "format": "csv",
                "encoding": "utf-8",
                "description": table.description,
                "schema": table_schema(table),
            }
            for table in TABLES
        ],
    }


def descriptor_text() -> str:
    """The descriptor serialised exactly as it is stored on disk."""
    return json.dumps(build_descriptor(), indent=2, ensure_ascii=False) + "\n"


def write_descriptor(directory: Path) -> Path:
    """Write ``datapackage.json`` into ``directory`` and return its path."""
    path = directory / DESCRIPTOR_NAME
    path.write_text(descriptor_text(), encoding="utf-8")
    return path
