#pragma once
// A PDF of a drawing for printing: a standard sheet (A4 or A3, landscape) at a stated
// standard scale, so a printed cutout can be measured or laid on a panel. cairo draws it;
// this header keeps cairo out of every file that includes it.

#include <string>
#include <string_view>

#include "drawing/drawing.h"

namespace partgen {

struct PdfSheet {
    std::string_view name;  // "A4"
    Length width, height;   // landscape
};

// Where a drawing goes on its sheet. Paper positions are millimetres from the sheet's
// top left corner, x to the right and y down, as a raster of the page counts them.
struct PdfPage {
    PdfSheet sheet;
    int scale = 1;                    // the drawing at 1:scale
    double originX = 0, originY = 0;  // paper position of the drawing's point (0, 0)
};

struct PaperPoint {
    double x, y;
};

// A4 when the drawing fits it at 1:1 within the margins, else A3, else A3 at the
// largest standard scale (1:2, 1:5, 1:10, 1:20, ...) at which it fits. Centred in the
// drawing area above the scale line.
PdfPage pdfPageFor(const Drawing& drawing);

PaperPoint paperPointOf(const PdfPage& page, Point p);

// "SCALE 1:1  A4": the line every page states its scale and sheet in.
std::string scaleLine(const PdfPage& page);

// The whole file. Same drawing, same bytes: no creation or modification date is written.
std::string writePdf(const Drawing& drawing);

}  // namespace partgen
