"""Every component id of the page, in one place.

The first block is a public contract (tests, automation and embedding rely on
them): keep those values exact.
"""

from __future__ import annotations

TIMELINE = "timeline"
CASUALTY_PANEL = "casualty-panel"
DEMAND_PANEL = "demand-panel"
EVENT_DETAIL = "event-detail"
EVENT_TABLE = "event-table"
ACTOR_FILTER = "actor-filter"
TYPE_FILTER = "type-filter"
DATE_FILTER = "date-filter"
TEXT_SEARCH = "text-search"

SOURCE_FILTER = "source-filter"
CONTEXT_TOGGLE = "context-toggle"
LANE_MODE = "lane-mode"
CLEAR_FILTERS = "clear-filters"
CLEAR_WINDOW = "clear-window"
URL = "url"
VIEW_STATE = "view-state"
URL_NOTICE = "url-notice"
RESULT_SUMMARY = "result-summary"
WINDOW_SUMMARY = "window-summary"

DATA_VERSION = "data-version"

ADD_DOCUMENT_OPEN = "add-document-open"
ADD_DOCUMENT_PANEL = "add-document"
INGEST_UPLOAD = "ingest-upload"
INGEST_TEXT = "ingest-text"
INGEST_PUBLISHED = "ingest-published"
INGEST_PUBLISHER = "ingest-publisher"
INGEST_ANALYSE = "ingest-analyse"
INGEST_MESSAGE = "ingest-message"
INGEST_PREVIEW = "ingest-preview"
INGEST_REVIEW = "ingest-review"
INGEST_ADD = "ingest-add"
INGEST_CANDIDATES = "ingest-candidates"
INGEST_SELECTION = "ingest-selection"
INGEST_SHOWN = "ingest-shown"

EXPORT_DOWNLOAD = "export-download"
EXPORT_MESSAGE = "export-message"


class ExportIds:
    """Dict ids of the export menu items, matched by one pattern callback."""

    TYPE = "export-item"

    @staticmethod
    def item(target: str, fmt: str) -> dict[str, str]:
        """The id of the menu item exporting ``target`` as ``fmt``."""
        return {"type": ExportIds.TYPE, "target": target, "format": fmt}


class MissedIds:
    """Dict ids of the buttons adding what the tool missed, one per kind of row."""

    TYPE = "ingest-add-missed"

    @staticmethod
    def button(kind: str) -> dict[str, str]:
        """The id of the button adding the selected words as a ``kind`` row."""
        return {"type": MissedIds.TYPE, "kind": kind}
