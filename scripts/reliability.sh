#!/usr/bin/env bash
# The long reliability run (docs/reliability.md): the fault tests of
# tests/integration/OnboardingBpm.Process.Tests/Reliability at 10,000 onboarding requests (or the number given),
# against the real server as OS processes on the loopback interface. Needs PostgreSQL and redis-server
# (scripts/install-test-prerequisites.sh). CI runs the same tests at 200 requests through ./test.sh.
#
#   scripts/reliability.sh                    # all three at 10,000
#   scripts/reliability.sh 2000 KillUnderLoad # one of them (KillUnderLoad, CrmOutage, DatabaseRestart) at 2,000
set -euo pipefail
cd "$(dirname "$0")/.."

requests=${1:-10000}
test=${2:-}
log_dir=".ci/out"
mkdir -p "$log_dir"
log="$log_dir/reliability-$requests${test:+-$test}.log"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 ONBOARDINGBPM_RELIABILITY_REQUESTS=$requests
dotnet build tests/integration/OnboardingBpm.Process.Tests -c Release -p:SkipWebApp=true -v quiet -nologo
start=$(date +%s)
status=0
dotnet test tests/integration/OnboardingBpm.Process.Tests -c Release --no-build \
  --filter "FullyQualifiedName~Reliability${test:+.$test}" --logger "console;verbosity=detailed" 2>&1 | tee "$log" || status=$?
echo "reliability run at $requests requests: $(( $(date +%s) - start )) s, exit $status; the log is $log"
exit "$status"
