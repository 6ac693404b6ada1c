"""Exports of the current view: chart images and HTML, a briefing PDF, and the
data as CSV, JSON and TimelineJS. Pure functions over a dataset and a view state;
the page's download callback and ``python -m dashboard export`` both call
:func:`dashboard.export.service.export_view`."""
