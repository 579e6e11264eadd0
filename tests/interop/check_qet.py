"""Loads elements written by partgen in QElectroTech 0.9 (Debian's qelectrotech) and checks them.

usage: check_qet.py WORKDIR ELEMENT.elmt...

Fails (exit 1, reasons on stderr) unless every element:
- is a <definition type="element" version="0.90"> with integer width, height and hotspot,
  names in English and German, and the element informations label, manufacturer,
  manufacturer_reference, designation and description;
- has its terminals on QElectroTech's 10 px grid, each name once;
- has a terminal per clamp, two per pole: each pole's column (terminals sharing an x) has
  one terminal a conductor reaches from above (orientation n), named MARKING.1, and one
  below it reached from below (s), named MARKING.2;
- keeps every static text inside the frame (an unfilled rect) it starts in, measured with
  the font QElectroTech draws it with: the text's family ("Sans Serif") as fontconfig
  resolves it (fc-match), at its point size on Qt's 96 dpi logical screen, from the
  baseline-left point x, y (font_metrics.py reads the font's own tables);
- loads in QElectroTech: the elements are embedded in a generated project WORKDIR/elements.qet
  (in its <collection>, each placed on its own diagram as embed://import/partgen/NAME.elmt),
  QElectroTech opens that project, and its log reports no element that failed to load.

QElectroTech has no option to open a project and quit. It runs under `timeout` with
QT_QPA_PLATFORM=offscreen and a private HOME, XDG folders and TMPDIR in WORKDIR (TMPDIR also
keeps it from handing the project to another running QElectroTech: its single-instance lock
lives there). The script reads QElectroTech's stderr until the project has been loaded (it
logs "Export XML de N schemas" once the diagrams are built, and "Elements collection finished
to be loaded" once its element panel has read the project's collection), then ends it.
Ended by a signal, QElectroTech leaves its lock behind: a System V shared memory segment and
semaphore keyed by ftok() on the qipc_* files in TMPDIR. The script removes them, or a later
QElectroTech whose lock file reuses the inode would take itself for a second instance and quit.
A failed element is logged as "Diagram::fromXml() : Le chargement de la description de
l'element embed://... a echoue avec le code d'erreur N" and replaced by a GhostElement.
"""
import ctypes
import glob
import os
import queue
import re
import shutil
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET

from font_metrics import Font, font_file

GRID = 10
TIME_LIMIT = 60  # seconds; loading six elements takes well under one
CATEGORY = "partgen"
REQUIRED_INFORMATIONS = ("label", "manufacturer", "manufacturer_reference", "designation", "description")
FAILURE_PATTERNS = (re.compile(r"a echoue"), re.compile(r"GhostElement"))
DIAGRAMS_BUILT = re.compile(r"Export XML de (\d+) schemas")
COLLECTION_READ = "Elements collection finished to be loaded"


def is_integer(text):
    return text is not None and re.fullmatch(r"-?\d+", text) is not None


def static_problems(path, definition):
    problems = []
    if definition.tag != "definition" or definition.get("type") != "element":
        problems.append("the root is not <definition type=\"element\">")
    if definition.get("version") != "0.90":
        problems.append(f"version {definition.get('version')}, expected 0.90")
    for attribute in ("width", "height", "hotspot_x", "hotspot_y"):
        if not is_integer(definition.get(attribute)):
            problems.append(f"{attribute}=\"{definition.get(attribute)}\" is not an integer")
    languages = {name.get("lang") for name in definition.findall("names/name") if (name.text or "").strip()}
    for language in ("en", "de"):
        if language not in languages:
            problems.append(f"no name in language {language}")
    informations = {i.get("name"): (i.text or "") for i in definition.findall("elementInformations/elementInformation")}
    for name in REQUIRED_INFORMATIONS:
        if not informations.get(name, "").strip():
            problems.append(f"no element information {name}")
    if informations.get("label") != "X":
        problems.append(f"label is {informations.get('label')!r}, expected 'X'")
    terminals = definition.findall("description/terminal")
    if not terminals:
        problems.append("no terminal")
    for t in terminals:
        x, y = t.get("x"), t.get("y")
        if not (is_integer(x) and is_integer(y) and int(x) % GRID == 0 and int(y) % GRID == 0):
            problems.append(f"terminal {t.get('name')!r} at ({x}, {y}) is off the {GRID} px grid")
    names = [t.get("name") for t in terminals]
    problems += [f"terminal name {n!r} is given {names.count(n)} times" for n in sorted(set(names)) if names.count(n) > 1]
    return [f"{path}: {p}" for p in problems + pole_problems(terminals)]


def pole_problems(terminals):
    """A terminal per clamp: one from above and one from below in each pole's column."""
    columns = {}
    for t in terminals:
        columns.setdefault(t.get("x"), []).append(t)
    problems = []
    for x, column in sorted(columns.items(), key=lambda item: float(item[0] or 0)):
        column.sort(key=lambda t: float(t.get("y") or 0))
        found = [(t.get("orientation"), t.get("name")) for t in column]
        pole = (found[0][1] or "").rsplit(".", 1)[0]
        if found != [("n", f"{pole}.1"), ("s", f"{pole}.2")]:
            problems.append(f"the pole at x={x} has the terminals {found}, expected one clamp from above "
                            f"(n, '{pole}.1') and one from below (s, '{pole}.2')")
    return problems


def number(element, attribute):
    return float(element.get(attribute, "nan"))


def frames(definition):
    for r in definition.findall("description/rect"):
        if "filling:none" in (r.get("style") or ""):
            x, y = number(r, "x"), number(r, "y")
            yield x, y, x + number(r, "width"), y + number(r, "height")


def text_problems(path, definition, font):
    """Every static text inside the frame its baseline starts in."""
    problems = []
    for t in definition.findall("description/text"):
        text, x, y = t.get("text") or "", number(t, "x"), number(t, "y")
        points = float((t.get("font") or "").split(",")[1])
        box = (x, y - font.ascent(points), x + font.width(text, points), y + font.descent(points))
        holders = [f for f in frames(definition) if f[0] <= x <= f[2] and f[1] <= y <= f[3]]
        if not any(f[0] <= box[0] and box[2] <= f[2] and f[1] <= box[1] and box[3] <= f[3] for f in holders):
            where = ", ".join(f"{v:.1f}" for v in box)
            problems.append(f"{path}: text {text!r} ({where}) runs past its frame")
    return problems


def diagram(order, name):
    d = ET.Element("diagram", {
        "title": name, "order": str(order), "version": "0.90", "height": "660", "cols": "17", "rows": "8",
        "colsize": "60", "rowsize": "80", "displaycols": "true", "displayrows": "true"})
    elements = ET.SubElement(d, "elements")
    ET.SubElement(elements, "element", {
        "type": f"embed://import/{CATEGORY}/{name}", "x": "200", "y": "200", "z": "10", "orientation": "0",
        "prefix": "X", "freezeLabel": "false"})
    for child in ("conductors", "inputs", "images", "shapes"):
        ET.SubElement(d, child)
    return d


def names(english):
    n = ET.Element("names")
    ET.SubElement(n, "name", {"lang": "en"}).text = english
    return n


def project(definitions):
    root = ET.Element("project", {"version": "0.90", "title": "partgen elements"})
    ET.SubElement(root, "properties")
    for order, name in enumerate(sorted(definitions), start=1):
        root.append(diagram(order, name))
    collection = ET.SubElement(root, "collection")
    imported = ET.SubElement(collection, "category", {"name": "import"})
    imported.append(names("Imported elements"))
    category = ET.SubElement(imported, "category", {"name": CATEGORY})
    category.append(names("partgen"))
    for name in sorted(definitions):
        ET.SubElement(category, "element", {"name": name}).append(definitions[name])
    return ET.ElementTree(root)


def private_environment(workdir):
    home = os.path.join(workdir, "home")
    folders = {"HOME": home, "XDG_CONFIG_HOME": os.path.join(home, ".config"),
               "XDG_DATA_HOME": os.path.join(home, ".local/share"), "XDG_CACHE_HOME": os.path.join(home, ".cache"),
               "XDG_RUNTIME_DIR": os.path.join(workdir, "runtime"), "TMPDIR": os.path.join(workdir, "tmp")}
    for folder in folders.values():
        os.makedirs(folder, mode=0o700, exist_ok=True)
    environment = dict(os.environ, **folders)
    environment.update({"QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": "default.debug=true", "LANG": "C.UTF-8"})
    return environment


def read_lines(stream, lines):
    for line in iter(stream.readline, ""):
        lines.put(line.rstrip("\n"))
    lines.put(None)


def remove_instance_lock(workdir):
    """Removes the System V objects behind the lock files QElectroTech left in its TMPDIR."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.ftok.argtypes = [ctypes.c_char_p, ctypes.c_int]
    libc.ftok.restype = ctypes.c_int
    for path in glob.glob(os.path.join(workdir, "tmp", "qipc_*")):
        key = libc.ftok(path.encode(), ord("Q"))  # Qt's key for the file
        if key == -1:
            continue
        for kind in ("-M", "-S"):  # the segment, the semaphore
            subprocess.run(["ipcrm", kind, f"0x{key & 0xFFFFFFFF:08x}"], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)


def run_qelectrotech(program, project_path, workdir):
    """QElectroTech's log lines until the project was loaded, it exited, or the time limit."""
    command = ["timeout", "--kill-after=5", str(TIME_LIMIT), program, project_path]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               errors="replace", env=private_environment(workdir), cwd=workdir)
    lines = queue.Queue()
    threading.Thread(target=read_lines, args=(process.stderr, lines), daemon=True).start()
    log, deadline = [], time.monotonic() + TIME_LIMIT
    built = read = False
    while not (built and read) and time.monotonic() < deadline:
        try:
            line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            break
        if line is None:
            break
        log.append(line)
        built = built or DIAGRAMS_BUILT.search(line) is not None
        read = read or COLLECTION_READ in line
    process.terminate()  # `timeout` passes the signal on to QElectroTech
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    remove_instance_lock(workdir)
    return log


def load_problems(log, expected_diagrams):
    problems = [f"QElectroTech: {line}" for line in log if any(p.search(line) for p in FAILURE_PATTERNS)]
    counts = [int(m.group(1)) for m in map(DIAGRAMS_BUILT.search, log) if m]
    if not counts:
        problems.append("QElectroTech did not report the project as loaded (no 'Export XML de N schemas')")
    elif counts[0] != expected_diagrams:
        problems.append(f"QElectroTech built {counts[0]} diagrams, expected {expected_diagrams}")
    if not any(COLLECTION_READ in line for line in log):
        problems.append("QElectroTech did not finish reading the element collection")
    return problems


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    workdir, paths = os.path.abspath(argv[1]), argv[2:]
    os.makedirs(workdir, exist_ok=True)
    problems, definitions = [], {}
    font = Font(font_file("Sans Serif"))
    for path in paths:
        definition = ET.parse(path).getroot()
        problems += static_problems(path, definition) + text_problems(path, definition, font)
        definitions[os.path.basename(path)] = definition
    project_path = os.path.join(workdir, "elements.qet")
    project(definitions).write(project_path, encoding="UTF-8", xml_declaration=True)
    program = shutil.which("qelectrotech")
    if program:
        problems += load_problems(run_qelectrotech(program, project_path, workdir), len(definitions))
    else:
        problems.append("qelectrotech is not installed (scripts/setup-debian.sh test installs it)")
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
