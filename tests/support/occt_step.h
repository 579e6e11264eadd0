#pragma once
// A STEP file as OpenCASCADE reads it, with OpenCASCADE's shape healing on or off.

#include <filesystem>
#include <string>
#include <vector>

namespace partgen::test {

struct OcctSolid {
    bool closed = false;  // every edge of its shells joins exactly two faces
    bool valid = false;   // BRepCheck_Analyzer finds nothing
    double volume = 0;    // mm³
};

struct OcctStep {
    bool read = false;         // the file parsed
    bool transferred = false;  // its roots became shapes
    std::vector<OcctSolid> solids;
    double bounds[6] = {};    // xmin, ymin, zmin, xmax, ymax, zmax in mm, without OCCT's gap
    std::string productName;  // the first PRODUCT's name
};

enum class Healing { off, on };

// "#RRGGBB" of every solid's surface colour as OCCT's document reader (XCAF, what FreeCAD
// and KiCad use) finds it; "" for a solid without one.
std::vector<std::string> solidColoursWithOcct(const std::filesystem::path& file);

// Healing off means an empty shape-fix sequence: the shape exactly as written. OCCT's
// default healing repairs inside-out solids and wrongly oriented loops, which would hide
// such errors from the checks.
OcctStep readStepWithOcct(const std::filesystem::path& file, Healing healing);

}  // namespace partgen::test
