#include "text/unit_names.h"

#include <array>

namespace partgen {
namespace {

struct DimensionInfo {
    Dimension dimension;
    std::string_view name;
    std::string_view baseUnit;
};

constexpr std::array<DimensionInfo, 8> dimensions{{
    {Dimension::length, "length", "mm"},
    {Dimension::area, "cross-section", "mm²"},
    {Dimension::voltage, "voltage", "V"},
    {Dimension::current, "current", "A"},
    {Dimension::mass, "mass", "g"},
    {Dimension::energy, "energy", "MJ"},
    {Dimension::force, "force", "N"},
    {Dimension::temperature, "temperature", "°C"},
}};

const DimensionInfo& info(Dimension d) {
    for (const auto& i : dimensions)
        if (i.dimension == d) return i;
    return dimensions.front();
}

}  // namespace

std::string_view baseUnitSymbol(Dimension d) { return info(d).baseUnit; }
std::string_view dimensionName(Dimension d) { return info(d).name; }

}  // namespace partgen
