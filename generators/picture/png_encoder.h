#pragma once
// Opaque pictures encoded as PNG through libpng, tuned for partgen's flat-shaded pictures:
// cairo's own PNG writer tries every row filter at zlib's default level, which cost more
// than drawing the picture. Plain rows (filter None) at zlib level 3 are both faster and
// smaller for large areas of one colour, and a picture of at most 256 colours is written
// with a palette, one byte a pixel instead of three. Both are lossless.

#include <cstdint>
#include <string>

namespace partgen {

// Pixels as cairo's CAIRO_FORMAT_RGB24 holds them: rows `stride` bytes apart, each pixel a
// native-endian 32-bit word 0x??RRGGBB whose top byte is unused.
struct Rgb24Pixels {
    const unsigned char* data = nullptr;
    int width = 0, height = 0, stride = 0;

    std::uint32_t at(int x, int y) const;
};

// The PNG file's bytes. The same pixels give the same bytes: no time or other varying chunk
// is written. Throws std::runtime_error when libpng fails.
std::string encodePng(const Rgb24Pixels& pixels);

}  // namespace partgen
