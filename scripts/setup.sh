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
