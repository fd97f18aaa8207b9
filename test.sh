#!/usr/bin/env bash
# Runs every test of OnboardingBpm on a fresh machine: installs what the tests need, builds, tests,
# and prints the totals as "N passed, N failed, N skipped" on a line of its own.
set -uo pipefail
cd "$(dirname "$0")"

log_dir=".ci/out"
mkdir -p "$log_dir"

./scripts/install-test-prerequisites.sh || { echo "installing test prerequisites failed"; exit 1; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! dotnet build OnboardingBpm.sln -c Release 2>&1 | tee "$log_dir/build.log" | tail -n 3; then
  echo "build failed"
fi
if ! grep -q "Build succeeded" "$log_dir/build.log"; then
  grep -E "error|warn" "$log_dir/build.log" | sort -u | head -n 50
  echo "0 passed, 1 failed"
  exit 1
fi

dotnet test OnboardingBpm.sln -c Release --no-build 2>&1 | tee "$log_dir/test.log"
status=${PIPESTATUS[0]}

# The browser app's own gate: eslint (strict type-checked rules) and its vitest unit tests. The build above
# already ran `npm ci` and the strict TypeScript compile.
(cd src/OnboardingBpm.Web && npm run lint --silent && npx --no-install vitest run) 2>&1 | tee "$log_dir/web.log"
web_status=${PIPESTATUS[0]}

# dotnet test prints one summary line per test project; add them up.
read -r passed failed skipped < <(grep -E "(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+" "$log_dir/test.log" \
  | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\2 \1 \3/' \
  | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')

# vitest: "Tests  17 passed (17)" or "Tests  1 failed | 16 passed (17)".
web_line=$(sed -E 's/\x1b\[[0-9;]*m//g' "$log_dir/web.log" | grep -E "^ +Tests +" | tail -n 1)
web_passed=$(grep -oE "[0-9]+ passed" <<<"$web_line" | grep -oE "[0-9]+" || echo 0)
web_failed=$(grep -oE "[0-9]+ failed" <<<"$web_line" | grep -oE "[0-9]+" || echo 0)
if [ "$web_status" -ne 0 ] && [ "${web_failed:-0}" -eq 0 ]; then
  web_failed=1   # the linter refused, or vitest did not run
fi
passed=$((passed + ${web_passed:-0}))
failed=$((failed + ${web_failed:-0}))

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # A test host that crashed prints no summary: count it as a failure so the run cannot look green.
  failed=1
fi

echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
