#!/usr/bin/env bash
# Prints the fact extractor's recall, precision and indicator agreement on the labelled
# seed reports and the held-out texts (Tests/IndicatorsTests/Labelled/), with every miss,
# unlabelled extra and indicator disagreement. Fails if the figures drop below the targets
# (recall ≥ 95%, precision ≥ 97%, indicator agreement ≥ 90%).
#
# Usage: scripts/extraction-quality.sh [package-path]   (default: the repository root)
set -euo pipefail
package_path="${1:-$(cd "$(dirname "$0")/.." && pwd)}"
output="$(mktemp)"
trap 'rm -f "$output"' EXIT
status=0
swift test --package-path "$package_path" --filter 'IndicatorsTests.ExtractionQuality' >"$output" 2>&1 || status=$?
grep -E '^\[(quality|consistency)\]' "$output" || true
if [ "$status" -ne 0 ]; then
    grep -E '✘|error:' "$output" || tail -n 40 "$output"
    echo "extraction quality below target (or the tests did not build)" >&2
fi
exit "$status"
