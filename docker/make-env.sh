#!/usr/bin/env bash
# Writes docker/.env for docker/compose.yaml with fresh random development values: the database password and the
# personal-data keys. Never overwrites an existing file (its keys may have encrypted data already).
set -euo pipefail
env_file="$(dirname "$0")/.env"
if [[ -e "$env_file" ]]; then
  echo "$env_file exists; keeping it" >&2
  exit 0
fi

random_base64() { head -c 32 /dev/urandom | base64 | tr -d '\n'; }

umask 077
sed -e "s|^POSTGRES_PASSWORD=.*|POSTGRES_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '\n/+=')|" \
    -e "s|^PRIVACY_KEY=.*|PRIVACY_KEY=$(random_base64)|" \
    -e "s|^PRIVACY_BLIND_INDEX_KEY=.*|PRIVACY_BLIND_INDEX_KEY=$(random_base64)|" \
    "$(dirname "$0")/.env.example" > "$env_file"
echo "wrote $env_file (development values, readable by you only)"
