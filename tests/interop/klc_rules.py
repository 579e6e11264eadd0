"""KLC rules that kicad-library-utils' checkers apply, asserted by reading partgen's files.

Each function returns a list of problems. The thresholds are those of check_symbol.py and
check_footprint.py (kicad-library-utils, v9 branch): S3.1 origin centred, S3.6 pin-name
offset of 20 mil at most, S5.1/S5.2 footprint link and filters, S6.2 fields and keywords,
F9.1 footprint metadata, F9.3 3D model path.
"""
import fnmatch
import os
import re

from kicad_files import child, children, unquote

SYMBOL_FIELDS = {"Reference", "Value", "Footprint", "Datasheet", "Description", "ki_description", "ki_keywords",
                 "ki_fp_filters"}
FILLER_WORDS = {"and", "or", "the", "a", "an", "in", "on", "of", "to", "for", "with", "at", "by"}
DEFAULT_PIN_NAME_OFFSET = 0.508


def fields_of(symbol):
    return {unquote(p[1]): unquote(p[2]) for p in children(symbol, "property")}


def pin_name_offset(symbol):
    """KiCad 9 leaves the default 20 mil out; KiCad 6 files always say it."""
    offset = child(child(symbol, "pin_names") or [], "offset")
    return float(offset[1]) if offset else DEFAULT_PIN_NAME_OFFSET


def pin_names_hidden(symbol):
    names = child(symbol, "pin_names") or []
    return "hide" in names or child(names, "hide") is not None


def body_centre(symbol):
    rectangles = [r for unit in children(symbol, "symbol") for r in children(unit, "rectangle")]
    if len(rectangles) != 1:
        return None
    start, end = child(rectangles[0], "start"), child(rectangles[0], "end")
    return ((float(start[1]) + float(end[1])) / 2, (float(start[2]) + float(end[2])) / 2)


def keyword_problems(name, keywords):
    problems = []
    if not keywords.strip():
        problems.append(f"{name}: S6.2 no keywords")
    if re.search(r"[,:;?!<>]|\.\W", keywords):
        problems.append(f"{name}: S6.2 keywords hold punctuation: {keywords}")
    fillers = {w for w in re.split(r"[\s\-]+", keywords.lower()) if w in FILLER_WORDS}
    if fillers:
        problems.append(f"{name}: S6.2 keywords hold filler words {sorted(fillers)}")
    return problems


def footprint_link_problems(name, fields, pretty_folder):
    """S5.1 and S5.2: a footprint named is a file in the library, matched by the one filter."""
    footprint, filters = fields.get("Footprint", ""), fields.get("ki_fp_filters", "").split()
    problems = []
    for f in filters:
        if "*" not in f or not f.endswith("*") or f.count(":") > 1 or "-" in f or "_" in f:
            problems.append(f"{name}: S5.2 filter {f} is malformed")
    if not footprint:
        if len(filters) == 1:
            problems.append(f"{name}: S5.1 one filter but no footprint")
        return problems
    library, _, fp_name = footprint.partition(":")
    if os.path.basename(pretty_folder) != library + ".pretty":
        problems.append(f"{name}: S5.1 footprint library {library} is not {os.path.basename(pretty_folder)}")
    elif not os.path.isfile(os.path.join(pretty_folder, fp_name + ".kicad_mod")):
        problems.append(f"{name}: S5.1 footprint {footprint} does not exist")
    if len(filters) != 1 or not fnmatch.fnmatch(fp_name, filters[0]):
        problems.append(f"{name}: S5.1 filters {filters} do not match {fp_name}")
    return problems


def connector_symbol_problems(symbol, pretty_folder):
    """A wired connector: off the board, in the BOM, centred, names shown only where they say more."""
    name = unquote(symbol[1])
    fields = fields_of(symbol)
    problems = []
    if set(fields) - SYMBOL_FIELDS:
        problems.append(f"{name}: S6.2 extra fields {sorted(set(fields) - SYMBOL_FIELDS)}")
    if fields.get("Value") != name:
        problems.append(f"{name}: S6.2 value {fields.get('Value')} is not the name")
    # "~" is KiCad's "no datasheet", which KLC's own S6.2 check accepts: a product derived
    # from another's datasheet has none (its description names the one it comes from).
    if not fields.get("Datasheet", "").startswith("http") and fields.get("Datasheet") != "~":
        problems.append(f"{name}: S6.2 datasheet {fields.get('Datasheet')} is no URL")
    if pin_name_offset(symbol) > 0.508 + 1e-9:
        problems.append(f"{name}: S3.6 pin-name offset {pin_name_offset(symbol)} mm is above 20 mil")
    if body_centre(symbol) != (0.0, 0.0):
        problems.append(f"{name}: S3.1 body centre {body_centre(symbol)} is not the origin")
    if child(symbol, "on_board")[1] != "no" or child(symbol, "in_bom")[1] != "yes":
        problems.append(f"{name}: a wired connector must be off the board and in the BOM")
    pins = [p for unit in children(symbol, "symbol") for p in children(unit, "pin")]
    repeat = all(unquote(child(p, "name")[1]) == unquote(child(p, "number")[1]) for p in pins)
    if pin_names_hidden(symbol) != repeat:
        problems.append(f"{name}: pin names hidden {pin_names_hidden(symbol)}, yet repeating the numbers {repeat}")
    problems += keyword_problems(name, fields.get("ki_keywords", ""))
    problems += footprint_link_problems(name, fields, pretty_folder)
    return problems


def cutout_symbol_problems(symbol, pretty_folder):
    """A panel cutout, as KiCad's Mechanical:MountingHole: no pins, on the board, out of the BOM."""
    name = unquote(symbol[1])
    fields = fields_of(symbol)
    pins = [p for unit in children(symbol, "symbol") for p in children(unit, "pin")]
    problems = []
    if pins:
        problems.append(f"{name}: a cutout symbol has {len(pins)} pins")
    if child(symbol, "on_board")[1] != "yes" or child(symbol, "in_bom")[1] != "no":
        problems.append(f"{name}: a cutout symbol must be on the board and out of the BOM")
    if fields.get("Reference") != "H" or not fields.get("Footprint"):
        problems.append(f"{name}: reference {fields.get('Reference')}, footprint {fields.get('Footprint')}")
    if body_centre(symbol) != (0.0, 0.0):
        problems.append(f"{name}: S3.1 body centre {body_centre(symbol)} is not the origin")
    problems += keyword_problems(name, fields.get("ki_keywords", ""))
    problems += footprint_link_problems(name, fields, pretty_folder)
    return problems


def footprint_metadata_problems(fp, model_folder, library):
    """F9.1 and F9.3, and the attributes of a cutout: board-only, out of BOM and position files."""
    name = unquote(fp[1])
    problems = []
    for prop in children(fp, "property"):
        if unquote(prop[1]) in ("Datasheet", "Description", "Footprint") and unquote(prop[2]):
            problems.append(f"{name}: F9.1 the {unquote(prop[1])} property must stay empty")
    descr = unquote((child(fp, "descr") or ["", '""'])[1])
    if not descr or "http" not in descr or descr.startswith("http"):
        problems.append(f"{name}: F9.1 descr must hold a description and the datasheet URL: {descr}")
    tags = unquote((child(fp, "tags") or ["", '""'])[1])
    if not tags or re.search(r"[,;:]", tags):
        problems.append(f"{name}: F9.1 tags {tags!r}")
    attributes = set((child(fp, "attr") or [])[1:])
    if attributes != {"board_only", "exclude_from_pos_files", "exclude_from_bom"}:
        problems.append(f"{name}: attributes {sorted(attributes)}")
    models = children(fp, "model")
    expected = f"{model_folder}/{library}.3dshapes/{name}.step"
    if len(models) != 1 or unquote(models[0][1]) != expected:
        problems.append(f"{name}: F9.3 models {[unquote(m[1]) for m in models]}, expected {expected}")
    return problems
