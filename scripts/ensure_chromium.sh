#!/usr/bin/env bash
# Install Debian's Chromium for the real-browser tests when it is missing and we may.
# Never downloads a browser build of its own: Playwright drives /usr/bin/chromium.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "== Memasang Chromium (Debian) untuk uji peramban =="
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation2 >/dev/null
elif [ "${CI:-}" = "true" ]; then
  echo "Chromium tidak ada dan tidak dapat dipasang (bukan root / tanpa apt-get)." >&2
  exit 1
else
  echo "== Chromium tidak ada: uji peramban akan dilewati (sudo apt-get install chromium) =="
fi
