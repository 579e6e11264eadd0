"""Loads partgen's VRML models in KiCad 9 and checks what KiCad made of them.

usage: check_kicad_vrml.py OUTPUT_DIR MODEL...
       MODEL = PATH:SOLIDS:WIDTH:HEIGHT:DEPTH:#RRGGBB   (PATH below OUTPUT_DIR, sizes in mm)

For each model a one-footprint board refers to it as ${PARTGEN_LIBRARY_DIR}/PATH, and
`kicad-cli pcb export vrml` embeds what KiCad's VRML loader read. The export must hold
SOLIDS shapes in the model's colour whose bounding box, through KiCad's own unit scale,
is WIDTH x HEIGHT x DEPTH mm within 0.01 mm: a model written in the wrong unit or not
loaded at all fails. Exit 1 with the reasons on stderr otherwise.
"""
import os
import re
import subprocess
import sys
import tempfile

BOARD = """(kicad_pcb (version 20241229) (generator "partgen-test") (generator_version "9.0")
 (general (thickness 1.6) (legacy_teardrops no))
 (paper "A4")
 (layers (0 "F.Cu" signal) (2 "B.Cu" signal) (25 "Edge.Cuts" user))
 (setup (pad_to_mask_clearance 0))
 (net 0 "")
 (footprint "partgen:model" (layer "F.Cu") (at 100 100)
  (property "Reference" "J1" (at 0 0 0) (layer "F.SilkS") (effects (font (size 1 1) (thickness 0.15))))
  (model "${{PARTGEN_LIBRARY_DIR}}/{path}" (offset (xyz 0 0 0)) (scale (xyz 1 1 1)) (rotate (xyz 0 0 0))))
)
"""

NUMBER = r"-?\d+(?:\.\d*)?(?:[eE][-+]?\d+)?"
problems = []


def export(output_dir, path, tmp):
    board = os.path.join(tmp, "board.kicad_pcb")
    with open(board, "w", encoding="utf-8") as f:
        f.write(BOARD.format(path=path))
    exported = os.path.join(tmp, "board.wrl")
    run = subprocess.run(["kicad-cli", "pcb", "export", "vrml", "-f", "--units", "mm", "-D", "PARTGEN_LIBRARY_DIR=" + output_dir,
                          "-o", exported, board], capture_output=True, text=True)
    if run.returncode != 0:
        problems.append(f"{path}: kicad-cli failed ({run.returncode}): {run.stdout} {run.stderr}")
        return None
    with open(exported, encoding="utf-8") as f:
        return f.read()


def model_shapes(text, rgb):
    """Point lists of the exported shapes in the model's colour."""
    shapes = []
    for block in text.split("Shape {")[1:]:
        colour = re.search(r"diffuseColor (" + NUMBER + r") (" + NUMBER + r") (" + NUMBER + ")", block)
        if not colour or any(abs(float(c) - v) > 0.002 for c, v in zip(colour.groups(), rgb)):
            continue
        points = re.search(r"point \[([^\]]*)\]", block)
        values = [float(v) for v in re.findall(NUMBER, points.group(1))] if points else []
        shapes.append(values)
    return shapes


def check(output_dir, spec, tmp):
    path, solids, width, height, depth, colour = spec.split(":")
    rgb = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    text = export(output_dir, path, tmp)
    if text is None:
        return
    scale = float(re.search(r"scale (" + NUMBER + ")", text).group(1))  # KiCad's unit in mm (--units mm)
    shapes = model_shapes(text, rgb)
    if len(shapes) != int(solids):
        problems.append(f"{path}: KiCad shows {len(shapes)} shapes in {colour}, expected {solids}")
        return
    points = [p for s in shapes for p in s]
    for axis, expected in enumerate((width, height, depth)):
        values = points[axis::3]
        size = (max(values) - min(values)) * scale
        if abs(size - float(expected)) > 0.01:
            problems.append(f"{path}: KiCad shows it {size:.4f} mm along axis {axis}, expected {expected} mm")


def main(argv):
    with tempfile.TemporaryDirectory() as tmp:
        for spec in argv[2:]:
            check(os.path.abspath(argv[1]), spec, tmp)
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
