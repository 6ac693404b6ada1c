"""What a test reads off the page: chart data as plotly holds it."""

from __future__ import annotations

import time
from collections.abc import Callable

from playwright.sync_api import Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

TRACES_JS = """([graphId, meta]) => {
  const gd = document.getElementById(graphId).querySelector('.js-plotly-plot');
  return gd.data.filter(t => t.meta === meta)
                .map(t => ({name: t.name, ids: (t.customdata || []).map(c => c[0])}));
}"""


SETTLED_JS = """() => {
  const gd = document.querySelector('#timeline .js-plotly-plot');
  return !!(gd && gd._fullLayout && gd.querySelector('.legend') &&
    document.querySelectorAll('[data-dash-is-loading="true"]').length === 0);
}"""


def wait_for_dashboard(page: Page) -> None:
    """Wait until the timeline is fully drawn and no callback is running.

    A person cannot act faster than that; a test can, and dcc.Graph drops a
    figure that arrives while its first drawing is still under way."""
    page.wait_for_selector("#timeline .js-plotly-plot .main-svg")
    page.wait_for_function(SETTLED_JS)
    expect(page.locator("#result-summary")).to_contain_text("Showing")


def trace_ids(page: Page, graph_id: str, meta: str) -> list[str]:
    """Record ids (first customdata item) on traces of ``graph_id`` tagged ``meta``."""
    traces = page.evaluate(TRACES_JS, [graph_id, meta])
    return [item for trace in traces for item in trace["ids"]]


def wait_for_trace_ids(
    page: Page,
    graph_id: str,
    meta: str,
    wanted: Callable[[list[str]], bool],
    timeout: float = 10.0,
) -> list[str]:
    """``trace_ids`` once ``wanted`` holds (a panel may redraw a moment after
    another); the last ids seen when it never does."""
    deadline = time.monotonic() + timeout
    while True:
        ids = trace_ids(page, graph_id, meta)
        if wanted(ids) or time.monotonic() > deadline:
            return ids
        page.wait_for_timeout(100)


def table_row_ids(page: Page) -> list[str]:
    """Ids of the rows in the event table (all pages, via the grid API)."""
    return page.evaluate(
        """async () => {
          const api = await dash_ag_grid.getApiAsync('event-table');
          const ids = [];
          api.forEachNodeAfterFilterAndSort(node => ids.push(node.data.id));
          return ids;
        }"""
    )


POSITION_JS = """([graphId, recordId, meta]) => {
  const gd = document.getElementById(graphId).querySelector('.js-plotly-plot');
  const layout = gd._fullLayout;
  for (const trace of gd._fullData) {
    if (trace.meta !== meta) continue;
    const index = (trace.customdata || []).findIndex(c => c[0] === recordId);
    if (index < 0) continue;
    const box = gd.getBoundingClientRect();
    const xa = layout[trace.xaxis.replace('x', 'xaxis')];
    const ya = layout[trace.yaxis.replace('y', 'yaxis')];
    return {
      x: box.left + xa._offset + xa.d2p(trace.x[index]),
      y: box.top + ya._offset + ya.d2p(trace.y[index]),
    };
  }
  return null;
}"""

HOVERED_JS = """([graphId, recordId]) => {
  const gd = document.getElementById(graphId).querySelector('.js-plotly-plot');
  return (gd._hoverdata || []).some(
    p => p.customdata && p.customdata[0] === recordId);
}"""


def click_mark(
    page: Page,
    graph_id: str,
    record_id: str,
    meta: str = "events",
    attempts: int = 5,
) -> None:
    """Point at the marker of ``record_id``, wait for its tooltip, then click.

    As a person does: the tooltip confirms the pointer is on that mark. When
    the chart redraws between measuring and pointing (a resize on a slow
    machine moves every mark), the mark is measured again."""
    for _ in range(attempts):
        position = page.evaluate(POSITION_JS, [graph_id, record_id, meta])
        assert position is not None, f"{record_id} is not drawn on {graph_id}"
        page.mouse.move(position["x"] - 30, position["y"] - 30)
        page.mouse.move(position["x"], position["y"], steps=3)
        try:
            page.wait_for_function(HOVERED_JS, arg=[graph_id, record_id], timeout=2000)
        except PlaywrightTimeoutError:
            continue
        page.mouse.click(position["x"], position["y"])
        return
    raise AssertionError(f"the pointer never rested on {record_id} in {graph_id}")
