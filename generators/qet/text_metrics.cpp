#include "qet/text_metrics.h"

#include <array>

#include "text/strings.h"

namespace partgen {
namespace {

// DejaVu Sans: 2048 units per em; the advance of each printable ASCII character from
// ' ' (32) to '~' (126), read from the font's hmtx table.
constexpr int unitsPerEm = 2048;
constexpr std::array<int, 95> asciiAdvance{
    651,  821,  942,  1716, 1303, 1946, 1597, 563,  799,  799,  1024, 1716, 651,  739,  651,  690,  1303, 1303, 1303,
    1303, 1303, 1303, 1303, 1303, 1303, 1303, 690,  690,  1716, 1716, 1716, 1087, 2048, 1401, 1405, 1430, 1577, 1294,
    1178, 1587, 1540, 604,  604,  1343, 1141, 1767, 1532, 1612, 1235, 1612, 1423, 1300, 1251, 1499, 1401, 2025, 1403,
    1251, 1403, 799,  690,  799,  1716, 1024, 1024, 1255, 1300, 1126, 1300, 1260, 721,  1300, 1298, 569,  569,  1186,
    569,  1995, 1298, 1253, 1300, 1300, 842,  1067, 803,  1298, 1212, 1675, 1212, 1212, 1075, 1303, 690,  1303, 1716,
};
// Any other character counts as the font's widest glyph (hhea advanceWidthMax).
constexpr int widestAdvance = 3838;
constexpr int ascender = 1901, descender = 483;  // hhea, below the baseline as a positive number

// 96 px per inch, 72 points per inch: 4/3 px per point.
int pixelsUp(int units, int points) {
    const int scaled = units * points * 4, per = unitsPerEm * 3;
    return (scaled + per - 1) / per;
}

int advanceOf(char32_t c) { return c >= 32 && c < 127 ? asciiAdvance[c - 32] : widestAdvance; }

}  // namespace

int textWidth(const std::string& text, int points) {
    int width = 0;
    for (const char32_t c : codePoints(text)) width += pixelsUp(advanceOf(c), points);
    return width;
}

int textAscent(int points) { return pixelsUp(ascender, points); }

int textDescent(int points) { return pixelsUp(descender, points); }

}  // namespace partgen
