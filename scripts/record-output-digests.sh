#!/usr/bin/env bash
# Records the output manifests that OutputDigestTests compare against: the
# site built from content/, and from a 200-report benchmark corpus. Run it only
# when a change is meant to change the output, and say so in the commit.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build-release.sh >&2
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
.build/release/pufa-site build --quiet --output "$work/content-site"
scripts/output-digests.sh "$work/content-site" > Tests/Fixtures/output-digests/content.sha256
scripts/make-corpus-project.sh "$work/corpus" 200
.build/release/pufa-site build --quiet --source "$work/corpus"
scripts/output-digests.sh "$work/corpus/public" > Tests/Fixtures/output-digests/corpus-200.sha256
wc -l Tests/Fixtures/output-digests/*.sha256
