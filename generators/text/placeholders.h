#pragma once
// Placeholders: "{name}" in a pattern or phrase of templates/ and in a family's values,
// replaced by a value of the product. A name is letters, digits, '-' and '_' between
// braces; other braces are plain text. Each name means one thing wherever it is used,
// and each kind of pattern declares the names it may use, so that a mistyped name is
// reported where the pattern is read instead of passing into the output.

#include <string>
#include <string_view>
#include <vector>

namespace partgen {

// Every placeholder name, and what it stands for wherever it appears.
namespace placeholder {
inline constexpr std::string_view manufacturer = "manufacturer";  // the maker's short name: "WAGO"
inline constexpr std::string_view series = "series";              // the family's series: "WINSTA MIDI"
inline constexpr std::string_view number = "number";  // the part number as the datasheet writes it: "770-744/064-000"
inline constexpr std::string_view fileNumber = "file-number";  // that number as file names hold it: "770-744_064-000"
inline constexpr std::string_view poles = "poles";             // the pole count: "4"
inline constexpr std::string_view poles2 = "poles2";           // the pole count, at least two digits: "04"
// The pitch in mm; KiCad names give two decimals as the KLC do ("10.00"), phrases as
// many as it has ("7.5").
inline constexpr std::string_view pitch = "pitch";
inline constexpr std::string_view mount = "mount";          // the kind's mount word from templates/kicad.xml, or empty
inline constexpr std::string_view coding = "coding";        // the coding: "B"
inline constexpr std::string_view width = "width";          // the panel cutout's width in mm: "40.4"
inline constexpr std::string_view height = "height";        // the panel cutout's height in mm
inline constexpr std::string_view radius = "radius";        // the panel cutout's corner radius in mm
inline constexpr std::string_view tolerance = "tolerance";  // the cutout tolerance: "+0.1 / -0 mm"
inline constexpr std::string_view plate = "plate";          // the panel thickness range: "0.5 ... 2 mm"
inline constexpr std::string_view fields = "fields";        // what is estimated, in words: "Cutout size, depth"
}  // namespace placeholder

// The names one kind of pattern may use, in the order messages list them.
using PlaceholderSet = std::vector<std::string_view>;

const PlaceholderSet& kicadLibraryNamePlaceholders();  // kicad.xml library-name
const PlaceholderSet& kicadPartNamePlaceholders();     // kicad.xml symbol-name and footprint-name
const PlaceholderSet& eplanPartNumberPlaceholders();   // eplan.xml part-number
// An eplan.xml <phrase> by its name; nullptr for a name that is no phrase.
const PlaceholderSet* eplanPhrasePlaceholders(std::string_view phrase);
const PlaceholderSet& seriesNumberPlaceholders();  // the number pattern of a <series>
// Values of a <series>, and of the <defaults> its products inherit.
const PlaceholderSet& seriesValuePlaceholders();
const PlaceholderSet& partValuePlaceholders();  // values of a <part> or <variant>

struct PlaceholderValue {
    std::string_view name;  // one of the names above, without braces
    std::string value;
};
using PlaceholderValues = std::vector<PlaceholderValue>;

// The pattern with each {name} that `values` holds replaced by its value, in one pass:
// text a value brings in is not searched again. Names without a value stay as written.
std::string expandPlaceholders(std::string_view pattern, const PlaceholderValues& values);

// The names in `pattern` that `known` lacks, in order of first appearance, each once.
std::vector<std::string> unknownPlaceholders(std::string_view pattern, const PlaceholderSet& known);

// "{manufacturer}, {series}", or "none" for an empty set: for messages.
std::string placeholderList(const PlaceholderSet& known);

}  // namespace partgen
