#!/usr/bin/env bash
# Installs and starts what the test suite needs beyond the .NET SDK: Debian's PostgreSQL (the production
# store is tested for real), aiosmtpd (the real SMTP server of the email tests), redis-server (the
# shared cache; tests start their own on a free port), chromium (the browser end-to-end tests drive it
# through Playwright; no browser is ever downloaded) and Node.js with npm (the server's build builds the
# browser app). Safe to run again: it skips what is already there.
set -euo pipefail

sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"

packages=(postgresql python3-aiosmtpd redis-server chromium)
need=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || need+=("$package")
done
# The package mirror's nodejs (NodeSource 20.x) brings npm with it; Vite needs Node 20.19 or later.
command -v npm >/dev/null || need+=(nodejs)

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
node -e 'const [major, minor] = process.versions.node.split(".").map(Number); process.exit(major > 20 || (major === 20 && minor >= 19) ? 0 : 1)' \
  || { echo "Node.js 20.19 or later is required to build the browser app (found $(node --version))"; exit 1; }
