#!/usr/bin/env bash
# Set-up plus lint plus the whole test suite. This is the README's test command and what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# The bot tests start a real redis-server (tests/redis_server.py); install it on a fresh machine.
if ! command -v redis-server >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq redis-server >/dev/null
fi
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
