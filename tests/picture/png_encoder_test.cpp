// PNG encoding of cairo's pixels: every pixel decodes as it was drawn, with a palette when
// the picture has at most 256 colours and as RGB above that.

#include "picture/png_encoder.h"

#include <cstring>
#include <vector>

#include "picture/png_picture.h"
#include "picture/view_surface.h"
#include "support/catch.h"
#include "support/png.h"

using namespace partgen;

namespace {

// PNG's colour type, from the IHDR chunk that follows the signature.
int colourType(const std::string& png) { return static_cast<unsigned char>(png.at(25)); }

std::string encodeSurface(const CairoSurface& surface) {
    cairo_surface_flush(surface.get());
    return encodePng({cairo_image_surface_get_data(surface.get()), cairo_image_surface_get_width(surface.get()),
                      cairo_image_surface_get_height(surface.get()), cairo_image_surface_get_stride(surface.get())});
}

// `count` distinct colours, one a pixel then repeated, in rows `stride` bytes apart whose
// unused ends and unused top bytes hold noise the encoder must leave out.
struct Synthetic {
    int width, height, stride;
    std::vector<unsigned char> bytes;

    Synthetic(int count, int w, int h)
        : width(w), height(h), stride(4 * w + 12), bytes(static_cast<std::size_t>(stride * h), 0xa5) {
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x) {
                const std::uint32_t colour = 0x5a000000u | static_cast<std::uint32_t>(((y * w + x) % count) * 0x010305);
                std::memcpy(bytes.data() + y * stride + 4 * x, &colour, 4);
            }
    }

    Rgb24Pixels pixels() const { return {bytes.data(), width, height, stride}; }

    std::uint32_t at(int x, int y) const { return pixels().at(x, y); }
};

void checkDecodesTo(const std::string& png, const Synthetic& image) {
    const test::Pixels decoded = test::decodePng(png);
    REQUIRE(decoded.width == image.width);
    REQUIRE(decoded.height == image.height);
    std::size_t differing = 0;
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x) differing += decoded.at(x, y) != image.at(x, y);
    CHECK(differing == 0);
}

View2d shadedScene() {
    View2d view;
    for (int i = 0; i < 12; ++i) {
        const double a = i * 0.7, r = 3 + i * 0.4;
        view.polygons.push_back({{{a, 0}, {10, a}, {10 - a, 10}, {0, 10 - a}},
                                 {{{r, r}, {r + 1.3, r + 0.2}, {r + 0.6, r + 1.7}}},
                                 {0.1 + i * 0.07, 0.9 - i * 0.05, 0.3 + (i % 3) * 0.2}});
    }
    view.min = {0, 0};
    view.max = {10, 10};
    return view;
}

}  // namespace

TEST_CASE("a PNG picture decodes to exactly the pixels cairo drew", "[picture]") {
    const View2d view = shadedScene();
    const CairoSurface drawn = drawView(view, 256);
    const test::Pixels expected = test::pixelsOf(drawn.get());
    const std::string png = pngPicture(view, 256);
    CHECK(colourType(png) == 2);  // cairo's antialiased edges make more than 256 colours
    CHECK(test::decodePng(png).rgb == expected.rgb);
}

TEST_CASE("a PNG picture of few colours is written with a palette and loses none", "[picture]") {
    View2d view;
    view.polygons.push_back({{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {}, {0.2, 0.4, 0.6}});
    view.min = {0, 0};
    view.max = {10, 10};
    const CairoSurface drawn = drawView(view, 64);
    const std::string png = encodeSurface(drawn);
    CHECK(colourType(png) == 3);
    CHECK(test::decodePng(png).rgb == test::pixelsOf(drawn.get()).rgb);
}

TEST_CASE("256 colours take a palette and 257 do not, both without loss", "[picture]") {
    const Synthetic palette(256, 40, 30), rgb(257, 40, 30);
    const std::string palettePng = encodePng(palette.pixels()), rgbPng = encodePng(rgb.pixels());
    CHECK(colourType(palettePng) == 3);
    CHECK(colourType(rgbPng) == 2);
    checkDecodesTo(palettePng, palette);
    checkDecodesTo(rgbPng, rgb);
}

TEST_CASE("a PNG picture holds no time and the same pixels give the same bytes", "[picture]") {
    const Synthetic image(300, 50, 20);
    const std::string png = encodePng(image.pixels());
    CHECK(png == encodePng(image.pixels()));
    CHECK(png.find("tIME") == std::string::npos);
}
