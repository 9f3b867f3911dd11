#!/usr/bin/env bash
# The README's test command: build, then the suite's own tests. The last line is `N passed, N failed`.
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsc -p tsconfig.json
exec npx playwright test "$@"
