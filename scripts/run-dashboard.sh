#!/usr/bin/env bash
# Install what the dashboard needs and serve it on http://127.0.0.1:8050
# (extra arguments go to app.py, e.g. --port 8060).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh requirements.txt
exec .venv/bin/python app.py "$@"
