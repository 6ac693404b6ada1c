"""Functions that build the page's components (no callbacks here)."""
