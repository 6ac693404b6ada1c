"""Every component id of the page, in one place.

The first block is a public contract (tests, automation and embedding rely on
them); keep those values exact.
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

EVENT_LIST = "event-list"
