"""From a press release to candidate events, figures and demands, with provenance."""
