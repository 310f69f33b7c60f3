#!/usr/bin/env bash
# Set-up plus lint plus the whole test suite. This is the README's test command and what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# The bot tests start a real redis-server (tests/redis_server.py) and the payments tests a real
# PostgreSQL (tests/postgres_server.py); install what is missing on a fresh machine (one apt-get update).
# Debian keeps PostgreSQL's initdb off PATH, under /usr/lib/postgresql/<version>/bin.
packages=""
if ! command -v redis-server >/dev/null 2>&1; then packages="redis-server"; fi
if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  packages="$packages postgresql"
fi
# The camera guide's browser tests drive Debian's headless Chromium (never a downloaded browser);
# its MediaPipe files come from npm (scripts/webapp_assets.sh).
if ! command -v chromium >/dev/null 2>&1; then packages="$packages chromium"; fi
if ! command -v npm >/dev/null 2>&1; then packages="$packages nodejs npm"; fi
if [ -n "$packages" ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086 # one word per package
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $packages >/dev/null
fi
bash scripts/webapp_assets.sh  # again, now that npm is surely there (idempotent)
. .venv/bin/activate
export IDPHOTO_MODEL_DIR="${IDPHOTO_MODEL_DIR:-$(cd .. && pwd)/shared/models}"
ruff check .
lint-imports  # the import contract in pyproject.toml: layers, no cycles, engine/specs/payments stand alone
mypy engine specs payments store bot  # strict (pyproject.toml [tool.mypy]; the modules not clean yet are listed there)
# Arguments go to pytest as they are (e.g. `-m "not e2e and not engine"` for the quick tier alone,
# under a minute). Without any, the three tiers run, quickest first: `not e2e and not engine` needs
# neither the models nor Redis/PostgreSQL, `engine` renders real photos, `e2e` starts the servers
# and processes (tests/conftest.py marks every test; the test folders mirror the packages).
run_pytest() {
  set +e
  python -m pytest -q "$@"
  local status=$?
  set -e
  if [ "$status" -eq 5 ]; then
    echo "pytest collected no tests: treating as failure" >&2
    return 1
  fi
  return "$status"
}
if [ "$#" -gt 0 ]; then
  run_pytest "$@"
  exit $?
fi
status=0
run_pytest -m "not e2e and not engine" || status=$?
run_pytest -m "engine and not e2e" || status=$?
run_pytest -m e2e || status=$?
exit "$status"
