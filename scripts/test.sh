#!/usr/bin/env bash
# The README's test command: build, then the suite's own tests. The last line is `N passed, N failed`.
set -euo pipefail
cd "$(dirname "$0")/.."
# The report tests open report.html in Debian's chromium at /usr/bin/chromium; no browser is ever downloaded.
bash scripts/ensure-chromium.sh
npm run --silent build
exec npx playwright test "$@"
