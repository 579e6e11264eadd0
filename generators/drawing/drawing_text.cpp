#include "drawing/drawing_text.h"

#include <cmath>

#include "model/decimal.h"

namespace partgen {

std::string bulgeText(double bulge) {
    return formatDecimal(static_cast<std::int64_t>(std::llround(bulge * 1e15)), 15, 15);
}

}  // namespace partgen
