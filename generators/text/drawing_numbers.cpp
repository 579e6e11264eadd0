#include "text/drawing_numbers.h"

#include "model/decimal.h"

namespace partgen {

std::string drawingCoordinate(Length l) { return formatUnits(l, 6); }
std::string drawingSize(Length l) { return formatUnits(l, 3); }

std::string toleranceText(const Tolerance& t) {
    const std::string minus = t.minus == Length() ? "0" : "-" + drawingSize(t.minus);
    return "+" + drawingSize(t.plus) + "/" + minus;
}

}  // namespace partgen
