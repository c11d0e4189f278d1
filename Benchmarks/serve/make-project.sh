#!/usr/bin/env bash
# Lays out a benchmark project: N synthetic reports in content/reports/, the
# repository's templates and site.yml.
#
#   Benchmarks/serve/make-project.sh OUT_DIR [N=10000]
#
# MAKE_CORPUS and SEEDS override where the corpus generator and its seeds are.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:?usage: make-project.sh OUT_DIR [N]}"
count="${2:-10000}"
make_corpus="${MAKE_CORPUS:-/work/shared/bench/make_corpus.py}"
seeds="${SEEDS:-/work/shared/seeds}"

if [ -e "$out" ]; then
    echo "$out exists; remove it or choose another folder" >&2
    exit 1
fi
mkdir -p "$out/content"
python3 "$make_corpus" "$seeds" "$out/content/reports" "$count"
cp -R "$repo/Templates" "$out/Templates"
cp "$repo/content/site.yml" "$out/content/site.yml"
echo "$out: $(ls "$out/content/reports" | wc -l) reports, $(du -sh "$out/content/reports" | cut -f1)"
