"""Loads every footprint of a .pretty folder with KiCad 6's pcbnew Python module.

usage: check_kicad6_pcbnew.py DIR.pretty EXPECTED_COUNT

Run with PYTHONPATH and LD_LIBRARY_PATH pointing into an unpacked KiCad 6 package (see
scripts/setup-debian.sh). Fails unless pcbnew is version 6, enumerates EXPECTED_COUNT
footprints, and loads each with its reference, value and graphic items.
"""
import sys

import pcbnew


def main(folder, expected):
    problems = []
    version = pcbnew.GetBuildVersion()
    if not version.startswith("6."):
        problems.append(f"pcbnew {version} is not KiCad 6")
    names = list(pcbnew.FootprintEnumerate(folder))
    if len(names) != expected:
        problems.append(f"{len(names)} footprints, expected {expected}")
    for name in names:
        fp = pcbnew.FootprintLoad(folder, name)
        if fp is None:
            problems.append(f"{name}: not loaded")
            continue
        if fp.GetReference() != "REF**" or fp.GetValue() != name:
            problems.append(f"{name}: reference {fp.GetReference()}, value {fp.GetValue()}")
        edges = [g for g in fp.GraphicalItems() if g.GetLayerName() == "Edge.Cuts"]
        if len(edges) != 8:
            problems.append(f"{name}: {len(edges)} Edge.Cuts items, expected 8")
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2])))
