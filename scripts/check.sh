#!/usr/bin/env bash
# The whole test suite from a fresh machine: typecheck, lint, unit and integration tests on
# SQLite and again on PostgreSQL, then the browser tests in Debian's Chromium (on SQLite, plus a
# smoke journey on PostgreSQL, and the journey from an empty database on each), two production
# processes sharing one PostgreSQL database, and a production server killed in the middle of
# writes (on both databases).
# Exits non-zero when anything fails. SKIP_INSTALL=1 keeps an existing node_modules.
set -euo pipefail
cd "$(dirname "$0")/.."
export npm_config_nodedir="${npm_config_nodedir:-/usr}"

step() { printf '\n===== %s =====\n' "$*"; }
started=$SECONDS
timed() { # timed "label" command...: runs it and prints how long it took
  local label="$1" start=$SECONDS
  shift
  step "$label"
  "$@"
  echo "----- $label: $((SECONDS - start)) s"
}

missing=()
if ! command -v "${CHROMIUM_PATH:-chromium}" >/dev/null 2>&1 && [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  missing+=(chromium)
fi
if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  missing+=(postgresql)
fi
if [ "${#missing[@]}" -gt 0 ]; then
  step "Installing Debian's ${missing[*]} for the tests"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if ! { [ -d node_modules ] && [ "${SKIP_INSTALL:-}" = "1" ]; }; then
  timed "npm ci" npm ci
fi

# A private PostgreSQL cluster on a free port, removed however this script ends.
pg_dir=$(mktemp -d /tmp/safety-circle-pg.XXXXXX)
trap 'bash scripts/pg-cluster.sh stop "$pg_dir"' EXIT
pg_url=$(bash scripts/pg-cluster.sh start "$pg_dir")
echo "PostgreSQL $(cat "$pg_dir/data/PG_VERSION") test cluster on port $(cat "$pg_dir/port")"

timed "typecheck" npm run typecheck
timed "lint" npm run lint
timed "Vitest on SQLite" npm test
timed "Vitest on PostgreSQL" env TEST_DATABASE_URL="$pg_url" npm test
timed "Browser tests (SQLite; smoke journey on PostgreSQL; empty-database journey on both)" env E2E_PG_URL="$pg_url" npm run test:e2e
# Uses the build test:e2e just made.
timed "Two app processes on one PostgreSQL database; a server killed mid-write" env TEST_DATABASE_URL="$pg_url" npm run test:processes
timed "A server killed mid-write, on SQLite" npm run test:processes -- tests/processes/crash-safety.test.ts
step "All checks passed in $((SECONDS - started)) s"
