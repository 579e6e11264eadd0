#pragma once
// The conductors a clamp takes, over every conductor class the datasheet lists: the one
// range every output quotes (EPLAN's cross-section limits, the KiCad and QElectroTech
// descriptions), so that the same product never reads "0.5 ... 4" in one and "0.25 ... 4"
// in another.

#include <optional>

#include "model/part_values.h"
#include "model/variant.h"

namespace partgen {

// Smallest and largest cross-section of any class, each end with the AWG size the
// datasheet gives for that end; nullopt when no class is given.
std::optional<ConductorRange> clampingRange(const Variant& v);

}  // namespace partgen
