"""Has KiCad 6's own pcbnew load a library table partgen wrote, as a project table.

usage: check_kicad6_tables.py KICAD6_ROOT OUTPUT_DIR EXPECTED_FOOTPRINTS

KICAD6_ROOT is the unpacked KiCad 6 package (scripts/setup-debian.sh). A scratch HOME gets
KiCad 6's settings and an action plugin; a scratch project gets OUTPUT_DIR/kicad/fp-lib-table
as its project table and an empty board. pcbnew runs under Xvfb; once its editor is up,
the plugin asks pcbnew for the libraries of the project's tables and their footprints, and
writes them down. KiCad 6 parses the table itself: a table it refuses (one with a version
line) leaves the plugin no library and pcbnew an error dialog. Passes when the table's
library lists EXPECTED_FOOTPRINTS footprints; exit 1 with the reason otherwise.
"""
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

PROBE = """
import json
import os

import pcbnew
import wx


def probe(attempt=0):
    # The editor loads its board and project after the plugins: until then it lists no
    # library, so an empty list is asked again for a while before it counts.
    try:
        found = {name: list(pcbnew.GetFootprints(name)) for name in pcbnew.GetFootprintLibraries()}
    except Exception as e:  # reported, not raised: pcbnew would only log it
        found = {"error": repr(e)}
    if not found and attempt < 40:
        wx.CallLater(1000, probe, attempt + 1)
        return
    out = os.environ["PARTGEN_PROBE_OUT"]
    with open(out + ".part", "w") as f:
        json.dump(found, f)
    os.replace(out + ".part", out)  # whole or not at all for the reader
    os._exit(0)


wx.CallLater(1000, probe)
"""


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def scratch_home(home):
    """KiCad 6 settings that skip its first-start dialogs, and the probe plugin."""
    settings = os.path.join(home, ".config/kicad/6.0")
    write(os.path.join(settings, "fp-lib-table"), "(fp_lib_table\n)\n")
    write(os.path.join(settings, "sym-lib-table"), "(sym_lib_table\n)\n")
    write(os.path.join(settings, "kicad_common.json"), "{}\n")
    write(os.path.join(settings, "pcbnew.json"), "{}\n")
    write(os.path.join(home, ".local/share/kicad/6.0/scripting/plugins/partgen_probe.py"), PROBE)


def scratch_project(folder, table):
    os.makedirs(folder)
    shutil.copy(table, os.path.join(folder, "fp-lib-table"))
    write(os.path.join(folder, "panel.kicad_pro"), "{}\n")
    write(os.path.join(folder, "panel.kicad_pcb"), "(kicad_pcb (version 20211014) (generator pcbnew))\n")
    return os.path.join(folder, "panel.kicad_pcb")


def run_pcbnew(root, board, environment, probe, log, seconds=60):
    """pcbnew under Xvfb until the probe has written, or `seconds` have passed; its output
    goes to `log`."""
    with open(log, "w") as output:
        process = subprocess.Popen(["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24",
                                    os.path.join(root, "usr/bin/pcbnew"), board],
                                   env=environment, stdout=output, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and process.poll() is None and not os.path.exists(probe):
        time.sleep(0.5)
    try:
        process.wait(timeout=10)  # the probe ends pcbnew once it has written
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def main(root, output_dir, expected):
    with tempfile.TemporaryDirectory() as tmp:
        home = os.path.join(tmp, "home")
        scratch_home(home)
        board = scratch_project(os.path.join(tmp, "project"), os.path.join(output_dir, "kicad/fp-lib-table"))
        probe = os.path.join(tmp, "probe.json")
        # Its own HOME and TMPDIR: KiCad keeps its instance and project locks there, and two
        # checks at once must not see each other's.
        environment = dict(os.environ, HOME=home, TMPDIR=tmp, PARTGEN_PROBE_OUT=probe,
                           PARTGEN_LIBRARY_DIR=os.path.abspath(output_dir),
                           KICAD_PATH=os.path.join(root, "usr/share/kicad"),
                           PYTHONPATH=os.path.join(root, "usr/lib/python3/dist-packages"),
                           LD_LIBRARY_PATH=os.path.join(root, "usr/lib/x86_64-linux-gnu") + ":" +
                           os.path.join(root, "usr/lib/kicad"))
        environment.pop("XDG_CONFIG_HOME", None)
        log = os.path.join(tmp, "pcbnew.log")
        run_pcbnew(root, board, environment, probe, log)
        if not os.path.exists(probe):
            with open(log, errors="replace") as f:
                tail = f.read()[-2000:]
            print(f"KiCad 6's pcbnew never listed the project's libraries (refused table?):\n{tail}", file=sys.stderr)
            return 1
        with open(probe) as f:
            found = json.load(f)
    counts = {name: len(footprints) for name, footprints in found.items()}
    if list(counts.values()) != [expected]:
        print(f"KiCad 6 listed {counts}, expected one library of {expected} footprints", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
