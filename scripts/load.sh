#!/usr/bin/env bash
# Load on the loopback interface (docs/reliability.md#load): the web-form onboarding trigger and the task inbox,
# driven by tests/benchmarks/OnboardingBpm.HttpLoad against real server processes on
#   1. SQLite, one node (the embedded default),
#   2. PostgreSQL, one node,
#   3. PostgreSQL, three nodes sharing one database, Redis (backplane and cache) and one simulators process.
# Every node uses the shared simulators process, so one token is valid on all and the vendors are the same.
# Not part of ./test.sh: it takes minutes and its numbers depend on the machine. Needs PostgreSQL on
# 127.0.0.1:5432 (postgres/postgres) and redis-server (scripts/install-test-prerequisites.sh).
#
#   scripts/load.sh                      # 2,000 requests per scenario, 16 in flight, all three set-ups
#   scripts/load.sh 5000 32              # another size and concurrency
#   scripts/load.sh 2000 16 postgres-3   # some set-ups only: sqlite-1, postgres-1, postgres-3 (comma-separated)
#   scripts/load.sh 2000 16 postgres-1 8 # with Workflows:SchedulerParallelism=8 on every node (default: the server's)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

requests=${1:-2000}
concurrency=${2:-16}
only=${3:-}
parallelism=${4:-${Workflows__SchedulerParallelism:-}}
pg_admin="Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 PGPASSWORD=postgres

for project in src/OnboardingBpm.Server src/OnboardingBpm.Simulators.Host tests/benchmarks/OnboardingBpm.HttpLoad; do
  dotnet build "$project" -c Release -p:SkipWebApp=true -v quiet -nologo -clp:ErrorsOnly
done
server_dll="$root/src/OnboardingBpm.Server/bin/Release/net10.0/OnboardingBpm.Server.dll"
simulators_dll="$root/src/OnboardingBpm.Simulators.Host/bin/Release/net10.0/OnboardingBpm.Simulators.Host.dll"
load_dll="$root/tests/benchmarks/OnboardingBpm.HttpLoad/bin/Release/net10.0/OnboardingBpm.HttpLoad.dll"

work=$(mktemp -d /tmp/onboardingbpm-load.XXXXXX)
pids=()
databases=()

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  for db in "${databases[@]}"; do
    psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null 2>&1 || true
  done
  echo "logs: $work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Waits (bounded) until a URL answers 200.
wait_ready() {
  local url=$1 name=$2 pid=$3
  for _ in $(seq 1 240); do
    curl -fs -o /dev/null "$url" && return 0
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5   # pacing a readiness probe of a process we started, in a script; not a test's synchronisation
  done
  echo "$name did not become ready; its log:" >&2
  tail -n 40 "$work/$name.log" >&2
  exit 1
}

start_simulators() {
  dotnet "$simulators_dll" --Salesforce 0 --Okta 0 --Segment 0 >"$work/simulators.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do grep -q '^ready' "$work/simulators.log" && break; sleep 0.5; done
  grep -q '^ready' "$work/simulators.log" || { cat "$work/simulators.log" >&2; exit 1; }
  port_of() { grep "^$1 listening on" "$work/simulators.log" | sed -E 's#.*:([0-9]+)/?$#\1#'; }
  salesforce_port=$(port_of salesforce); okta_port=$(port_of okta); segment_port=$(port_of segment)
}

# start_node NAME PORT PROVIDER CONNECTION [REDIS]
start_node() {
  local name=$1 port=$2 provider=$3 connection=$4 redis=${5:-}
  mkdir -p "$work/$name"
  (
    cd "$work/$name"
    export Urls="http://127.0.0.1:$port" \
      Persistence__Provider="$provider" Persistence__ConnectionString="$connection" \
      Workflows__Directory="$root/workflows" \
      Integrations__Simulators__External=true \
      Integrations__Simulators__Salesforce="$salesforce_port" Integrations__Simulators__Okta="$okta_port" \
      Integrations__Simulators__Segment="$segment_port" \
      Privacy__ActiveKeyId=load Privacy__Keys__0__Id=load Privacy__Keys__0__Key="$privacy_key" \
      Privacy__BlindIndexKey="$blind_index_key"
    if [[ -n $redis ]]; then export RealTime__Redis="$redis" Integrations__Cache__Redis="$redis"; fi
    if [[ -n $parallelism ]]; then export Workflows__SchedulerParallelism="$parallelism"; fi
    # appsettings.json logs every SQL command at Information; a log that size would be part of what is measured.
    # (env: the key has a dot, which a shell variable name cannot.)
    exec env "Logging__LogLevel__Microsoft.EntityFrameworkCore=Warning" dotnet "$server_dll" >"$work/$name.log" 2>&1
  ) &
  pids+=($!)
  wait_ready "http://127.0.0.1:$port/health/ready" "$name" $!
}

run_load() {
  local label=$1${parallelism:+, scheduler parallelism $parallelism} nodes=$2
  dotnet "$load_dll" onboarding --nodes "$nodes" --requests "$requests" --concurrency "$concurrency" \
    --label "$label" --wait-worked-off | tee -a "$work/load.log"
  dotnet "$load_dll" inbox --nodes "$nodes" --requests "$requests" --concurrency "$concurrency" \
    --label "$label" | tee -a "$work/load.log"
}

stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  pids=()
}

privacy_key=$(openssl rand -base64 32)
blind_index_key=$(openssl rand -base64 32)
run_id=$(date +%s)

setup() {
  local setup=$1
  [[ -z $only || ",$only," == *",$setup,"* ]] || return 0
  echo "== $setup: $requests requests per scenario, $concurrency in flight =="
  start_simulators
  case $setup in
    sqlite-1)
      local port; port=$(free_port)
      start_node sqlite-1 "$port" Sqlite "Data Source=$work/sqlite-1/onboardingbpm.db"
      run_load "SQLite, 1 node" "http://127.0.0.1:$port" ;;
    postgres-1 | postgres-3)
      local count=${setup#postgres-}
      local db="onboardingbpm_load_${run_id}_$count" nodes="" redis=""
      databases+=("$db")
      psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE \"$db\"" >/dev/null
      if ((count > 1)); then
        local redis_port; redis_port=$(free_port)
        redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no >"$work/redis.log" 2>&1 &
        pids+=($!)
        redis="127.0.0.1:$redis_port"
      fi
      for i in $(seq 1 "$count"); do
        local port; port=$(free_port)
        # The first node creates the schema; the others start once it is ready.
        start_node "postgres-$count-node$i" "$port" PostgreSql "$pg_admin;Database=$db" "$redis"
        nodes+="${nodes:+,}http://127.0.0.1:$port"
      done
      run_load "PostgreSQL, $count node$([[ $count == 1 ]] || echo s)" "$nodes" ;;
  esac
  stop_all
}

setup sqlite-1
setup postgres-1
setup postgres-3

echo
echo "| set-up | scenario | nodes | in flight | requests | failed | req/s | p50 ms | p95 ms | p99 ms | max ms | worked off |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
grep '^row: ' "$work/load.log" | sed 's/^row: //'
