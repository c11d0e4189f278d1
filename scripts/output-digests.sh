#!/usr/bin/env bash
# Prints a manifest of a built site: one "sha256  path" line per file, in
# byte order of the paths. Two builds are byte-identical exactly when their
# manifests are equal. Usage: scripts/output-digests.sh SITE_DIR
set -euo pipefail
cd "$1"
find . -type f ! -name .pufa-site-output -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum
