#!/usr/bin/env bash
# `npm test`: the whole suite — lint, types, unit tests (vitest), then API and browser tests (Playwright) against
# real servers on the embedded database and, when TEST_DATABASE_URL is set, on PostgreSQL.
set -uo pipefail
cd "$(dirname "$0")/.."
rm -rf test-reports && mkdir -p test-reports
status=0

step() { echo; echo "=== $1"; }

step "lint"
npx eslint . --max-warnings=0 || status=1
step "typecheck"
npx tsc --noEmit -p . || status=1
step "unit tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile=test-reports/vitest.json || status=1
step "build"
npx tsx scripts/build-if-needed.ts || status=1
if [ "$status" -eq 0 ]; then
  step "API and browser tests (playwright)"
  npx playwright test || status=1
else
  echo "skipping Playwright: an earlier step failed"
fi
node scripts/test-summary.mjs || status=1
exit "$status"
