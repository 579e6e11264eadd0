#include "picture/png_picture.h"

#include <cairo.h>

#include <algorithm>

#include "picture/png_encoder.h"
#include "picture/view_surface.h"

namespace partgen {
namespace {

// From view millimetres to pixels: y turns down, the view centred with a margin.
struct Fit {
    double scale, offsetX, offsetY;

    Fit(const View2d& view, int pixels) {
        const double margin = pixels * 0.06;
        const double width = std::max(view.max[0] - view.min[0], 1e-9);
        const double height = std::max(view.max[1] - view.min[1], 1e-9);
        scale = (pixels - 2 * margin) / std::max(width, height);
        offsetX = (pixels - width * scale) / 2 - view.min[0] * scale;
        offsetY = (pixels + height * scale) / 2 + view.min[1] * scale;
    }
};

void addLoop(cairo_t* cr, const Loop2d& loop, const Fit& fit) {
    for (std::size_t i = 0; i < loop.size(); ++i) {
        const double x = fit.offsetX + loop[i][0] * fit.scale, y = fit.offsetY - loop[i][1] * fit.scale;
        if (i == 0)
            cairo_move_to(cr, x, y);
        else
            cairo_line_to(cr, x, y);
    }
    cairo_close_path(cr);
}

// A face with its openings cut out (even-odd), and a thin darker edge so that faces of
// one colour stay apart.
void drawPolygon(cairo_t* cr, const ShadedPolygon& polygon, const Fit& fit) {
    cairo_new_path(cr);
    addLoop(cr, polygon.outer, fit);
    for (const auto& opening : polygon.openings) addLoop(cr, opening, fit);
    cairo_set_source_rgb(cr, polygon.rgb[0], polygon.rgb[1], polygon.rgb[2]);
    cairo_fill_preserve(cr);
    cairo_set_source_rgb(cr, polygon.rgb[0] * 0.6, polygon.rgb[1] * 0.6, polygon.rgb[2] * 0.6);
    cairo_set_line_width(cr, 0.8);
    cairo_stroke(cr);
}

}  // namespace

CairoSurface drawView(const View2d& view, int pixels) {
    CairoSurface surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, pixels, pixels));
    CairoContext cr(cairo_create(surface.get()));
    cairo_set_source_rgb(cr.get(), 1, 1, 1);
    cairo_paint(cr.get());
    cairo_set_fill_rule(cr.get(), CAIRO_FILL_RULE_EVEN_ODD);
    cairo_set_line_join(cr.get(), CAIRO_LINE_JOIN_ROUND);
    const Fit fit(view, pixels);
    for (const auto& polygon : view.polygons) drawPolygon(cr.get(), polygon, fit);
    cairo_surface_flush(surface.get());
    return surface;
}

std::string pngPicture(const View2d& view, int pixels) {
    const CairoSurface surface = drawView(view, pixels);
    return encodePng({cairo_image_surface_get_data(surface.get()), cairo_image_surface_get_width(surface.get()),
                      cairo_image_surface_get_height(surface.get()), cairo_image_surface_get_stride(surface.get())});
}

}  // namespace partgen
