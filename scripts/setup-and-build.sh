#!/usr/bin/env bash
# One command from a fresh checkout to a built site: installs the system
# libraries that are missing, builds pufa-site (release), and builds the site
# from content/ into public/.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-system-packages.sh
scripts/build-release.sh
.build/release/pufa-site build "$@"
