"""The advances, ascent and descent of a TrueType font, read from its own tables.

QElectroTech draws an element's texts with Qt, which asks fontconfig for the family the text
names ("Sans Serif"); `fc-match` gives the same file. Only what measuring a line of text
needs is read: head (units per em), hhea (ascender, descender, number of advances), hmtx
(the advances) and a format 4 cmap (characters to glyphs).
"""
import struct
import subprocess

PIXELS_PER_POINT = 96 / 72  # Qt's logical screen, offscreen too


def font_file(family):
    return subprocess.run(["fc-match", "-f", "%{file}", family], capture_output=True, text=True,
                          check=True).stdout.strip()


class Font:
    def __init__(self, path):
        with open(path, "rb") as f:
            self.data = f.read()
        self.tables = self._tables()
        head, hhea = self.tables["head"], self.tables["hhea"]
        self.units_per_em = self._unpack(">H", head + 18)
        self.ascender, self.descender = self._unpack(">hh", hhea + 4)
        count = self._unpack(">H", hhea + 34)
        hmtx = self.tables["hmtx"]
        self.advances = [self._unpack(">H", hmtx + 4 * i) for i in range(count)]
        self.glyphs = self._cmap()

    def _unpack(self, layout, offset):
        values = struct.unpack_from(layout, self.data, offset)
        return values[0] if len(values) == 1 else values

    def _tables(self):
        count = self._unpack(">H", 4)
        tables = {}
        for i in range(count):
            tag, _, offset, _ = struct.unpack_from(">4sIII", self.data, 12 + 16 * i)
            tables[tag.decode("latin-1")] = offset
        return tables

    def _cmap(self):
        cmap = self.tables["cmap"]
        for i in range(self._unpack(">H", cmap + 2)):
            platform, _, offset = struct.unpack_from(">HHI", self.data, cmap + 4 + 8 * i)
            subtable = cmap + offset
            if platform in (0, 3) and self._unpack(">H", subtable) == 4:
                return self._format4(subtable)
        raise ValueError("the font has no format 4 character map")

    def _format4(self, at):
        segments = self._unpack(">H", at + 6) // 2
        ends = struct.unpack_from(f">{segments}H", self.data, at + 14)
        starts = struct.unpack_from(f">{segments}H", self.data, at + 16 + 2 * segments)
        deltas = struct.unpack_from(f">{segments}h", self.data, at + 16 + 4 * segments)
        range_at = at + 16 + 6 * segments
        ranges = struct.unpack_from(f">{segments}H", self.data, range_at)
        glyphs = {}
        for s in range(segments):
            for code in range(starts[s], ends[s] + 1):
                if ranges[s] == 0:
                    glyph = (code + deltas[s]) & 0xFFFF
                else:
                    glyph = self._unpack(">H", range_at + 2 * s + ranges[s] + 2 * (code - starts[s]))
                    glyph = (glyph + deltas[s]) & 0xFFFF if glyph else 0
                glyphs[code] = glyph
        return glyphs

    def _pixels(self, units, points):
        return units * points * PIXELS_PER_POINT / self.units_per_em

    def width(self, text, points):
        """The text's advance in px: what Qt lays out, without hinting."""
        advance = lambda c: self.advances[min(self.glyphs.get(ord(c), 0), len(self.advances) - 1)]
        return sum(self._pixels(advance(c), points) for c in text)

    def ascent(self, points):
        return self._pixels(self.ascender, points)

    def descent(self, points):
        return self._pixels(-self.descender, points)
