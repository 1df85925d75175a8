#!/usr/bin/env bash
# The e2e tests drive Debian's Chromium (Playwright's own browser download does not work here).
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
echo "errdoc: $CHROMIUM is missing; installing Debian's chromium…" >&2
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
elif command -v sudo >/dev/null && command -v apt-get >/dev/null; then
  sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "errdoc: cannot install chromium here. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH." >&2
  exit 1
fi
[ -x "$CHROMIUM" ] || { echo "errdoc: chromium install finished but $CHROMIUM is still missing" >&2; exit 1; }
