#include "support/png.h"

#include <cairo.h>

#include <cstring>
#include <stdexcept>

namespace partgen::test {
namespace {

struct Reader {
    const std::string& bytes;
    std::size_t at = 0;
};

cairo_status_t readFrom(void* closure, unsigned char* data, unsigned int length) {
    auto& r = *static_cast<Reader*>(closure);
    if (r.at + length > r.bytes.size()) return CAIRO_STATUS_READ_ERROR;
    std::memcpy(data, r.bytes.data() + r.at, length);
    r.at += length;
    return CAIRO_STATUS_SUCCESS;
}

}  // namespace

Pixels decodePng(const std::string& png) {
    Reader reader{png};
    cairo_surface_t* surface = cairo_image_surface_create_from_png_stream(readFrom, &reader);
    if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(surface);
        throw std::runtime_error("not a PNG cairo can read");
    }
    Pixels pixels = pixelsOf(surface);
    cairo_surface_destroy(surface);
    return pixels;
}

Pixels pixelsOf(cairo_surface_t* surface) {
    cairo_surface_flush(surface);
    Pixels pixels;
    pixels.width = cairo_image_surface_get_width(surface);
    pixels.height = cairo_image_surface_get_height(surface);
    const int stride = cairo_image_surface_get_stride(surface);
    const unsigned char* data = cairo_image_surface_get_data(surface);
    for (int y = 0; y < pixels.height; ++y)
        for (int x = 0; x < pixels.width; ++x) {
            std::uint32_t word;
            std::memcpy(&word, data + y * stride + x * 4, 4);
            pixels.rgb.push_back(word & 0xffffffu);
        }
    return pixels;
}

}  // namespace partgen::test
