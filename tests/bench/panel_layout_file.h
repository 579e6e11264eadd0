#pragma once
// A large panel layout for timing `partgen panel`: the seed WINSTA MIDI sockets of
// parts/ on a tight grid, so that every cutout's neighbours are near enough for the
// exact web check and the panel is still valid (partgen checks and draws all of it).

#include <cstddef>
#include <filesystem>

namespace partgen::bench {

// Writes the layout of `cutouts` placements to `file`.
void writePanelLayout(const std::filesystem::path& file, std::size_t cutouts);

}  // namespace partgen::bench
