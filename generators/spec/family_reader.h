#pragma once
// Reads one family file (parts/*.xml) into raw values: structure and names are
// checked here, value types later when variants are built.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "model/variant.h"
#include "spec/raw_value.h"

namespace partgen {

class Diagnostics;

struct RawPart {
    std::string number;
    std::string of;  // base part for a <variant>; empty for a <part>
    SourceLocation at;
    RawProps props;
};

// A series rule: one product per pole count, numbered by a pattern with "{poles}".
struct RawSeries {
    std::string pattern;
    int polesFrom = 0;
    int polesTo = 0;
    SourceLocation at;
    RawProps props;
    std::string derivedFrom{};  // the datasheet part the rule scales, e.g. "770-744"; may be empty
};

struct RawFamily {
    Family family;
    RawProps params;             // named expression parameters
    RawProps defaults;           // values every part of the family shares
    std::vector<RawPart> parts;  // <part> and <variant>, in file order
    std::vector<RawSeries> series;
};

std::optional<RawFamily> readFamilyFile(const std::filesystem::path& path, const std::string& displayName,
                                        Diagnostics& diagnostics);

// Property names a part may hold (the names of visitFields).
bool isPropertyName(const std::string& name);

// Upper bound of a series' pole range; guards against a typo expanding to millions.
constexpr int maxSeriesPoles = 100;

}  // namespace partgen
