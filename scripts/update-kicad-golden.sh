#!/usr/bin/env bash
# Rewrites the KiCad golden files in tests/kicad/golden from what the built partgen writes
# for the repository's spec, for every KiCad version: the footprint of 770-744 and a
# symbol library holding only the symbol of 770-744/064-000. Run it after a deliberate
# change of the KiCad output, then read the diff before committing it.
# Usage: scripts/update-kicad-golden.sh [PARTGEN] (default build/generators/partgen)
set -euo pipefail
cd "$(dirname "$0")/.."

partgen=${1:-build/generators/partgen}
library=Connector_WAGO_WINSTA_MIDI
footprint=WAGO_770-744_1x04_P10.00mm_SnapIn
symbol=WAGO_770-744_064-000
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The library's header lists, the one symbol (up to its closing line), the closing.
one_symbol() {
  awk -v name="$symbol" '
    /^\t\(symbol "/ { started = 1 }
    !started { print; next }
    $0 == "\t(symbol \"" name "\"" { inside = 1 }
    inside { print }
    inside && $0 == "\t)" { inside = 0 }
    END { print ")" }' "$1"
}

for version in 9 6; do
  golden=tests/kicad/golden
  [ "$version" = 9 ] || golden=$golden/kicad$version
  mkdir -p "$golden"
  "$partgen" generate --format kicad-sym,kicad-mod --kicad-version "$version" --out "$work/$version" >/dev/null
  cp "$work/$version/kicad/$library.pretty/$footprint.kicad_mod" "$golden/"
  one_symbol "$work/$version/kicad/$library.kicad_sym" >"$golden/$symbol.kicad_sym"
done
