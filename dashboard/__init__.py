"""The pure core of the advocacy timeline: schema, loading, queries, figures, export."""
