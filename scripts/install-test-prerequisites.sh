#!/usr/bin/env bash
# Installs and starts what the test suite needs beyond the .NET SDK: Debian's PostgreSQL (the production
# store is tested for real), aiosmtpd (the real SMTP server of the email tests) and redis-server (the
# shared cache; tests start their own on a free port). Safe to run again: it
# skips what is already there.
set -euo pipefail

sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"

packages=(postgresql python3-aiosmtpd redis-server)
need=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || need+=("$package")
done

if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi

# Debian does not start the cluster after installing it here; start it and give the postgres role the
# password the tests use (ONBOARDINGBPM_TEST_POSTGRES overrides the whole connection string).
cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  $sudo_cmd pg_createcluster "$version" main >/dev/null
  cluster="$version main"
fi
# shellcheck disable=SC2086
pg_lsclusters --no-header | grep -q online || $sudo_cmd pg_ctlcluster $cluster start
for _ in $(seq 1 30); do
  $sudo_cmd su postgres -c "psql -qAtc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
$sudo_cmd su postgres -c "psql -qc \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null

command -v dotnet >/dev/null || { echo "the .NET SDK is required (see global.json)"; exit 1; }
