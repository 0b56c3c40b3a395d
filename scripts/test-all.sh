#!/usr/bin/env bash
# `npm test`: every check the project has, in the order a failure is cheapest to read.
# Each step runs even if an earlier one failed, so one run shows everything that is wrong.
# Typecheck, lint and build count as one test each; unit and E2E count their own tests
# (web-ext lint is one of the E2E tests). The last line is the plain "N passed, N failed" the CI reads.
set -uo pipefail
cd "$(dirname "$0")/.."
export CI="${CI:-}" FORCE_COLOR=0 NO_COLOR=1
OUT=.ci-out
rm -rf "$OUT" && mkdir -p "$OUT"
passed=0
failed=0
failures=()

step() { # step NAME COMMAND...: one pass/fail check
  local name=$1
  shift
  local start=$SECONDS
  echo "== $name"
  if "$@" </dev/null; then
    passed=$((passed + 1))
    echo "== $name: ok ($((SECONDS - start)) s)"
  else
    failed=$((failed + 1))
    failures+=("$name")
    echo "== $name: FAILED ($((SECONDS - start)) s)"
  fi
}

step typecheck npx tsc --noEmit
step 'biome check' npx biome check .

# Vitest's default reporter crashes on Node 20 when it prints a failure (Map.groupBy), so TAP.
echo "== unit (vitest)"
start=$SECONDS
npx vitest run --reporter=tap-flat --reporter=json --outputFile.json="$OUT/unit.json" </dev/null
unit_rc=$?
read -r unit_pass unit_fail < <(node -e '
  try {
    const u = require(process.argv[1]);
    // A file that fails to load has no tests in it; count it as one failure, not zero. (Not
    // numFailedTestSuites: it also counts every describe() around a failed test.)
    const unloaded = u.testResults.filter(
      (f) => f.status === "failed" && !f.assertionResults.some((a) => a.status === "failed"),
    ).length;
    console.log(u.numPassedTests, u.numFailedTests + unloaded);
  } catch { console.log(0, 1); }' "./$OUT/unit.json")
if ((unit_rc != 0 && unit_fail == 0)); then unit_fail=1; fi
passed=$((passed + unit_pass))
failed=$((failed + unit_fail))
((unit_fail)) && failures+=("unit: $unit_fail")
echo "== unit: $unit_pass passed, $unit_fail failed ($((SECONDS - start)) s)"

step build npm run --silent build
# The store zips (no local hosts); tests/e2e/manifest.e2e.test.mjs reads their manifests.
step zip npm run --silent zip

echo "== e2e (node:test: Chromium, Firefox, web-ext lint)"
start=$SECONDS
node --test --test-concurrency=1 \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$OUT/e2e.tap" \
  tests/e2e/*.e2e.test.mjs </dev/null
e2e_rc=$?
count() { sed -n "s/^# $1 \([0-9]*\)$/\1/p" "$OUT/e2e.tap" | tail -n 1; }
e2e_pass=$(count pass)
e2e_fail=$(count fail)
e2e_skip=$(count skipped)
e2e_pass=${e2e_pass:-0} e2e_fail=${e2e_fail:-0}
if ((e2e_rc != 0 && e2e_fail == 0)); then e2e_fail=1; fi
passed=$((passed + e2e_pass))
failed=$((failed + e2e_fail))
((e2e_fail)) && failures+=("e2e: $e2e_fail")
echo "== e2e: $e2e_pass passed, $e2e_fail failed, ${e2e_skip:-0} skipped ($((SECONDS - start)) s)"

((${#failures[@]})) && printf 'failed: %s\n' "${failures[@]}"
echo "$passed passed, $failed failed"
((failed == 0))
