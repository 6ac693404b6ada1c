"""The rows a view state shows: the one place filters and time window meet."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pandas as pd

from .loading import Dataset
from .query import filter_demands, filter_events, filter_figures
from .viewstate import ViewState


@dataclass(frozen=True)
class Selection:
    """Rows of one view: ``events`` match the filters (the timeline keeps them all
    so the user can zoom out); ``in_window`` are those inside the time window,
    which the figures, demands and table follow."""

    events: pd.DataFrame
    in_window: pd.DataFrame
    figures: pd.DataFrame
    demands: pd.DataFrame


def select_rows(dataset: Dataset, state: ViewState) -> Selection:
    """Apply ``state``'s filters and time window to ``dataset``."""
    flt = state.event_filter()
    events = filter_events(dataset, replace(flt, window=None))
    in_window = events
    if state.window is not None:
        low, high = (pd.Timestamp(day) for day in state.window)
        in_window = events[(events["end"] >= low) & (events["start"] <= high)]
    return Selection(
        events=events,
        in_window=in_window,
        figures=filter_figures(dataset, flt, in_window["id"]),
        demands=filter_demands(dataset, flt, in_window["id"]),
    )
