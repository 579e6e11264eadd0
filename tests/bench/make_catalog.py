#!/usr/bin/python3
"""Writes tests/bench/catalog.xml: a synthetic WINSTA MIDI-like catalog for the benchmark.

One series rule per kind x colour x coding x marking, each making the 2- to 12-pole
products: 4 x 12 x 5 x 4 rules x 11 pole counts = 10,560 variants, in the proportions of a
maker's catalog (most products have few poles). Run it again after changing it; the
benchmark reads the committed file.
"""
import pathlib

KINDS = ["snap-in-socket", "snap-in-plug", "socket", "plug"]
COLOURS = ["gray", "black", "white", "blue", "brown", "green", "light green",
           "light turquoise", "pink", "red", "violet", "yellow"]
CODINGS = ["A", "B", "C", "D", "E"]
MARKINGS = [1, 0, 11, 21]  # first label of <marking numbered-from="N"/>
POLES = "2..12"

HEADER = """<?xml version="1.0" encoding="UTF-8"?>
<!--
  Synthetic catalog for the benchmark (tests/bench, partgen_bench): not a real product range.
  Written by tests/bench/make_catalog.py; edit the script, not this file.
  {rules} series rules x 11 pole counts = {variants} variants.
-->
<family id="bench-catalog" series="BENCH MIDI" format="1">
  <manufacturer short-name="WAGO" name="WAGO Kontakttechnik GmbH &amp; Co. KG"
                street="Hansastr. 27" postcode="32423" city="Minden" country="DE"
                phone="+49571 887-0" email="info.de@wago.com" web="https://www.wago.com"/>

  <parameters>
    <param name="flange_margin" source="derived">5.5 mm</param>
    <param name="cutout_margin" source="estimated">0.4 mm</param>
  </parameters>

  <defaults>
    <pitch>10 mm</pitch>
    <connection-points-per-pole>2</connection-points-per-pole>
    <datasheet-url>https://www.wago.com/{{number}}</datasheet-url>
    <connection-technology>Push-in CAGE CLAMP®</connection-technology>
    <nominal-cross-section>4 mm² / 12 AWG</nominal-cross-section>
    <conductor-solid>0.5 ... 4 mm² / 20 ... 12 AWG</conductor-solid>
    <conductor-stranded>0.5 ... 2.5 mm² / 20 ... 14 AWG</conductor-stranded>
    <conductor-fine-stranded>0.5 ... 4 mm² / 20 ... 12 AWG</conductor-fine-stranded>
    <strip-length>9 mm</strip-length>
    <rated-current>25 A</rated-current>
    <rated-voltage>400 V</rated-voltage>
    <rated-impulse-voltage>6 kV</rated-impulse-voltage>
    <protection-type>IP20</protection-type>
    <insulation-material>Polyamide 66 (PA 66)</insulation-material>
    <operating-temperature>-35 ... 85 °C</operating-temperature>
    <height>18.5 mm</height>
    <depth>37.5 mm</depth>
    <width>= pitch * poles + flange_margin</width>
  </defaults>
"""

PANEL = """    <plate-thickness>0.5 ... 2 mm</plate-thickness>
    <cutout-width>= pitch * poles + cutout_margin</cutout-width>
    <cutout-height source="estimated">15.8 mm</cutout-height>
    <cutout-radius source="estimated">1 mm</cutout-radius>
    <cutout-tolerance>+0.1 / -0 mm</cutout-tolerance>
    <mounting-type>Snap-in flange</mounting-type>
"""


def rule(kind_index, kind, colour_index, colour, coding, marking):
    number = f"BM-{kind_index}{colour_index:02d}{coding}{marking:02d}-{{poles}}"
    panel = PANEL if kind.startswith("snap-in-") else ""
    return (f'  <series number="{number}" poles="{POLES}">\n'
            f"    <description>{kind}; {{poles}}-pole; Cod. {coding}; {colour}</description>\n"
            f"    <kind>{kind}</kind>\n"
            f"    <colour>{colour}</colour>\n"
            f"    <coding>{coding}</coding>\n"
            f'    <marking numbered-from="{marking}"/>\n'
            f"{panel}"
            f"  </series>\n")


def main():
    rules = [rule(k, kind, c, colour, coding, marking)
             for k, kind in enumerate(KINDS)
             for c, colour in enumerate(COLOURS)
             for coding in CODINGS
             for marking in MARKINGS]
    text = HEADER.format(rules=len(rules), variants=len(rules) * 11) + "\n".join(rules) + "</family>\n"
    pathlib.Path(__file__).with_name("catalog.xml").write_text(text, encoding="utf-8")


main()
