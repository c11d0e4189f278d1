#!/usr/bin/env bash
# The test suite: unit and fixture-site tests with swift test.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-system-packages.sh
swift test "$@"
