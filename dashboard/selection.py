"""The rows a view state shows: the one place filters and time window meet."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property

import numpy as np
import pandas as pd

from .loading import Dataset
from .query import demand_mask, event_mask, figure_mask, query_index
from .viewstate import ViewState


def take_rows(frame: pd.DataFrame, rows: np.ndarray) -> pd.DataFrame:
    """The rows at positions ``rows`` (ascending) of ``frame``, labels kept;
    no copy when that is every row."""
    if len(rows) == len(frame):
        return frame.copy(deep=False)
    return frame.take(rows)


@dataclass(frozen=True, eq=False)
class Selection:
    """Rows of one view: ``events`` match the filters (the timeline keeps them all
    so the user can zoom out); ``in_window`` are those inside the time window,
    which the figures, demands and table follow.

    Rows are kept as positions (``*_rows``) and made into frames only when asked:
    the page's own callback mostly needs counts and a few rows.
    """

    dataset: Dataset = field(repr=False)
    event_rows: np.ndarray
    window_rows: np.ndarray
    figure_rows: np.ndarray
    demand_rows: np.ndarray

    @cached_property
    def events(self) -> pd.DataFrame:
        """The events matching the filters, in date order."""
        return take_rows(self.dataset.events, self.event_rows)

    @cached_property
    def in_window(self) -> pd.DataFrame:
        """The matching events inside the time window (all of them without one)."""
        return take_rows(self.dataset.events, self.window_rows)

    @cached_property
    def figures(self) -> pd.DataFrame:
        """Casualty figures of the events in the window (and untied matches)."""
        return take_rows(self.dataset.casualty_figures, self.figure_rows)

    @cached_property
    def demands(self) -> pd.DataFrame:
        """Demands that go with the events in the window and the filters."""
        return take_rows(self.dataset.demands, self.demand_rows)


def select_rows(dataset: Dataset, state: ViewState) -> Selection:
    """Apply ``state``'s filters and time window to ``dataset``."""
    flt = state.event_filter()
    matching = event_mask(dataset, replace(flt, window=None))
    in_window = matching
    if state.window is not None:
        index = query_index(dataset)
        low, high = (np.datetime64(day, "s") for day in state.window)
        in_window = matching & (index.event_ends >= low) & (index.event_starts <= high)
    return Selection(
        dataset=dataset,
        event_rows=np.flatnonzero(matching),
        window_rows=np.flatnonzero(in_window),
        figure_rows=np.flatnonzero(figure_mask(dataset, flt, in_window)),
        demand_rows=np.flatnonzero(demand_mask(dataset, flt, in_window)),
    )
