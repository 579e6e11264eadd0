#pragma once
// Values written back in the spec's own syntax ("45.5 mm", "0.5 ... 4 mm² / 20 ... 12
// AWG"): what `partgen check` lists and the resolved-spec output holds. Reading the
// text back gives the same value.

#include <string>

#include "model/kind.h"
#include "model/part_values.h"
#include "model/quantity.h"

namespace partgen {

std::string valueText(const std::string& text);
std::string valueText(int count);
std::string valueText(Kind kind);
std::string valueText(const Labels& labels);
std::string valueText(const Approvals& approvals);
std::string valueText(const Tolerance& tolerance);
std::string valueText(const ConductorRange& range);

std::string quantityText(std::int64_t steps, Dimension d);

template <Dimension D>
std::string valueText(Quantity<D> q) {
    return quantityText(q.steps(), D);
}

std::string rangeText(std::int64_t minSteps, std::int64_t maxSteps, Dimension d);

template <Dimension D>
std::string valueText(const Range<Quantity<D>>& r) {
    return rangeText(r.min.steps(), r.max.steps(), D);
}

}  // namespace partgen
