"""Reads a PDF written by partgen back with poppler-utils (pdfinfo, pdftotext, pdftoppm).

usage: check_pdf.py FILE.pdf --page W H [--text TEXT]... [--edge COLUMN ROW_FROM ROW_TO]

Fails (exit 1, reasons on stderr) unless: pdfinfo reads the file and its one page is
W x H points (rounded to whole points); pdftotext finds every TEXT on the page; with
--edge, the page rasterised at 254 dpi (10 pixels per millimetre, grey) has, in every row
from ROW_FROM to ROW_TO, a dark pixel within 1 pixel of COLUMN, and no dark pixel
between 4 and 40 pixels away from it on either side: a vertical edge drawn there at the
page's scale, and nowhere near it.
"""
import os
import subprocess
import sys
import tempfile

DARK = 128  # grey levels below this are ink
NEAR = 1  # pixels: where the edge must be
CLEAR_FROM, CLEAR_TO = 4, 40  # pixels: where nothing may be


def run(*command):
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def page_size(path):
    for line in run("pdfinfo", path).splitlines():
        if line.startswith("Page size:"):
            width, _, height = line.split()[2:5]
            return round(float(width)), round(float(height))
    return None


def read_pgm(path):
    with open(path, "rb") as f:
        data = f.read()
    fields, at = [], 0
    while len(fields) < 4:  # magic, width, height, maximum; then one whitespace byte
        while data[at:at + 1].isspace():
            at += 1
        start = at
        while not data[at:at + 1].isspace():
            at += 1
        fields.append(data[start:at])
    if fields[0] != b"P5" or int(fields[3]) > 255:
        raise ValueError("not an 8-bit binary PGM")
    width, height = int(fields[1]), int(fields[2])
    pixels = data[at + 1:]
    return width, [pixels[row * width:(row + 1) * width] for row in range(height)]


def edge_problems(path, column, row_from, row_to):
    with tempfile.TemporaryDirectory() as folder:
        run("pdftoppm", "-r", "254", "-gray", "-singlefile", path, os.path.join(folder, "page"))
        width, rows = read_pgm(os.path.join(folder, "page.pgm"))
    problems = []
    for y in range(row_from, row_to + 1):
        row = rows[y]
        if not any(row[x] < DARK for x in range(column - NEAR, column + NEAR + 1)):
            problems.append(f"row {y}: no edge at column {column}")
        stray = [x for x in range(max(0, column - CLEAR_TO), min(width, column + CLEAR_TO + 1))
                 if abs(x - column) >= CLEAR_FROM and row[x] < DARK]
        if stray:
            problems.append(f"row {y}: ink at columns {stray[:5]}, away from the edge at {column}")
    return problems


def main(argv):
    path, options = argv[1], argv[2:]
    problems, texts, edge, page = [], [], None, None
    while options:
        if options[0] == "--page":
            page, options = (int(options[1]), int(options[2])), options[3:]
        elif options[0] == "--text":
            texts.append(options[1])
            options = options[2:]
        elif options[0] == "--edge":
            edge, options = [int(v) for v in options[1:4]], options[4:]
        else:
            print(f"unknown option {options[0]}", file=sys.stderr)
            return 2
    size = page_size(path)
    if size != page:
        problems.append(f"page size {size}, expected {page}")
    text = " ".join(run("pdftotext", path, "-").split())
    # pdftotext spaces words its own way: compare word sequences.
    problems += [f"text not found: {t!r}" for t in texts if " ".join(t.split()) not in text]
    if edge:
        problems += edge_problems(path, *edge)
    for problem in problems[:20]:
        print(f"{path}: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
