"""Figure builders: each takes frames and returns a ``go.Figure``; no Dash here."""
