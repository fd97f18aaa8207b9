#!/usr/bin/env bash
# Installs what the test suite needs beyond the .NET SDK. Safe to run again: it skips what is there.
set -euo pipefail

need=()
# Later suites add Debian packages here (postgresql, chromium, python3-aiosmtpd).
for package in "$@"; do
  dpkg -s "$package" >/dev/null 2>&1 || need+=("$package")
done

if [ ${#need[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}"
fi

command -v dotnet >/dev/null || { echo "the .NET SDK is required (see global.json)"; exit 1; }
