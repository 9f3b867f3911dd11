#!/usr/bin/env bash
# Installs Debian's chromium when /usr/bin/chromium is missing (sudo only when not root), so that the README's
# test command passes on a bare machine. Playwright never downloads a browser of its own here.
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "chromium is missing at /usr/bin/chromium and apt-get is not available: install chromium to run the report tests" >&2
  exit 1
fi
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
echo "installing Debian's chromium for the report tests (apt-get install -y chromium)" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
