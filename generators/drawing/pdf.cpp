#include "drawing/pdf.h"

#include <cairo-pdf.h>
#include <cairo.h>

#include <array>
#include <cmath>
#include <memory>
#include <numbers>
#include <stdexcept>

#include "picture/cairo_handles.h"

namespace partgen {
namespace {

constexpr std::array<PdfSheet, 2> sheets{
    {{"A4", millimetres(297), millimetres(210)}, {"A3", millimetres(420), millimetres(297)}}};
constexpr Length margin = millimetres(10);
// Below the drawing area: the line that states scale and sheet.
constexpr Length scaleStrip = millimetres(10);
constexpr double scaleTextHeight = 3.5;  // mm on paper
constexpr double lineWidth = 0.25;       // mm on paper, whatever the scale
constexpr double pointsPerMillimetre = 72.0 / 25.4;

Length areaWidth(const PdfSheet& s) { return s.width - margin * 2; }
Length areaHeight(const PdfSheet& s) { return s.height - margin * 2 - scaleStrip; }

bool fits(const Box& box, const PdfSheet& s, int scale) {
    return box.max.x - box.min.x <= areaWidth(s) * scale && box.max.y - box.min.y <= areaHeight(s) * scale;
}

// 1, 2, 5, 10, 20, 50, ...: the reduction scales of ISO 5455.
int nextStandardScale(int scale) {
    int decade = 1;
    while (scale >= decade * 10) decade *= 10;
    return scale == decade ? decade * 2 : scale == decade * 2 ? decade * 5 : decade * 10;
}

PdfPage centred(const Box& box, const PdfSheet& sheet, int scale) {
    const double n = scale;
    const double width = (box.max.x - box.min.x).units() / n, height = (box.max.y - box.min.y).units() / n;
    PdfPage page{sheet, scale};
    page.originX = margin.units() + (areaWidth(sheet).units() - width) / 2 - box.min.x.units() / n;
    page.originY = margin.units() + (areaHeight(sheet).units() - height) / 2 + box.max.y.units() / n;
    return page;
}


void setColour(cairo_t* cr, std::string_view hex) {
    const auto channel = [&](std::size_t at) { return std::stoi(std::string(hex.substr(at, 2)), nullptr, 16) / 255.0; };
    cairo_set_source_rgb(cr, channel(1), channel(3), channel(5));
}

double quarterTurnAngle(QuarterTurns q) { return q.count * std::numbers::pi / 2; }

// Paper y points down, drawing y up: a counter-clockwise arc of the drawing runs the
// other way round on paper, with its angles negated.
void addArc(cairo_t* cr, const PdfPage& page, const Arc& arc) {
    const PaperPoint c = paperPointOf(page, arc.centre);
    const double r = arc.radius.units() / page.scale;
    const double from = -quarterTurnAngle(arc.start), to = -quarterTurnAngle(arc.end);
    if (sweepOf(arc).count > 0)
        cairo_arc_negative(cr, c.x, c.y, r, from, to);
    else
        cairo_arc(cr, c.x, c.y, r, from, to);
}

void lineTo(cairo_t* cr, const PdfPage& page, Point p) {
    const PaperPoint q = paperPointOf(page, p);
    cairo_line_to(cr, q.x, q.y);
}

void draw(cairo_t* cr, const PdfPage& page, const PolylineEntity& e) {
    for (const auto& segment : e.contour.segments) {
        if (const auto* arc = std::get_if<Arc>(&segment))
            addArc(cr, page, *arc);
        else
            lineTo(cr, page, endOf(segment));
    }
    cairo_close_path(cr);
    cairo_stroke(cr);
}

void draw(cairo_t* cr, const PdfPage& page, const LineEntity& e) {
    const PaperPoint from = paperPointOf(page, e.from);
    cairo_move_to(cr, from.x, from.y);
    lineTo(cr, page, e.to);
    cairo_stroke(cr);
}

void showText(cairo_t* cr, PaperPoint at, double height, const std::string& text, TextAlign align) {
    cairo_set_font_size(cr, height);
    double x = at.x;
    if (align == TextAlign::centre) {
        cairo_text_extents_t extents;
        cairo_text_extents(cr, text.c_str(), &extents);
        x -= extents.x_advance / 2;
    }
    cairo_move_to(cr, x, at.y);
    cairo_show_text(cr, text.c_str());
    cairo_new_path(cr);
}

void draw(cairo_t* cr, const PdfPage& page, const TextEntity& e) {
    showText(cr, paperPointOf(page, e.at), e.height.units() / page.scale, e.text, e.align);
}

void drawScaleLine(cairo_t* cr, const PdfPage& page) {
    const std::string text = scaleLine(page);
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_set_font_size(cr, scaleTextHeight);
    cairo_text_extents_t extents;
    cairo_text_extents(cr, text.c_str(), &extents);
    const PaperPoint at{(page.sheet.width - margin).units() - extents.x_advance, (page.sheet.height - margin).units()};
    showText(cr, at, scaleTextHeight, text, TextAlign::left);
}

void drawPage(cairo_t* cr, const Drawing& drawing, const PdfPage& page) {
    cairo_scale(cr, pointsPerMillimetre, pointsPerMillimetre);
    cairo_set_line_width(cr, lineWidth);
    cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
    for (const auto& e : drawing.entities)
        std::visit(
            [&](const auto& item) {
                setColour(cr, drawing.styleOf(item.layer).svgColour);
                draw(cr, page, item);
            },
            e);
    drawScaleLine(cr, page);
}

}  // namespace

PdfPage pdfPageFor(const Drawing& drawing) {
    const Box box = drawing.extents();
    for (const auto& sheet : sheets)
        if (fits(box, sheet, 1)) return centred(box, sheet, 1);
    int scale = 2;
    while (!fits(box, sheets.back(), scale)) scale = nextStandardScale(scale);
    return centred(box, sheets.back(), scale);
}

PaperPoint paperPointOf(const PdfPage& page, Point p) {
    return {page.originX + p.x.units() / page.scale, page.originY - p.y.units() / page.scale};
}

std::string scaleLine(const PdfPage& page) {
    return "SCALE 1:" + std::to_string(page.scale) + "  " + std::string(page.sheet.name);
}

std::string writePdf(const Drawing& drawing) {
    const PdfPage page = pdfPageFor(drawing);
    std::string bytes;
    {
        CairoSurface surface(
            cairo_pdf_surface_create_for_stream(appendToString, &bytes, page.sheet.width.units() * pointsPerMillimetre,
                                                page.sheet.height.units() * pointsPerMillimetre));
        // cairo stamps the clock's time into the file unless told a date; an empty one
        // leaves the entry out, so the same drawing gives the same bytes.
        cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATE_DATE, "");
        cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_MOD_DATE, "");
        CairoContext cr(cairo_create(surface.get()));
        drawPage(cr.get(), drawing, page);
        cairo_show_page(cr.get());
        if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS)
            throw std::runtime_error(std::string("PDF drawing failed: ") +
                                     cairo_status_to_string(cairo_status(cr.get())));
        cr.reset();
        cairo_surface_finish(surface.get());
        if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
            throw std::runtime_error(std::string("PDF writing failed: ") +
                                     cairo_status_to_string(cairo_surface_status(surface.get())));
    }
    return bytes;
}

}  // namespace partgen
