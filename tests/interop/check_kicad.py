"""Checks partgen's KiCad files with KiCad 9's own reader and against the KLC rules.

usage: check_kicad.py sym     FILE.kicad_sym 9|6           (connector symbols)
       check_kicad.py cutouts FILE_PanelCutout.kicad_sym 9|6 (panel cutout symbols)
       check_kicad.py fp      DIR.pretty 9|6 OUTPUT_DIR

kicad-cli must load every file (`sym upgrade` / `fp upgrade`, exit 0); for the KiCad 9
format it must also save the same items back: every item partgen wrote survives KiCad's
parser, none is dropped or defaulted (only the generator and the order of items may
differ). KiCad 6 files are converted on upgrade, so for them loading is what is checked. Then the KLC points
are checked by reading partgen's own files: symbols have pins on the 100 mil grid of
100 or 150 mil, passive, numbered 1..N, reference J, the field set, 50 mil texts, a
10 mil body with background fill; footprints have F.Fab lines of 0.1 mm, F.SilkS of
0.12 mm, a closed F.CrtYd of 0.05 mm on the 0.01 mm grid at least 0.5 mm around F.Fab,
REF** on F.SilkS in 1 mm / 0.15 mm text, a closed Edge.Cuts contour, and a 3D model
path under ${PARTGEN_LIBRARY_DIR} that names an existing file when the variable is
OUTPUT_DIR. The rules of kicad-library-utils' KLC checkers are in klc_rules.py. Exit 1
with the reasons on stderr otherwise.
"""
import collections
import glob
import os
import subprocess
import sys
import tempfile

from kicad_files import canonical, child, children, read, unquote
from klc_rules import connector_symbol_problems, cutout_symbol_problems, footprint_metadata_problems

problems = []


def fail(message):
    problems.append(message)


def near(a, b):
    return abs(a - b) < 1e-6


def on_grid(value, grid):
    return near(round(value / grid) * grid, value)


def items(node, skip=("generator", "generator_version")):
    return collections.Counter(canonical(c) for c in node[2:] if not (isinstance(c, list) and c[0] in skip))


def same_items(ours, theirs, what):
    a, b = items(ours), items(theirs)
    if a != b:
        missing = list((a - b).keys())[:3]
        added = list((b - a).keys())[:3]
        fail(f"{what}: KiCad saved different items; lost {missing}, added {added}")


def font_size(effects):
    size = child(child(effects, "font"), "size")
    return float(size[1]), float(size[2])


def check_symbol(symbol, version):
    name = unquote(symbol[1])
    fields = {unquote(p[1]): p for p in children(symbol, "property")}
    description = "Description" if version == "9" else "ki_description"
    expected = {"Reference", "Value", "Footprint", "Datasheet", description, "ki_keywords"}
    if not expected <= set(fields):
        fail(f"{name}: fields {sorted(fields)} lack {sorted(expected - set(fields))}")
    if unquote(fields["Reference"][2]) != "J":
        fail(f"{name}: reference is not J")
    for field in fields.values():
        if font_size(child(field, "effects")) != (1.27, 1.27):
            fail(f"{name}: field {unquote(field[1])} text is not 50 mil")
    units = children(symbol, "symbol")
    pins = [p for u in units for p in children(u, "pin")]
    numbers = [unquote(child(p, "number")[1]) for p in pins]
    if numbers != [str(i) for i in range(1, len(pins) + 1)]:
        fail(f"{name}: pin numbers {numbers} are not 1..N")
    for p in pins:
        at, length = child(p, "at"), float(child(p, "length")[1])
        if p[1] != "passive":
            fail(f"{name}: pin {numbers} is {p[1]}, not passive")
        if not (on_grid(float(at[1]), 2.54) and on_grid(float(at[2]), 2.54)):
            fail(f"{name}: pin at {at[1]}, {at[2]} is off the 100 mil grid")
        if not (near(length, 2.54) or near(length, 3.81)):
            fail(f"{name}: pin length {length} is not 100 or 150 mil")
        for part in ("name", "number"):
            if font_size(child(child(p, part), "effects")) != (1.27, 1.27):
                fail(f"{name}: pin {part} text is not 50 mil")
    rectangles = [r for u in units for r in children(u, "rectangle")]
    if len(rectangles) != 1:
        fail(f"{name}: {len(rectangles)} body rectangles")
    for r in rectangles:
        if not near(float(child(child(r, "stroke"), "width")[1]), 0.254):
            fail(f"{name}: body outline is not 10 mil")
        if child(child(r, "fill"), "type")[1] != "background":
            fail(f"{name}: body is not filled with the background")


def footprint_library_of(symbol_library):
    """Library.kicad_sym and Library_PanelCutout.kicad_sym link footprints of Library.pretty."""
    name = os.path.basename(symbol_library)[: -len(".kicad_sym")]
    name = name[: -len("_PanelCutout")] if name.endswith("_PanelCutout") else name
    return os.path.join(os.path.dirname(symbol_library), name + ".pretty")


def check_sym(path, version, cutouts=False):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "upgraded.kicad_sym")
        run = subprocess.run(["kicad-cli", "sym", "upgrade", "--force", path, "-o", out], capture_output=True, text=True)
        if run.returncode != 0 or not os.path.exists(out):
            fail(f"kicad-cli sym upgrade failed ({run.returncode}): {run.stdout} {run.stderr}")
            return
        ours, theirs = read(path), read(out)
    symbols = children(ours, "symbol")
    names = [unquote(s[1]) for s in symbols]
    if names != sorted(names) or not names:
        fail(f"symbols are not sorted by name: {names}")
    if version == "9":
        for mine, kicads in zip(symbols, children(theirs, "symbol")):
            same_items(mine, kicads, unquote(mine[1]))
    pretty = footprint_library_of(path)
    for s in symbols:
        if cutouts:
            problems.extend(cutout_symbol_problems(s, pretty))
        else:
            check_symbol(s, version)
            problems.extend(connector_symbol_problems(s, pretty))


def points(graphic):
    return [(float(child(graphic, k)[1]), float(child(graphic, k)[2])) for k in ("start", "end") if child(graphic, k)]


def widths(fp, layer):
    found = set()
    for kind in ("fp_line", "fp_arc", "fp_rect", "fp_poly"):
        for g in children(fp, kind):
            if unquote(child(g, "layer")[1]) == layer:
                width = child(child(g, "stroke"), "width") if child(g, "stroke") else child(g, "width")
                found.add(float(width[1]))
    return found


def extents(fp, layer):
    xs, ys = [], []
    for kind in ("fp_line", "fp_arc", "fp_rect"):
        for g in children(fp, kind):
            if unquote(child(g, "layer")[1]) == layer:
                for x, y in points(g):
                    xs.append(x)
                    ys.append(y)
    return (min(xs), min(ys), max(xs), max(ys)) if xs else None


def closed_contour(fp, layer):
    ends = collections.Counter()
    for kind in ("fp_line", "fp_arc"):
        for g in children(fp, kind):
            if unquote(child(g, "layer")[1]) == layer:
                for x, y in points(g):
                    ends[(round(x, 6), round(y, 6))] += 1
    return bool(ends) and all(n == 2 for n in ends.values())


def check_footprint(path, fp, output_dir):
    name = unquote(fp[1])
    if os.path.basename(path) != name + ".kicad_mod":
        fail(f"{path}: footprint name {name} differs from the file name")
    if widths(fp, "F.Fab") != {0.1}:
        fail(f"{name}: F.Fab widths {widths(fp, 'F.Fab')}")
    if widths(fp, "F.SilkS") != {0.12}:
        fail(f"{name}: F.SilkS widths {widths(fp, 'F.SilkS')}")
    if widths(fp, "F.CrtYd") != {0.05}:
        fail(f"{name}: F.CrtYd widths {widths(fp, 'F.CrtYd')}")
    fab, court = extents(fp, "F.Fab"), extents(fp, "F.CrtYd")
    if not fab or not court:
        fail(f"{name}: no F.Fab or F.CrtYd outline")
    else:
        if not all(on_grid(v, 0.01) for v in court):
            fail(f"{name}: courtyard {court} is off the 0.01 mm grid")
        clearance = min(fab[0] - court[0], fab[1] - court[1], court[2] - fab[2], court[3] - fab[3])
        if clearance < 0.5 - 1e-9:
            fail(f"{name}: courtyard clearance {clearance} mm is below 0.5 mm")
    if not closed_contour(fp, "Edge.Cuts"):
        fail(f"{name}: Edge.Cuts is not one closed contour")
    texts = {unquote(p[1]): p for p in children(fp, "property")}
    texts.update({unquote(t[1]): t for t in children(fp, "fp_text")})
    reference = texts.get("Reference") or texts.get("reference")
    if not reference or unquote(reference[2]) != "REF**" or unquote(child(reference, "layer")[1]) != "F.SilkS":
        fail(f"{name}: no REF** on F.SilkS")
    else:
        effects = child(reference, "effects")
        thickness = float(child(child(effects, "font"), "thickness")[1])
        if font_size(effects) != (1.0, 1.0) or not near(thickness, 0.15):
            fail(f"{name}: REF** text is not 1 mm / 0.15 mm")
    library = os.path.basename(os.path.dirname(os.path.abspath(path)))[: -len(".pretty")]
    problems.extend(footprint_metadata_problems(fp, "${PARTGEN_LIBRARY_DIR}/kicad", library))
    model = unquote(child(fp, "model")[1]) if child(fp, "model") else ""
    variable = "${PARTGEN_LIBRARY_DIR}/"
    if model.startswith(variable) and not os.path.isfile(os.path.join(output_dir, model[len(variable) :])):
        fail(f"{name}: 3D model {model} does not exist in {output_dir}")


def check_fp(folder, version, output_dir):
    files = sorted(glob.glob(os.path.join(folder, "*.kicad_mod")))
    if not files:
        fail(f"{folder}: no footprints")
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "upgraded.pretty")
        run = subprocess.run(["kicad-cli", "fp", "upgrade", "--force", folder, "-o", out], capture_output=True, text=True)
        if run.returncode != 0:
            fail(f"kicad-cli fp upgrade failed ({run.returncode}): {run.stdout} {run.stderr}")
            return
        for path in files:
            upgraded = os.path.join(out, os.path.basename(path))
            if not os.path.exists(upgraded):
                fail(f"{path}: kicad-cli did not save it")
                continue
            ours = read(path)
            if version == "9":
                same_items(ours, read(upgraded), os.path.basename(path))
            check_footprint(path, ours, output_dir)


def main(argv):
    if argv[1] in ("sym", "cutouts"):
        check_sym(argv[2], argv[3], argv[1] == "cutouts")
    else:
        check_fp(argv[2], argv[3], argv[4])
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
