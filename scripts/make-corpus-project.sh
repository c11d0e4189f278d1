#!/usr/bin/env bash
# Makes a pufa-site project from the benchmark corpus generator in
# ../shared/bench: the corpus as content/reports/, with this repository's
# templates, catalog, region table and site settings.
# Usage: scripts/make-corpus-project.sh DIR N
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
dir="$1"; count="$2"
shared="${PUFA_SHARED:-$repo/../shared}"
[ -f "$shared/bench/make_corpus.py" ] || shared=/work/shared
generator="$shared/bench/make_corpus.py"
[ -f "$generator" ] || { echo "make-corpus-project: cannot find make_corpus.py (looked in $repo/../shared/bench and /work/shared/bench; set PUFA_SHARED)" >&2; exit 1; }
mkdir -p "$dir/content"
python3 "$generator" "$shared/seeds" "$dir/content/reports" "$count" >/dev/null
for file in indicators.yml regions.yml site.yml; do cp "$repo/content/$file" "$dir/content/"; done
rm -rf "$dir/Templates" && cp -r "$repo/Templates" "$dir/Templates"
