#!/usr/bin/env bash
# Installs what partgen needs on Debian 12 (bookworm), skipping what is already there.
#   scripts/setup-debian.sh build   packages to build and run partgen
#   scripts/setup-debian.sh test    the above plus the real readers the interop tests use
#   scripts/setup-debian.sh fuzz    build packages plus clang and its sanitizer and libFuzzer runtimes
#   scripts/setup-debian.sh sanitize  test and fuzz together (the sanitized clang build's tests)
set -euo pipefail

profile=${1:-build}

build_packages=(
  cmake g++ make pkg-config
  libboost-program-options-dev libtinyxml2-dev libmuparser-dev libcgal-dev
  # cairo draws the PDF drawings (generators/drawing/pdf.cpp).
  libcairo2-dev
  # libpng encodes the PNG pictures (generators/picture/png_encoder.cpp).
  libpng-dev
)
test_packages=(
  catch2 libxml2-utils python3 python3-ezdxf locales
  libocct-data-exchange-dev libocct-modeling-algorithms-dev libtbb-dev
  qelectrotech
  # pdfinfo, pdftotext and pdftoppm read the PDF drawings back (check_pdf.py).
  poppler-utils
  # KiCad 6's pcbnew, started under Xvfb to load a library table (check_kicad6_tables.py).
  xvfb xauth
  # The font QElectroTech draws element texts with, found as Qt finds it (check_qet.py).
  fontconfig fonts-dejavu-core
  # Headless chromium opens the review pages from file:// (check_review.py).
  chromium
)
# clang with its runtimes for ASan, UBSan and libFuzzer (scripts/ci-sanitize.sh, scripts/fuzz.sh).
clang_packages=(clang libclang-rt-14-dev)
# The KiCad 6 package is unpacked, not installed (it cannot share the name with KiCad 9);
# KiCad 9 brings the libraries its pcbnew module needs.
kicad6_dir=${PARTGEN_KICAD6_DIR:-build/kicad6}

case "$profile" in
  build) wanted=("${build_packages[@]}") ;;
  test) wanted=("${build_packages[@]}" "${test_packages[@]}") ;;
  fuzz) wanted=("${build_packages[@]}" "${clang_packages[@]}") ;;
  sanitize) wanted=("${build_packages[@]}" "${test_packages[@]}" "${clang_packages[@]}") ;;
  *) echo "usage: $0 build|test|fuzz|sanitize" >&2; exit 2 ;;
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

[ "$profile" = test ] || [ "$profile" = sanitize ] || exit 0

# The tests prove that a decimal-comma locale changes no output byte; they need one.
if ! locale -a 2>/dev/null | grep -qix 'de_DE.utf8'; then
  $sudo sed -i 's/^# *\(de_DE.UTF-8 UTF-8\)/\1/' /etc/locale.gen
  grep -q '^de_DE.UTF-8 UTF-8' /etc/locale.gen || echo 'de_DE.UTF-8 UTF-8' | $sudo tee -a /etc/locale.gen >/dev/null
  $sudo locale-gen >/dev/null
fi

# The Debian mirror the machine already uses for bookworm, from its apt sources.
bookworm_mirror() {
  local uri
  uri=$(awk 'BEGIN { RS = ""; FS = "\n" }
    /Suites:[^\n]*bookworm([ \n]|$)/ && !/security/ {
      for (i = 1; i <= NF; i++) if ($i ~ /^URIs:/) { sub(/^URIs:[ \t]*/, "", $i); split($i, u, " "); print u[1]; exit }
    }' /etc/apt/sources.list.d/*.sources 2>/dev/null)
  if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
    uri=$(awk '$1 == "deb" && $3 == "bookworm" { print $2; exit }' /etc/apt/sources.list)
  fi
  echo "$uri"
}

# KiCad 9 (kicad-cli) comes from bookworm-backports on that same mirror, and so do its
# symbol and footprint libraries, which the KiCad project test wires partgen's parts to.
kicad_missing=()
kicad_major=$(kicad-cli version 2>/dev/null | cut -d. -f1 || true)
[ "$kicad_major" = 9 ] || kicad_missing+=(kicad)
for package in kicad-symbols kicad-footprints; do
  status=$(dpkg-query -W -f='${Status} ${Version}' "$package" 2>/dev/null || true)
  case "$status" in "install ok installed 9."*) ;; *) kicad_missing+=("$package") ;; esac
done
if [ ${#kicad_missing[@]} -gt 0 ]; then
  if ! apt-cache policy 2>/dev/null | grep -q 'bookworm-backports'; then
    mirror=$(bookworm_mirror)
    [ -n "$mirror" ] || { echo "no bookworm mirror in the apt sources" >&2; exit 1; }
    printf 'Types: deb\nURIs: %s\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      "$mirror" | $sudo tee /etc/apt/sources.list.d/partgen-bookworm-backports.sources >/dev/null
    $sudo apt-get update -qq
  fi
  $sudo apt-get install -y -qq --no-install-recommends -t bookworm-backports "${kicad_missing[@]}"
fi

# KiCad 6 from bookworm, unpacked for its pcbnew Python module.
if [ ! -f "$kicad6_dir/root/usr/lib/python3/dist-packages/pcbnew.py" ]; then
  mkdir -p "$kicad6_dir"
  (cd "$kicad6_dir" && apt-get download -qq kicad/bookworm && dpkg -x kicad_*.deb root && rm -f kicad_*.deb)
fi
