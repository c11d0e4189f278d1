#!/usr/bin/env bash
# Installs the system libraries pufa-site links against, when they are missing;
# or, given package names, those packages (the end-to-end test uses this).
# Debian/Ubuntu only (apt-get); elsewhere it says what to install and stops.
set -euo pipefail

# python3 runs the benchmark corpus generator that OutputDigestTests build from.
packages=(pkg-config libcmark-dev libopencc-dev libxml2-dev libjemalloc-dev python3)
[ $# -gt 0 ] && packages=("$@")
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "error: missing system packages: ${missing[*]} (install them with your package manager)" >&2
  exit 1
fi
sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
echo "installing system packages: ${missing[*]}"
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
