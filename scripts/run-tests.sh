#!/usr/bin/env bash
# Install everything the tests need (Python packages, Debian's Chromium) and run
# the linter and the whole test suite. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo_if_needed() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    echo "Installing chromium and chromium-driver with apt..."
    sudo_if_needed apt-get update -qq
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq chromium chromium-driver
fi
bash scripts/bootstrap.sh requirements-dev.txt
.venv/bin/ruff check .
exec .venv/bin/python -m pytest "$@"
