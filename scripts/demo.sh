#!/usr/bin/env bash
# One command for a fresh machine: install, migrate, seed the demo families, build, serve.
set -euo pipefail
cd "$(dirname "$0")/.."
export npm_config_nodedir="${npm_config_nodedir:-/usr}"   # better-sqlite3 builds against Debian's Node headers

npm ci
export DATABASE_URL="${DATABASE_URL:-file:./prisma/dev.db}"
export APP_ENV="${APP_ENV:-demo}" DEMO_MODE="${DEMO_MODE:-true}" SHOW_OUTBOX="${SHOW_OUTBOX:-true}" NODE_ENV=production
# A fresh demo every time: history rows cannot be deleted (by design), so start from a new file.
case "$DATABASE_URL" in file:*) rm -f "${DATABASE_URL#file:}" ;; esac
npm run db:deploy
npm run db:seed
npm run build
echo
echo "Safety Circle: open http://localhost:${PORT:-3000} and choose a demo person on the sign-in page."
echo "Or sign in by email: codes land in the outbox at http://localhost:${PORT:-3000}/outbox"
exec npm start
