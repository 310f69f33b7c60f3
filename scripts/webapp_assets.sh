#!/usr/bin/env bash
# The camera guide's browser files (bot/webapp): @mediapipe/tasks-vision from npm, pinned by
# bot/webapp/package-lock.json, copied into bot/webapp/static/vendor (git-ignored), which the bot
# serves itself: the page never fetches code from a CDN. The face landmarker model is not copied:
# the bot serves it from IDPHOTO_MODEL_DIR. Idempotent; called by scripts/setup.sh.
set -euo pipefail
cd "$(dirname "$0")/../bot/webapp"
vendor=static/vendor
package=node_modules/@mediapipe/tasks-vision
files=(vision_bundle.mjs wasm/vision_wasm_internal.js wasm/vision_wasm_internal.wasm
  wasm/vision_wasm_nosimd_internal.js wasm/vision_wasm_nosimd_internal.wasm)
if ! command -v npm >/dev/null 2>&1; then
  echo "webapp_assets: npm not found; the camera guide needs Node.js (apt-get install nodejs npm)" >&2
  exit 1
fi
wanted=$(node -p "require('./package-lock.json').packages['node_modules/@mediapipe/tasks-vision'].version")
have=$(node -p "try { require('./$package/package.json').version } catch (e) { '' }")
if [ "$have" != "$wanted" ]; then
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
fi
mkdir -p "$vendor/wasm"
for file in "${files[@]}"; do
  if ! cmp -s "$package/$file" "$vendor/$file"; then
    cp "$package/$file" "$vendor/$file"
  fi
done
