#!/usr/bin/env bash
# Create .venv (if needed) and install the given requirements file into it.
# Usage: scripts/bootstrap.sh requirements.txt
set -euo pipefail
cd "$(dirname "$0")/.."
requirements="${1:-requirements.txt}"

sudo_if_needed() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

if ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "Python 3.11 or newer is needed (found $(python3 --version 2>&1))." >&2
    exit 1
fi
if [ ! -x .venv/bin/python ]; then
    if ! python3 -m venv .venv 2>/dev/null; then
        rm -rf .venv
        echo "Installing python3-venv with apt..."
        sudo_if_needed apt-get update -qq
        sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv
        python3 -m venv .venv
    fi
fi
.venv/bin/python -m pip install --quiet --upgrade "pip>=25.3"
# XStatic-Bootstrap ships only an sdist whose setup.py imports pkg_resources,
# which setuptools 81 removed: build it with an older setuptools.
constraint="$(mktemp)"
trap 'rm -f "$constraint"' EXIT
echo 'setuptools<81' > "$constraint"
.venv/bin/python -m pip install --quiet --build-constraint "$constraint" -r "$requirements"
