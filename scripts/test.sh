#!/usr/bin/env bash
# Set-up plus lint plus the whole test suite. This is the README's test command and what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. .venv/bin/activate
export IDPHOTO_MODEL_DIR="${IDPHOTO_MODEL_DIR:-$(cd .. && pwd)/shared/models}"
ruff check .
set +e
python -m pytest -q "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests: treating as failure" >&2
  exit 1
fi
exit "$status"
