#pragma once
// A generated file: where it goes below the output folder and its exact bytes.

#include <string>

namespace partgen {

struct Document {
    std::string path;   // relative, '/'-separated, e.g. "resolved/770-744.xml"
    std::string bytes;
};

}  // namespace partgen
