"""Charts built as plain dicts and arrays, and sent to the browser cheaply.

On a filter change the page redraws every chart. Plotly's graph objects check
each property as it is set and deep-copy every array (the hover texts item by
item) when turned into JSON; for charts of thousands of points that cost more
than all the filtering. So the chart modules build traces and layouts as plain
dicts of numpy arrays, :func:`make_figure` wraps them without those checks (the
tests validate every chart the page draws) and :class:`PageFigure` becomes JSON
without copying the data.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

#: Largest text array kept as one fixed-width numpy block (see :func:`texts`).
MAX_TEXT_BLOCK_BYTES = 32 * 2**20


class PageFigure(go.Figure):
    """A :class:`~plotly.graph_objects.Figure` that turns itself into JSON cheaply.

    Plotly's own :meth:`to_plotly_json` deep-copies every array to base64 the
    numbers in place. Here only the containers are copied: numbers stay numpy
    arrays (orjson writes them directly) and texts numpy str arrays (plotly's
    JSON encoder lists those in one go, where it walks a list item by item).
    The browser gets the same figure (a test compares the two encodings: this
    reads the figure's own property dicts, ``_data`` and ``_layout``, which a
    plotly upgrade could rename).
    """

    def to_plotly_json(self) -> dict[str, Any]:
        """The figure as JSON-ready data (what Dash sends to the browser)."""
        return {
            "data": [_json_ready(trace) for trace in self._data],
            "layout": _json_ready(self._layout),
        }


def _json_ready(value: Any) -> Any:
    """``value`` with dicts and lists copied and object arrays made plain."""
    if isinstance(value, dict):
        return {key: _json_ready(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_json_ready(item) for item in value]
    if isinstance(value, np.ndarray) and value.dtype.kind == "O":
        compact = texts(value)
        return compact if compact.dtype.kind == "U" else value.tolist()
    return value


def texts(values: np.ndarray) -> np.ndarray:
    """An object array of strings as a numpy str array, which copies and turns
    into JSON far faster; unchanged if it holds anything else, or if the
    fixed width (its longest text sets every item's size) would make it huge."""
    if pd.api.types.infer_dtype(values.ravel(), skipna=False) != "string":
        return values
    fixed = values.astype(str)
    return fixed if fixed.nbytes <= MAX_TEXT_BLOCK_BYTES else values


def text_columns(frame: pd.DataFrame, columns: Sequence[str]) -> np.ndarray:
    """``frame``'s ``columns`` as one 2-D text array (missing values as '')."""
    return texts(
        np.column_stack(
            [
                frame[column].fillna("").astype(str).to_numpy(dtype=object)
                for column in columns
            ]
        )
    )


def groups(
    keys: Sequence[np.ndarray], among: np.ndarray, *, sort: bool
) -> Iterator[tuple[Any, np.ndarray]]:
    """(key, positions) of each distinct key (a tuple for several ``keys``) at
    positions ``among``: keys sorted, or in order of first appearance (as
    :meth:`pandas.DataFrame.groupby`); positions keep their order."""
    codes = np.zeros(len(among), dtype=np.int64)
    values = []
    for key in keys:
        key_codes, uniques = pd.factorize(key[among], sort=sort)
        codes = codes * len(uniques) + key_codes
        values.append(uniques)
    combined, firsts = pd.factorize(codes, sort=sort)
    order = np.argsort(combined, kind="stable")
    bounds = np.searchsorted(combined[order], np.arange(len(firsts) + 1))
    for index, code in enumerate(firsts.tolist()):
        parts = []
        for uniques in reversed(values):
            code, part = divmod(code, len(uniques))
            parts.append(uniques[part])
        key = parts[0] if len(parts) == 1 else tuple(reversed(parts))
        yield key, among[order[bounds[index] : bounds[index + 1]]]


def make_figure(data: list[dict[str, Any]], layout: dict[str, Any]) -> go.Figure:
    """A figure from plain trace and layout dicts, without property checks."""
    return PageFigure(data=data, layout=layout, _validate=False)
