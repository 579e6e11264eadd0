"""Reads a DXF written by partgen with ezdxf (Debian's python3-ezdxf) and checks it.

usage: check_dxf.py FILE.dxf VERSION [--cut-layer NAME] [--cut W H] [--cuts N]
                    [--has-cut W H]... [--outline W H]

Fails (exit 1, reasons on stderr) unless: ezdxf reads the file and its auditor finds no
errors; the DXF version is VERSION (AC1009 or AC1015); units are millimetres; the
layers CUT, TEXT and CENTER exist; the cut layer (--cut-layer, first of the options,
default CUT) exists and every entity on it is a closed polyline; with a cut layer other
than CUT, nothing is on CUT (a CAM program importing CUT alone must get no estimate);
with --cut, there is exactly one contour on the cut layer and its bounding box is
W x H mm; with --cuts, there are N; with --has-cut, one of them is W x H mm; with
--outline, the OUTLINE contour is W x H mm.
"""
import sys

import ezdxf
from ezdxf import bbox

TOLERANCE = 1e-6


def closed(entity):
    if entity.dxftype() == "LWPOLYLINE":
        return entity.closed
    if entity.dxftype() == "POLYLINE":
        return entity.is_closed
    return False


def size_of(entity):
    box = bbox.extents([entity])
    return box.size.x, box.size.y


def main(argv):
    path, version = argv[1], argv[2]
    options = argv[3:]
    cut_layer = "CUT"
    if options[:1] == ["--cut-layer"]:
        cut_layer, options = options[1], options[2:]
    problems = []
    doc = ezdxf.readfile(path)
    auditor = doc.audit()
    problems += [f"audit error {e.code}: {e.message}" for e in auditor.errors]
    if doc.dxfversion != version:
        problems.append(f"version {doc.dxfversion}, expected {version}")
    if doc.header.get("$INSUNITS") != 4:
        problems.append(f"$INSUNITS is {doc.header.get('$INSUNITS')}, expected 4 (mm)")
    for layer in ("CUT", "TEXT", "CENTER", cut_layer):
        if layer not in doc.layers:
            problems.append(f"no layer {layer}")

    msp = doc.modelspace()
    cuts = [e for e in msp if e.dxf.layer == cut_layer]
    problems += [f"{e.dxftype()} on {cut_layer} is not a closed polyline" for e in cuts if not closed(e)]
    if cut_layer != "CUT":
        problems += [f"{e.dxftype()} on CUT, expected everything on {cut_layer}" for e in msp if e.dxf.layer == "CUT"]

    def expect_size(what, entity, width, height):
        w, h = size_of(entity)
        if abs(w - width) > TOLERANCE or abs(h - height) > TOLERANCE:
            problems.append(f"{what} is {w} x {h} mm, expected {width} x {height} mm")

    i = 0
    while i < len(options):
        option = options[i]
        if option == "--cut":
            width, height = float(options[i + 1]), float(options[i + 2])
            i += 3
            if len(cuts) != 1:
                problems.append(f"{len(cuts)} {cut_layer} contours, expected 1")
            else:
                expect_size(f"the {cut_layer} contour", cuts[0], width, height)
        elif option == "--cuts":
            count = int(options[i + 1])
            i += 2
            if len(cuts) != count:
                problems.append(f"{len(cuts)} {cut_layer} contours, expected {count}")
        elif option == "--has-cut":
            width, height = float(options[i + 1]), float(options[i + 2])
            i += 3
            sizes = [size_of(e) for e in cuts]
            if not any(abs(w - width) <= TOLERANCE and abs(h - height) <= TOLERANCE for w, h in sizes):
                problems.append(f"no {cut_layer} contour is {width} x {height} mm; they are {sizes}")
        elif option == "--text":
            # A TEXT entity off the cut layers with exactly this text: notes, tables and
            # title blocks never go where a CAM program cuts.
            wanted = options[i + 1]
            i += 2
            found = [e for e in msp if e.dxftype() == "TEXT" and e.dxf.text == wanted]
            if not found:
                problems.append(f"no TEXT {wanted!r}")
            problems += [f"TEXT {wanted!r} on {e.dxf.layer}" for e in found if e.dxf.layer in ("CUT", cut_layer)]
        elif option == "--outline":
            width, height = float(options[i + 1]), float(options[i + 2])
            i += 3
            outlines = [e for e in msp if e.dxf.layer == "OUTLINE"]
            if len(outlines) != 1 or not closed(outlines[0]):
                problems.append("expected one closed OUTLINE contour")
            else:
                expect_size("the OUTLINE contour", outlines[0], width, height)
        else:
            problems.append(f"unknown option {option}")
            i += 1

    for p in problems:
        print(f"{path}: {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
