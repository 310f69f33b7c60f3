#!/usr/bin/env bash
# Creates .venv and installs idphoto with its pinned dependencies (idempotent; reused by the
# demo and test scripts). Python ≥ 3.11 must be on PATH as python3.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
. .venv/bin/activate
python -m pip install --quiet --upgrade pip
python -m pip install --quiet -e ".[test]"
# The camera guide's browser files (MediaPipe's wasm from npm, served by the bot): needs Node.js;
# scripts/test.sh installs it and runs this again when it was missing.
if command -v npm >/dev/null 2>&1; then
  bash scripts/webapp_assets.sh
else
  echo "setup: npm not found, the camera guide (bot/webapp) will have no MediaPipe files" >&2
fi
