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

# dotnet test prints one summary line per test project; add them up.
read -r passed failed skipped < <(grep -E "(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+" "$log_dir/test.log" \
  | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\2 \1 \3/' \
  | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # A test host that crashed prints no summary: count it as a failure so the run cannot look green.
  failed=1
fi

echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
