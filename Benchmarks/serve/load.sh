#!/usr/bin/env bash
# A load run against a running `pufa-site serve` on loopback (target: 0 errors).
#
#   Benchmarks/serve/load.sh http://127.0.0.1:8000 [DURATION=30s] [CONNECTIONS=50] [PATH ...]
#
# Without paths it cycles through the home page, two region pages of the
# make-project.sh corpus and the stylesheet. All must answer 200: any other
# status counts as an error. Needs wrk (apt-get install wrk).
set -euo pipefail
url="${1:?usage: load.sh URL [DURATION] [CONNECTIONS] [PATH ...]}"
duration="${2:-30s}"
connections="${3:-50}"
shift $(( $# < 3 ? $# : 3 ))
paths=("$@")
if [ ${#paths[@]} -eq 0 ]; then
    paths=(/ /regions/ceshi00042/ /regions/ceshi00777/ /assets/site.css)
fi
for path in "${paths[@]}"; do
    status="$(curl -s -o /dev/null -w '%{http_code}' "$url$path")"
    echo "GET $path → $status"
    if [ "$status" != 200 ]; then echo "$path does not answer 200; pass paths the site has" >&2; exit 1; fi
done
threads=2
echo "wrk: $threads threads, $connections connections, $duration"
wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$(dirname "$0")/mix.lua" "$url" -- "${paths[@]}"
