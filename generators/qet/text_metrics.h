#pragma once
// How much room a text takes in a QElectroTech element, measured so that it never comes
// out smaller than QElectroTech draws it; frames are sized from these measures.
//
// QElectroTech draws an element's <text> with the font its "font" attribute names
// ("Sans Serif"), at that point size on a 96 dpi logical screen (4/3 px per point),
// from the baseline-left point x, y. fontconfig resolves "Sans Serif" to DejaVu Sans on
// Debian, where QElectroTech 0.9 is tested; the widths are DejaVu Sans's advances.

#include <string>

namespace partgen {

// A text's width in px at `points`: each glyph's advance rounded up to whole pixels, so
// that hinting, which rounds advances to whole pixels, cannot make the text wider.
int textWidth(const std::string& text, int points);

// Pixels above and below the baseline that a line of text at `points` may ink.
int textAscent(int points);
int textDescent(int points);

}  // namespace partgen
