#include "panel_layout_file.h"

#include <cmath>
#include <fstream>
#include <stdexcept>
#include <string>

namespace partgen::bench {
namespace {

// 770-744's flange is 45.5 x 18.5 mm, its largest cutout 40.5 x 15.9 mm; a 1.5 mm sheet
// needs a 2.25 mm web. At these pitches neighbouring flanges are 1.5 mm apart, within
// the web, so each pair of neighbours gets the exact check, and the webs are 4.1 mm or more.
constexpr int pitchX = 47, pitchY = 20;
// The first centre from the lower left corner: flanges inside the sheet and cutouts
// more than the 5 mm edge distance from it.
constexpr int marginX = 30, marginY = 20;

// Two lengths of socket, turned half of the time: the part list and rotation are drawn too.
const char* const numbers[] = {"770-744", "770-743", "770-744/064-000"};

}  // namespace

void writePanelLayout(const std::filesystem::path& file, std::size_t cutouts) {
    const auto columns = static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(cutouts))));
    const std::size_t rows = (cutouts + columns - 1) / columns;
    const auto width = std::to_string(2 * marginX + static_cast<int>(columns - 1) * pitchX);
    const auto height = std::to_string(2 * marginY + static_cast<int>(rows - 1) * pitchY);
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<panel name=\"Benchmark, " << cutouts << " cutouts\" width=\""
        << width << " mm\" height=\"" << height << " mm\" thickness=\"1.5 mm\" corner-radius=\"4 mm\">\n";
    for (std::size_t i = 0; i < cutouts; ++i) {
        const std::size_t row = i / columns, column = i % columns;
        out << "  <place number=\"" << numbers[i % 3] << "\" x=\"" << marginX + static_cast<int>(column) * pitchX
            << " mm\" y=\"" << marginY + static_cast<int>(row) * pitchY << " mm\" rotation=\"" << (i % 2) * 180
            << "\"/>\n";
    }
    out << "</panel>\n";
    if (!out) throw std::runtime_error("cannot write " + file.string());
}

}  // namespace partgen::bench
