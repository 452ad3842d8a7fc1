#!/usr/bin/env bash
# The whole test suite from a fresh machine: typecheck, lint, unit and integration tests,
# then the browser tests in Debian's Chromium. Exits non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."
export npm_config_nodedir="${npm_config_nodedir:-/usr}"

if ! command -v "${CHROMIUM_PATH:-chromium}" >/dev/null 2>&1 && [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Installing Debian's chromium for the browser tests"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
[ -d node_modules ] && [ "${SKIP_INSTALL:-}" = "1" ] || npm ci

npm run typecheck
npm run lint
npm test
npm run test:e2e
