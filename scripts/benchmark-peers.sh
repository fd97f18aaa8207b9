#!/usr/bin/env bash
# Runs the approval shape (start -> service step -> user task resumed -> exclusive gateway -> end) on the
# npm package bpmn-engine and on our engine in one run, then our durable engine on SQLite and PostgreSQL
# next to the raw commit rate of the same database, and prints one table. See docs/benchmarks.md.
#
# scripts/benchmark-peers.sh [--count N] [--warmup-seconds S] [--waiting K] [--no-build] [--out FILE]
#
# Loopback only. bpmn-engine is installed into a temporary folder ($ONBOARDINGBPM_PEER_DIR, default
# $TMPDIR/onboardingbpm-peer-bench), never into the repository; nothing is written to the repository
# unless --out names a file there. Not part of ./test.sh: a benchmark is not a test.
set -euo pipefail

BPMN_ENGINE_VERSION=25.0.1 # the latest major; it supports Node >= 18
COUNT=2000                 # instances per measured row, the same for every engine
WARMUP_SECONDS=10          # wall time each engine runs instances before it is measured
WAITING=1000               # instances left waiting on the user task for the memory and state rows
PARSE_COUNT=200            # instances for the bpmn-engine row that parses the XML per instance
BUILD=1
OUT=""
STEP_TIMEOUT=1200          # seconds: every step is bounded, a hung engine fails the run

usage() { echo "usage: $0 [--count N] [--warmup-seconds S] [--waiting K] [--no-build] [--out FILE]" >&2; exit 2; }
whole() { [[ "$2" =~ ^[0-9]+$ && "$2" -gt 0 ]] || { echo "$1 needs a positive whole number" >&2; exit 2; }; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --count) whole "$1" "${2-}"; COUNT=$2; shift 2 ;;
    --warmup-seconds) whole "$1" "${2-}"; WARMUP_SECONDS=$2; shift 2 ;;
    --waiting) whole "$1" "${2-}"; WAITING=$2; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    --out) [[ -n "${2-}" ]] || usage; OUT=$2; shift 2 ;;
    *) usage ;;
  esac
done
PARSE_COUNT=$(( COUNT < PARSE_COUNT ? COUNT : PARSE_COUNT ))

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PEER_SCRIPT="$ROOT/tests/benchmarks/peers/bpmn-engine-approval.mjs"
INSTALL_DIR=${ONBOARDINGBPM_PEER_DIR:-${TMPDIR:-/tmp}/onboardingbpm-peer-bench}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
LOG="$WORK/run.log"

load() { cut -d' ' -f1-3 /proc/loadavg; }
step() { echo; echo "== $1 (load average $(load), $(date -u +%H:%M:%S) UTC)"; }
# Runs a step bounded in time; its output is shown and kept for the RESULT lines.
run() { timeout "$STEP_TIMEOUT" "$@" 2>&1 | tee -a "$LOG"; }

step "Checking the bpmn-engine script"
# Syntax first, then a three-instance run, so a broken script fails in seconds rather than after the warm-up.
node --check "$PEER_SCRIPT"
installed=$(node -p "require(process.argv[1]).version" "$INSTALL_DIR/node_modules/bpmn-engine/package.json" 2>/dev/null || true)
if [[ "$installed" != "$BPMN_ENGINE_VERSION" ]]; then
  echo "installing bpmn-engine@$BPMN_ENGINE_VERSION into $INSTALL_DIR"
  mkdir -p "$INSTALL_DIR"
  echo '{ "private": true, "description": "bpmn-engine for scripts/benchmark-peers.sh" }' > "$INSTALL_DIR/package.json"
  (cd "$INSTALL_DIR" && timeout 300 npm install --no-audit --no-fund --loglevel=error --save-exact "bpmn-engine@$BPMN_ENGINE_VERSION")
fi
timeout 120 node --expose-gc "$PEER_SCRIPT" --modules "$INSTALL_DIR" --count 3 --warmup-seconds 0 --waiting 3 --parse-count 1 > "$WORK/smoke.log" \
  || { cat "$WORK/smoke.log"; echo "the bpmn-engine script failed its three-instance check" >&2; exit 1; }

if [[ $BUILD -eq 1 ]]; then
  step "Building the benchmark projects"
  dotnet build "$ROOT/tests/benchmarks/OnboardingBpm.Benchmarks" -c Release --nologo -v q
  dotnet build "$ROOT/tests/benchmarks/OnboardingBpm.LoadHarness" -c Release --nologo -v q
fi

LOAD_START=$(load)
STARTED=$(date -u '+%Y-%m-%d %H:%M UTC')
step "bpmn-engine $BPMN_ENGINE_VERSION, in memory"
run node --expose-gc "$PEER_SCRIPT" --modules "$INSTALL_DIR" --count "$COUNT" --warmup-seconds "$WARMUP_SECONDS" --waiting "$WAITING" --parse-count "$PARSE_COUNT"
step "OnboardingBpm, in memory"
run dotnet run -c Release --no-build --project "$ROOT/tests/benchmarks/OnboardingBpm.Benchmarks" -- --peer-shape --count "$COUNT" --warmup-seconds "$WARMUP_SECONDS" --waiting "$WAITING"
step "OnboardingBpm durable, and the raw commit rate of the same database"
run dotnet run -c Release --no-build --project "$ROOT/tests/benchmarks/OnboardingBpm.LoadHarness" -- peershape --count "$COUNT"
LOAD_END=$(load)

# result ROW KEY: the KEY=value field of the `RESULT row=ROW ...` line the steps printed.
result() {
  awk -v row="row=$1" -v key="$2=" '$1 == "RESULT" && $2 == row {
    for (i = 3; i <= NF; i++) if (index($i, key) == 1) { print substr($i, length(key) + 1); exit } }' "$LOG"
}
# calc EXPRESSION: floating-point arithmetic on the numbers above.
calc() { awk "BEGIN { printf \"%s\", $1 }"; }
number() { awk -v n="$1" 'BEGIN { s = sprintf("%.0f", n); r = ""; while (length(s) > 3) { r = "," substr(s, length(s) - 2) r; s = substr(s, 1, length(s) - 3) } print s r }'; }
kb() { calc "sprintf(\"%.1f KB\", $1 / 1024)"; }

peer=$(result bpmn-engine-shared-context per_second)
peer_cpu=$(result bpmn-engine-shared-context per_cpu_second)
parsed=$(result bpmn-engine-parse-per-instance per_second)
parsed_cpu=$(result bpmn-engine-parse-per-instance per_cpu_second)
ours=$(result ours-in-memory per_second)
ours_cpu=$(result ours-in-memory per_cpu_second)
peer_heap=$(result bpmn-engine-waiting heap_bytes)
peer_state=$(result bpmn-engine-waiting state_bytes)
ours_heap=$(result ours-waiting heap_bytes)
ours_state=$(result ours-waiting state_bytes)
for value in peer peer_cpu parsed parsed_cpu ours ours_cpu peer_heap peer_state ours_heap ours_state; do
  [[ -n "${!value}" ]] || { echo "a step printed no result for $value; see its output above" >&2; exit 1; }
done

{
  echo "Peer benchmark, $STARTED: $COUNT instances per row, one at a time, $WARMUP_SECONDS s warm-up per engine;"
  echo "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), Node $(node --version), .NET SDK $(dotnet --version);"
  echo "load average (1, 5, 15 min) $LOAD_START at the start, $LOAD_END at the end."
  echo
  echo "| in memory, one instance at a time | instances/s | per CPU second | ours ÷ this, wall | ours ÷ this, CPU |"
  echo "|---|---:|---:|---:|---:|"
  echo "| bpmn-engine $BPMN_ENGINE_VERSION, definition parsed once | $(number "$peer") | $(number "$peer_cpu") | $(calc "sprintf(\"%.0f×\", $ours / $peer)") | $(calc "sprintf(\"%.0f×\", $ours_cpu / $peer_cpu)") |"
  echo "| bpmn-engine $BPMN_ENGINE_VERSION, XML parsed per instance ($PARSE_COUNT instances) | $(number "$parsed") | $(number "$parsed_cpu") | $(calc "sprintf(\"%.0f×\", $ours / $parsed)") | $(calc "sprintf(\"%.0f×\", $ours_cpu / $parsed_cpu)") |"
  echo "| OnboardingBpm | $(number "$ours") | $(number "$ours_cpu") | | |"
  echo
  echo "| $WAITING instances waiting on the user task | bpmn-engine | OnboardingBpm | bpmn-engine / ours |"
  echo "|---|---:|---:|---:|"
  echo "| heap held per instance | $(kb "$peer_heap") | $(kb "$ours_heap") | $(calc "sprintf(\"%.0f×\", $peer_heap / $ours_heap)") |"
  echo "| saved state per instance (JSON) | $(kb "$peer_state") | $(kb "$ours_state") | $(calc "sprintf(\"%.0f×\", $peer_state / $ours_state)") |"
  echo
  echo "| OnboardingBpm durable, one at a time | raw commit rate, same rows (instances/s) | durable instances/s | durable / raw |"
  echo "|---|---:|---:|---:|"
  for database in sqlite:SQLite postgresql:PostgreSQL; do
    row="durable-${database%%:*}"
    if [[ -n "$(result "$row" skipped)" ]]; then
      echo "| ${database#*:} | skipped: not reachable | | |"
      continue
    fi
    raw=$(result "$row" raw_per_second)
    durable=$(result "$row" per_second)
    echo "| ${database#*:} | $(number "$raw") | $(number "$durable") | $(calc "sprintf(\"%.0f %%\", 100 * $durable / $raw)") |"
  done
} > "$WORK/report.md"

echo
cat "$WORK/report.md"
if [[ -n "$OUT" ]]; then
  cp "$WORK/report.md" "$OUT"
  echo "(written to $OUT)"
fi
