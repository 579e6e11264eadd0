#!/usr/bin/env bash
# Installs what partgen needs on Debian 12 (bookworm), skipping what is already there.
#   scripts/setup-debian.sh build   packages to build and run partgen
#   scripts/setup-debian.sh test    the above plus the real readers the interop tests use
set -euo pipefail

profile=${1:-build}

build_packages=(
  cmake g++ make pkg-config
  libboost-program-options-dev libtinyxml2-dev libmuparser-dev libcgal-dev
)
test_packages=(
  catch2 libxml2-utils python3
)

case "$profile" in
  build) wanted=("${build_packages[@]}") ;;
  test) wanted=("${build_packages[@]}" "${test_packages[@]}") ;;
  *) echo "usage: $0 build|test" >&2; exit 2 ;;
esac

missing=()
for package in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$package")
done

[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
