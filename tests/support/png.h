#pragma once
// PNG files read back through cairo, for tests of the pictures partgen draws.

#include <cairo.h>

#include <cstdint>
#include <string>
#include <vector>

namespace partgen::test {

struct Pixels {
    int width = 0, height = 0;
    std::vector<std::uint32_t> rgb;  // 0xRRGGBB, row by row from the top

    std::uint32_t at(int x, int y) const { return rgb[static_cast<std::size_t>(y * width + x)]; }
};

// Fails the test (throws) when the bytes are no PNG cairo can read.
Pixels decodePng(const std::string& png);

// The colours of an image surface of CAIRO_FORMAT_RGB24 or ARGB32 (alpha left out): what a
// picture was encoded from, to compare with what its PNG decodes to.
Pixels pixelsOf(cairo_surface_t* surface);

}  // namespace partgen::test
