"""Checks that partgen's KiCad library works in real KiCad 9 projects: ERC and DRC find nothing.

usage: check_kicad_project.py LIBRARY_KICAD_DIR WORKDIR [PARTGEN]

LIBRARY_KICAD_DIR is the kicad/ folder partgen wrote; its sym-lib-table and fp-lib-table
name partgen's libraries. Two projects are built in WORKDIR, each with project library
tables that name partgen's libraries relative to ${KIPRJMOD} (as `PARTGEN kicad-project`
writes them, when PARTGEN is given) and KiCad's own through KiCad's variables:

  machine  a schematic with every connector symbol of the libraries (those with pins),
           J1..Jn, each pin wired to the same pin of a KiCad screw terminal X1..Xn, a net
           label on every wire. Its board is what Update PCB makes of it: the terminal
           block footprints with the schematic's nets, and none for the connectors, whose
           wires go to the terminals and which the library keeps off the board.
  panel    a schematic with every panel cutout symbol (those without pins), H1..Hn, and
           a board with their cutout footprints inside a panel outline.

The schematics embed exact copies of the library symbols; the boards hold the footprints
as pcbnew loads them from the libraries, linked to their symbols by path. Then kicad-cli
runs `sch erc` and `pcb drc --schematic-parity` on each project with every severity.
Exit 1 with every violation on stderr, or when kicad-cli fails or a board does not hold
exactly the footprints above; exit 0 otherwise.
"""
import importlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import uuid

from kicad_files import child, children, read, unquote

pcbnew = None  # imported by main once HOME is a scratch folder: pcbnew writes its settings there
PARTGEN = None  # the partgen program, when given: its kicad-project command writes the tables

TERMINAL_SYMBOL = "Connector:Screw_Terminal_01x{n:02d}"
TERMINAL_FOOTPRINT = "TerminalBlock_Phoenix:TerminalBlock_Phoenix_MKDS-1,5-{n}_1x{n:02d}_P5.00mm_Horizontal"
# The uuids are derived from names, so the same library gives the same schematics.
NAMESPACE = uuid.UUID("5b7c2f0e-2f4e-4c55-9a43-0f6f2b8e7d11")
GRID = 2.54  # mm, where Eeschema expects pins, wires and labels
GAP = 10.0  # mm between footprints, and from them to the board edge

problems = []


def fail(message):
    problems.append(message)


def quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def mm(value):
    return f"{value:.4f}".rstrip("0").rstrip(".")


def dump(node, depth=0):
    """A parsed node as S-expression text again (its strings kept their quotes)."""
    if not isinstance(node, list):
        return node
    inner = [dump(c, depth + 1) for c in node]
    if not any(isinstance(c, list) for c in node):
        return "(" + " ".join(inner) + ")"
    indent = "\n" + "\t" * (depth + 1)
    return "(" + " ".join(inner[:2]) + "".join(indent + i for i in inner[2:]) + "\n" + "\t" * depth + ")"


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


# The libraries.


def kicad_dir(variable, folder):
    """Where KiCad's variable points: its value if set, else KiCad's data folder beside
    kicad-cli (<prefix>/bin -> <prefix>/share/kicad), as KiCad itself assumes."""
    prefix = os.path.dirname(os.path.dirname(shutil.which("kicad-cli")))
    return os.environ.get(variable) or os.path.join(prefix, "share", "kicad", folder)


def library_symbols(path):
    return {unquote(symbol[1]): symbol for symbol in children(read(path), "symbol")}


def pins(symbol):
    """[(number, x, y)] of a library symbol, in its own coordinates (y up)."""
    found = []
    for unit in children(symbol, "symbol"):
        for pin in children(unit, "pin"):
            at = child(pin, "at")
            found.append((unquote(child(pin, "number")[1]), float(at[1]), float(at[2])))
    return sorted(found, key=lambda p: int(p[0]) if p[0].isdigit() else p[0])


def field(symbol, name):
    found = [unquote(p[2]) for p in children(symbol, "property") if unquote(p[1]) == name]
    return found[0] if found else ""


def flag(symbol, name):
    node = child(symbol, name)
    return node[1] if node else "yes"


class Library:
    """partgen's libraries, as the tables in the kicad/ folder it wrote name them."""

    def __init__(self, kicad):
        self.kicad = kicad
        self.symbol_libs = self.table("sym")
        self.footprint_libs = self.table("fp")

    def table(self, kind):
        """{nickname: path} of the sym-lib-table or fp-lib-table."""
        found = {}
        for lib in children(read(os.path.join(self.kicad, kind + "-lib-table")), "lib"):
            uri = unquote(child(lib, "uri")[1]).replace("${PARTGEN_LIBRARY_DIR}", os.path.dirname(self.kicad))
            found[unquote(child(lib, "name")[1])] = uri
        return found

    def symbols(self):
        """{lib_id: node} of every symbol of every symbol library."""
        found = {}
        for nickname, path in self.symbol_libs.items():
            found.update({f"{nickname}:{name}": s for name, s in library_symbols(path).items()})
        return found


def lib_table(kind, entries):
    row = '\n\t(lib (name {}) (type "KiCad") (uri {}) (options "") (descr ""))'
    rows = "".join(row.format(quote(n), quote(u)) for n, u in entries)
    return f"({kind}_lib_table\n\t(version 7){rows}\n)\n"


def write_lib_tables(folder, library, symbol_libs, footprint_libs):
    """KiCad's libraries through its variables; then partgen's, by paths relative to the
    project: `partgen kicad-project` adds them when the check is given the program,
    else the check writes them itself."""

    def relative(path):
        return "${KIPRJMOD}/" + os.path.relpath(path, folder)

    symbols = [(n, f"${{KICAD9_SYMBOL_DIR}}/{n}.kicad_sym") for n in sorted(symbol_libs)]
    footprints = [(n, f"${{KICAD9_FOOTPRINT_DIR}}/{n}.pretty") for n in sorted(footprint_libs)]
    if not PARTGEN:
        symbols = [(n, relative(p)) for n, p in sorted(library.symbol_libs.items())] + symbols
        footprints = [(n, relative(p)) for n, p in sorted(library.footprint_libs.items())] + footprints
    write(os.path.join(folder, "sym-lib-table"), lib_table("sym", symbols))
    write(os.path.join(folder, "fp-lib-table"), lib_table("fp", footprints))


def link_partgen(folder, library):
    """`partgen kicad-project`, once the folder holds a project, when the check has the program."""
    if not PARTGEN:
        return
    run = subprocess.run([PARTGEN, "kicad-project", folder, "--out", os.path.dirname(library.kicad)],
                         capture_output=True, text=True)
    if run.returncode != 0:
        fail(f"partgen kicad-project {folder} failed ({run.returncode}): {run.stderr}")


# The schematic, as Eeschema writes it.


class Schematic:
    def __init__(self, project):
        self.project = project
        self.uuid = self.new_uuid("schematic")
        self.lib_symbols = {}
        self.items = []

    def new_uuid(self, what):
        return str(uuid.uuid5(NAMESPACE, self.project + "/" + what))

    def place(self, lib_id, symbol, reference, at, mirror=False, footprint=None):
        """The library symbol at `at`, its flags and fields as placing it sets them (Footprint
        replaced when given). Returns its uuid and {pin number: (x, y)} on the sheet (y down)."""
        copy = list(symbol)
        copy[1] = quote(lib_id)
        self.lib_symbols[lib_id] = copy
        x0, y0 = at
        sign = -1 if mirror else 1
        symbol_uuid = self.new_uuid(reference)
        lines = [f"(symbol (lib_id {quote(lib_id)}) (at {mm(x0)} {mm(y0)} 0)" + (" (mirror y)" if mirror else "")]
        lines += ["\t(unit 1)"] + [f"\t({f} {flag(symbol, f)})" for f in ("exclude_from_sim", "in_bom", "on_board")]
        lines += ["\t(dnp no)", f"\t(uuid {quote(symbol_uuid)})"]
        for p in children(symbol, "property"):
            name = unquote(p[1])
            if name.startswith("ki_"):
                continue
            replaced = {"Reference": reference, "Footprint": footprint}.get(name)
            value = quote(replaced) if replaced else p[2]
            x, y = x0 + sign * float(child(p, "at")[1]), y0 - float(child(p, "at")[2])
            effects = dump(child(p, "effects"))
            lines.append(f"\t(property {p[1]} {value} (at {mm(x)} {mm(y)} 0) {effects})")
        placed = {}
        for number, px, py in pins(symbol):
            lines.append(f"\t(pin {quote(number)} (uuid {quote(self.new_uuid(reference + '.' + number))}))")
            placed[number] = (x0 + sign * px, y0 - py)
        path = f"(path {quote('/' + self.uuid)} (reference {quote(reference)}) (unit 1))"
        lines += [f"\t(instances (project {quote(self.project)} {path}))", ")"]
        self.items.append("\n".join(lines))
        return symbol_uuid, placed

    def wire(self, start, end, label):
        """A horizontal wire between two pins, with a net label on the grid along it."""
        (x1, y), (x2, _) = start, end
        middle = round((x1 + x2) / 2 / GRID) * GRID
        wire_uuid, label_uuid = quote(self.new_uuid("wire " + label)), quote(self.new_uuid("label " + label))
        stroke = "(stroke (width 0) (type default))"
        self.items.append(f"(wire (pts (xy {mm(x1)} {mm(y)}) (xy {mm(x2)} {mm(y)})) {stroke} (uuid {wire_uuid}))")
        effects = "(effects (font (size 1.27 1.27)) (justify left bottom))"
        self.items.append(f"(label {quote(label)} (at {mm(middle)} {mm(y)} 0) {effects} (uuid {label_uuid}))")

    def save(self, path):
        symbols = "".join("\n\t\t" + dump(s, 2) for _, s in sorted(self.lib_symbols.items()))
        items = "".join("\n\t" + item.replace("\n", "\n\t") for item in self.items)
        head = '(kicad_sch\n\t(version 20250114)\n\t(generator "eeschema")\n\t(generator_version "9.0")\n'
        tail = '\n\t(sheet_instances (path "/" (page "1")))\n\t(embedded_fonts no)\n)\n'
        write(path, f'{head}\t(uuid {quote(self.uuid)})\n\t(paper "A3")\n\t(lib_symbols{symbols}\n\t){items}{tail}')


# The board, built with pcbnew as Update PCB leaves it.


class Board:
    def __init__(self, path):
        self.board = pcbnew.NewBoard(path)
        self.path = path
        self.footprints = []

    def add(self, folder, fpid, reference, symbol, symbol_uuid, sheetfile, nets):
        """The footprint from its library folder, with the symbol's fields, path and pin nets."""
        nickname, name = fpid.split(":", 1)
        fp = pcbnew.FootprintLoad(folder, name)
        if fp is None:
            fail(f"pcbnew cannot load {name} from {folder}")
            return
        fp.SetFPID(pcbnew.LIB_ID(nickname, name))
        fp.SetReference(reference)
        fp.SetValue(field(symbol, "Value"))
        for key in ("Datasheet", "Description"):
            fp.SetField(key, field(symbol, key))
        fp.SetPath(pcbnew.KIID_PATH("/" + symbol_uuid))
        fp.SetSheetname("/")
        fp.SetSheetfile(sheetfile)
        self.board.Add(fp)
        for pad in fp.Pads():
            if pad.GetNumber() in nets:
                pad.SetNet(self.net(nets[pad.GetNumber()]))
        self.footprints.append(fp)

    def net(self, name):
        found = self.board.FindNet(name)
        if found is None:
            found = pcbnew.NETINFO_ITEM(self.board, name)
            self.board.Add(found)
        return found

    def save(self):
        """The footprints in a row GAP apart, inside an Edge.Cuts rectangle GAP around them."""
        x, height = GAP, 0.0
        for fp in self.footprints:
            box = fp.GetBoundingBox(False)
            fp.SetPosition(pcbnew.VECTOR2I_MM(x, GAP) + fp.GetPosition() - box.GetOrigin())
            x += pcbnew.ToMM(box.GetWidth()) + GAP
            height = max(height, pcbnew.ToMM(box.GetHeight()))
        outline = pcbnew.PCB_SHAPE(self.board, pcbnew.SHAPE_T_RECT)
        outline.SetLayer(pcbnew.Edge_Cuts)
        outline.SetWidth(pcbnew.FromMM(0.1))
        outline.SetStart(pcbnew.VECTOR2I_MM(0, 0))
        outline.SetEnd(pcbnew.VECTOR2I_MM(x, height + 2 * GAP))
        self.board.Add(outline)
        pcbnew.SaveBoard(self.path, self.board)


# The projects.


def save_project(folder, name, schematic, board, library):
    board.save()
    # pcbnew wrote a project file of its own settings; a minimal one leaves KiCad's defaults.
    project = {"meta": {"filename": name + ".kicad_pro", "version": 3}}
    write(os.path.join(folder, name + ".kicad_pro"), json.dumps(project))
    schematic.save(os.path.join(folder, name + ".kicad_sch"))
    link_partgen(folder, library)


def terminal_symbols(connectors):
    """{connector: (terminal lib_id, terminal symbol, terminal footprint)}: KiCad's screw
    terminal and Phoenix terminal block with as many poles as the connector."""
    found = {}
    for name, symbol in connectors.items():
        n = len(pins(symbol))
        lib_id = TERMINAL_SYMBOL.format(n=n)
        nickname, item = lib_id.split(":")
        path = os.path.join(kicad_dir("KICAD9_SYMBOL_DIR", "symbols"), nickname + ".kicad_sym")
        terminal = library_symbols(path).get(item)
        if terminal is None or child(terminal, "extends"):  # a derived symbol would need its parent embedded too
            fail(f"KiCad has no symbol {lib_id} of its own")
            continue
        found[name] = (lib_id, terminal, TERMINAL_FOOTPRINT.format(n=n))
    return found


def machine(folder, library, connectors):
    """Writes the machine project; returns the footprints its board must hold."""
    terminals = terminal_symbols(connectors)
    os.makedirs(folder, exist_ok=True)
    nicknames = [{t[i].split(":")[0] for t in terminals.values()} for i in (0, 2)]
    write_lib_tables(folder, library, *nicknames)
    schematic, board = Schematic("machine"), Board(os.path.join(folder, "machine.kicad_pcb"))
    y = 10 * GRID
    for index, (name, (lib_id, terminal, footprint)) in enumerate(sorted(terminals.items()), 1):
        connector = connectors[name]
        # The terminal mirrored, left of the connector, its pin 1 level with the connector's.
        terminal_at = (20 * GRID, y - pins(connector)[0][2] + pins(terminal)[0][2])
        terminal_uuid, terminal_pins = schematic.place(lib_id, terminal, f"X{index}", terminal_at, True, footprint)
        _, connector_pins = schematic.place(name, connector, f"J{index}", (40 * GRID, y))
        nets = {}
        for number, start in terminal_pins.items():
            end = connector_pins.get(number)
            if end is None or abs(end[1] - start[1]) > 1e-6:
                fail(f"{name}: pin {number} is not level with the terminal's pin; cannot wire it")
                continue
            schematic.wire(start, end, f"J{index}_{number}")
            nets[number] = f"/J{index}_{number}"  # a local label's net on the root sheet
        folder_of = os.path.join(kicad_dir("KICAD9_FOOTPRINT_DIR", "footprints"), footprint.split(":")[0] + ".pretty")
        board.add(folder_of, footprint, f"X{index}", terminal, terminal_uuid, "machine.kicad_sch", nets)
        y += (len(terminal_pins) + 6) * GRID
    save_project(folder, "machine", schematic, board, library)
    return sorted(t[2] for t in terminals.values())


def panel(folder, library, cutouts):
    """Writes the panel project; returns the footprints its board must hold."""
    os.makedirs(folder, exist_ok=True)
    write_lib_tables(folder, library, [], [])
    schematic, board = Schematic("panel"), Board(os.path.join(folder, "panel.kicad_pcb"))
    expected = []
    for index, (name, symbol) in enumerate(sorted(cutouts.items()), 1):
        at = ((10 + 20 * index) * GRID, 20 * GRID)
        symbol_uuid, _ = schematic.place(name, symbol, f"H{index}", at)
        footprint = field(symbol, "Footprint")
        pretty = library.footprint_libs.get(footprint.split(":")[0])
        if pretty is None:
            fail(f"{name}: footprint {footprint!r} is in none of partgen's libraries")
            continue
        board.add(pretty, footprint, f"H{index}", symbol, symbol_uuid, "panel.kicad_sch", {})
        expected.append(footprint)
    save_project(folder, "panel", schematic, board, library)
    return sorted(expected)


# kicad-cli's verdict.


def report(path, what):
    """The number of violations in kicad-cli's JSON report, each one listed as a problem."""
    with open(path, encoding="utf-8") as f:
        found = json.load(f)
    violations = [v for sheet in found.get("sheets", [found]) for v in sheet.get("violations", [])]
    violations += found.get("unconnected_items", []) + found.get("schematic_parity", [])
    for v in violations:
        items = "; ".join(i.get("description", "") for i in v.get("items", []))
        fail(f"{what}: {v.get('severity')} {v.get('type')}: {v.get('description')} [{items}]")
    return len(violations)


def run_check(command, target, what):
    """kicad-cli's check of `target` with every severity; exit code 5 means violations."""
    out = os.path.splitext(target)[0] + f"-{what.split()[-1].lower()}.json"
    options = ["--severity-all", "--exit-code-violations", "--format", "json", "-o", out, target]
    done = subprocess.run(["kicad-cli", *command, *options], capture_output=True, text=True)
    if done.returncode not in (0, 5) or not os.path.exists(out):
        fail(f"{what}: kicad-cli {' '.join(command)} failed ({done.returncode}): {done.stdout} {done.stderr}")
        return
    count = report(out, what)
    if (done.returncode == 5) != (count > 0):
        fail(f"{what}: kicad-cli exited with {done.returncode} for {count} violations")
    print(f"{what}: {count} violations")


def footprints_on(path):
    return sorted(fp.GetFPID().GetUniStringLibId() for fp in pcbnew.LoadBoard(path).GetFootprints())


def check_project(folder, name, expected):
    if not expected or footprints_on(os.path.join(folder, name + ".kicad_pcb")) != expected:
        fail(f"{name}: the board does not hold exactly {expected}")
    run_check(["sch", "erc"], os.path.join(folder, name + ".kicad_sch"), name + " ERC")
    run_check(["pcb", "drc", "--schematic-parity"], os.path.join(folder, name + ".kicad_pcb"), name + " DRC")


def main(argv):
    library, work = Library(os.path.abspath(argv[1])), os.path.abspath(argv[2])
    global PARTGEN
    PARTGEN = argv[3] if len(argv) > 3 else None
    symbols = library.symbols()
    os.makedirs(work, exist_ok=True)
    # kicad-cli and pcbnew write their settings under HOME; the footprints' 3D models are
    # found through the variable the library uses.
    os.environ["HOME"] = tempfile.mkdtemp(prefix="home-", dir=work)
    os.environ["PARTGEN_LIBRARY_DIR"] = os.path.dirname(library.kicad)
    global pcbnew
    pcbnew = importlib.import_module("pcbnew")
    machine_dir, panel_dir = os.path.join(work, "machine"), os.path.join(work, "panel")
    terminals = machine(machine_dir, library, {n: s for n, s in symbols.items() if pins(s)})
    cutouts = panel(panel_dir, library, {n: s for n, s in symbols.items() if not pins(s)})
    check_project(machine_dir, "machine", terminals)
    check_project(panel_dir, "panel", cutouts)
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
