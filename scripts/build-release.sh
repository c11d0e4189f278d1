#!/usr/bin/env bash
# Builds the release pufa-site into .build/release/pufa-site: the one build
# command every script uses, so they share one binary and never relink it.
#
# The Swift runtime, standard library and Foundation are linked in
# (--static-swift-stdlib): calls into the runtime (retain, release) are then
# direct, which made rebuilds of 10,000 reports about 7% cheaper in CPU over
# 11 alternated runs (docs/performance.md), and the binary runs on a machine
# without the Swift toolchain (it still needs the system libraries that
# scripts/install-system-packages.sh installs).
# Extra arguments are passed on to `swift build`.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product pufa-site --static-swift-stdlib "$@"
