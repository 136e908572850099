#!/usr/bin/env bash
# Installs the Debian packages the test suite drives for real: Chromium (dashboard tests)
# and PostgreSQL (the team backend; tests/pg.py starts a private server from its binaries).
# Skips what is already there; needs root or password-less sudo to install.
# Outside CI a package that cannot be installed is a warning (those tests skip); under CI
# (CI=true) it is an error, because CI must run every test, not skip them.
set -euo pipefail

is_ci() {
  case "${CI:-}" in ""|0|false|False|FALSE|no|off) return 1 ;; *) return 0 ;; esac
}

give_up() {  # give_up MESSAGE: fail under CI, warn elsewhere
  if is_ci; then
    echo "system-deps: error: $1" >&2
    exit 1
  fi
  echo "system-deps: warning: $1; tests needing them will skip" >&2
  exit 0
}

have_pg() { ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; }
have_chromium() { command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; }

need=()
have_chromium || need+=(chromium)
have_pg || need+=(postgresql)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi

if ! command -v apt-get >/dev/null 2>&1; then
  give_up "need ${need[*]} but this is not a Debian/Ubuntu system (no apt-get); install them by hand"
fi
SUDO=()
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=(sudo -n)
  else
    give_up "need ${need[*]} (sudo apt-get install ${need[*]}) but not root and no password-less sudo"
  fi
fi

echo "system-deps: installing ${need[*]} from Debian" >&2
export DEBIAN_FRONTEND=noninteractive
if ! "${SUDO[@]}" apt-get update -qq; then
  give_up "apt-get update failed"
fi
if ! "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null; then
  give_up "apt-get install ${need[*]} failed"
fi
# Debian's package may start a system-wide cluster on port 5432; the tests do not use it
# (they start their own server on a free port), so it is left as the package set it up.
have_pg || give_up "postgresql installed but initdb not found under /usr/lib/postgresql"
