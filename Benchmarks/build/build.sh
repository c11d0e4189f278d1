#!/usr/bin/env bash
# Build benchmark (issue #6): pufa-site vs Hugo vs raw cmark, 1,000 and 10,000
# reports, medians of 5 runs. Installs hugo and cmark from Debian if missing.
# Usage: Benchmarks/build/build.sh [--sizes 1000,10000] [--runs 5] [--check]
set -euo pipefail
cd "$(dirname "$0")/../.."
missing=()
command -v hugo >/dev/null || missing+=(hugo)
command -v cmark >/dev/null || missing+=(cmark)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=(); [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi
scripts/install-system-packages.sh
scripts/build-release.sh >&2
exec python3 Benchmarks/build/bench.py "$@"
