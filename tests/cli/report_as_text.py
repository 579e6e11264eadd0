"""Prints a change report JSON (generate --report) as the lines generate prints for it.

A test compares these lines with generate's own output, proving that the JSON parses
and says what the text says. Usage: report_as_text.py REPORT.json
"""
import json
import sys


def counted(n, verb):
    return "%d file%s %s" % (n, "" if n == 1 else "s", verb)


def side(text, source):
    return "none" if source is None else text


def value_line(v):
    text = v["field"] + " " + side(v["before"], v["beforeSource"])
    if v["beforeSource"] and v["afterSource"] and v["beforeSource"] != v["afterSource"]:
        text += " (%s)" % v["beforeSource"]
    text += " -> " + side(v["after"], v["afterSource"])
    if v["afterSource"]:
        text += " (%s, %s:%d)" % (v["afterSource"], v["at"]["file"], v["at"]["line"])
    return text


def product_line(p):
    if p["change"] != "changed":
        origin = "series rule" if p["origin"] == "series" else p["origin"]
        verb = "created" if p["change"] == "added" else "removed"
        return "%s %s (%s, %s:%d); %s" % (p["change"], p["number"], origin, p["at"]["file"], p["at"]["line"],
                                          counted(p["files"], verb))
    return p["number"] + ": " + "".join(value_line(v) + "; " for v in p["values"]) + counted(p["files"], "changed")


def counts_text(formats):
    parts = []
    for name in sorted(formats):
        n = formats[name]
        counts = ", ".join("%d %s" % (n[k], k) for k in ("created", "changed", "removed") if n[k])
        parts.append(name + " " + counts)
    return "; ".join(parts)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        report = json.load(f)
    assert report["schema"] == "partgen-change-report/1", report["schema"]
    for family in report["families"]:
        print(family["id"] + ":")
        for p in family["products"]:
            print("  " + product_line(p))
        if family["formats"]:
            print("  files: " + counts_text(family["formats"]))
    if report["catalog"]["formats"]:
        print("catalog files: " + counts_text(report["catalog"]["formats"]))


main()
