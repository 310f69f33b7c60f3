#!/usr/bin/env bash
# Set-up plus the main job on the embedded default: a US passport photo from a sample selfie.
# Usage: bash scripts/demo.sh [SELFIE] [DOC_ID]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. .venv/bin/activate
export IDPHOTO_MODEL_DIR="${IDPHOTO_MODEL_DIR:-$(cd .. && pwd)/shared/models}"
selfie="${1:-../shared/samples/selfies/sample_001.jpg}"
doc="${2:-us_passport}"
idphoto make "$selfie" --doc "$doc" -o out/
