"""Checks an EPLAN parts file written by partgen against the shipped schema and the spec.

usage: check_eplan.py FILE.xml SCHEMA.xsd [--parts N] [--cutout PARTNR W H R]... [--no-cutout PARTNR]...

Fails (exit 1, reasons on stderr) unless: xmllint (Debian's libxml2-utils) validates FILE
against SCHEMA (`xmllint --noout --schema`); the root's count is its number of parts; the file
holds N parts; every part has one function template per pole, whose connection designations are
names of connection points of the part's pattern, each named once; every accessory position of
record type 13 names an accessory list of the file; with --cutout, the part PARTNR names a drilling pattern whose one rectangle
is W x H mm with corner radius R mm, placed at the middle of the part's front; with --no-cutout,
the part PARTNR has no drilling pattern.
"""
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

TOLERANCE = 1e-9


def validate(path, schema):
    xmllint = shutil.which("xmllint")
    if not xmllint:
        return ["xmllint is not installed (scripts/setup-debian.sh test installs libxml2-utils)"]
    result = subprocess.run([xmllint, "--noout", "--schema", schema, path], capture_output=True, text=True)
    if result.returncode != 0:
        return [f"xmllint: {line}" for line in result.stderr.splitlines()]
    return []


def same(a, b):
    return abs(float(a) - float(b)) <= TOLERANCE


def function_problems(part):
    functions = part.findall("variant/functiontemplate")
    poles = int(part.get("P_ARTICLE_POLE_NUMBER", "0"))
    if len(functions) != poles:
        return [f"{part.get('P_ARTICLE_PARTNR')}: {len(functions)} function templates for {poles} poles"]
    return []


def designation_problems(root, part):
    patterns = {t.get("P_PART_TERMINAL_NAME"): t for t in root.findall("terminal")}
    pattern = patterns.get(part.get("P_ARTICLE_REF_TERMINAL_NAME"))
    if pattern is None:
        return [f"{part.get('P_ARTICLE_PARTNR')}: no connection point pattern"]
    points = sorted(t.get("name") for t in pattern.findall("terminalPosition"))
    designations = sorted(name for f in part.findall("variant/functiontemplate")
                          for name in f.get("connectionDesignation").split("\n"))
    if points != designations:
        return [f"{part.get('P_ARTICLE_PARTNR')}: connection designations {designations} "
                f"are not the connection points {points}"]
    return []


def accessory_list_problems(root, part):
    lists = {a.get("P_PART_ACCESSORYLIST_NAME") for a in root.findall("accessorylist")}
    return [f"{part.get('P_ARTICLE_PARTNR')}: accessory list {a.get('partnr')!r} does not exist"
            for a in part.findall("accessoryposition") if a.get("parttype") == "13" and a.get("partnr") not in lists]


def cutout_problems(root, parts, number, width, height, radius):
    part = parts.get(number)
    if part is None:
        return [f"no part {number}"]
    position = part.find("constructionPosition")
    if position is None:
        return [f"{number}: no drilling pattern"]
    constructions = {c.get("P_PART_CONSTRUCTION_NAME"): c for c in root.findall("construction")}
    construction = constructions.get(position.get("name"))
    if construction is None:
        return [f"{number}: drilling pattern {position.get('name')!r} does not exist"]
    holes = construction.findall("drillingPosition")
    if len(holes) != 1:
        return [f"{number}: {len(holes)} drilling positions, expected 1"]
    hole, problems = holes[0], []
    actual = (hole.get("dimension1"), hole.get("dimension2"), hole.get("dimension3"))
    if not all(same(a, e) for a, e in zip(actual, (width, height, radius))):
        problems.append(f"{number}: cutout {actual[0]} x {actual[1]} r {actual[2]} mm, "
                        f"expected {width} x {height} r {radius} mm")
    centre_x = float(position.get("offsetx")) + float(hole.get("xpos"))
    centre_y = float(position.get("offsety")) + float(hole.get("ypos"))
    if not (same(centre_x, float(part.get("P_ARTICLE_WIDTH")) / 2) and
            same(centre_y, float(part.get("P_ARTICLE_HEIGHT")) / 2)):
        problems.append(f"{number}: cutout centred at ({centre_x}, {centre_y}), not the middle of the front")
    return problems


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    path, schema, options = argv[1], argv[2], argv[3:]
    problems = validate(path, schema)
    root = ET.parse(path).getroot()
    parts = {p.get("P_ARTICLE_PARTNR"): p for p in root.findall("part")}
    if root.get("count") != str(len(root.findall("part"))):
        problems.append(f"count {root.get('count')} for {len(root.findall('part'))} parts")
    for part in parts.values():
        problems += function_problems(part)
        problems += designation_problems(root, part)
        problems += accessory_list_problems(root, part)
    i = 0
    while i < len(options):
        option = options[i]
        if option == "--parts":
            if len(parts) != int(options[i + 1]):
                problems.append(f"{len(parts)} parts, expected {options[i + 1]}")
            i += 2
        elif option == "--cutout":
            problems += cutout_problems(root, parts, *options[i + 1:i + 5])
            i += 5
        elif option == "--no-cutout":
            number = options[i + 1]
            if number not in parts or parts[number].find("constructionPosition") is not None:
                problems.append(f"{number}: expected a part without drilling pattern")
            i += 2
        else:
            problems.append(f"unknown option {option}")
            i += 1
    for p in problems:
        print(f"{path}: {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
