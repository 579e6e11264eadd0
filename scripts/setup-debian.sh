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
  catch2 libxml2-utils python3 python3-ezdxf locales
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

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive

if [ ${#missing[@]} -gt 0 ]; then
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The tests prove that a decimal-comma locale changes no output byte; they need one.
if [ "$profile" = test ] && ! locale -a 2>/dev/null | grep -qix 'de_DE.utf8'; then
  $sudo sed -i 's/^# *\(de_DE.UTF-8 UTF-8\)/\1/' /etc/locale.gen
  grep -q '^de_DE.UTF-8 UTF-8' /etc/locale.gen || echo 'de_DE.UTF-8 UTF-8' | $sudo tee -a /etc/locale.gen >/dev/null
  $sudo locale-gen >/dev/null
fi
