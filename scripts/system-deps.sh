#!/usr/bin/env bash
# Installs the Debian packages the test suite drives for real: Chromium (dashboard tests)
# and PostgreSQL (the team backend). Skips what is already there; needs root or sudo.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
    echo "system-deps: need ${need[*]} (apt-get install ${need[*]}) but not root; tests needing them will skip" >&2
    exit 0
  fi
fi
echo "system-deps: installing ${need[*]} from Debian" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
