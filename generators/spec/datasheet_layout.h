#pragma once
// What a maker's datasheet layout looks like, as data (templates/datasheets/*.xml): the
// labels of its tables and the spec property each gives, the headings of its sections,
// its page furniture and the notes beside its drawing. The datasheet reader knows no
// maker; a second maker's layout is a new file here.

#include <filesystem>
#include <string>
#include <vector>

#include "model/provenance.h"

namespace partgen {

class Diagnostics;

// A table label and the property its value gives, read as `form` (one of
// datasheetValueForms()).
struct LayoutLabel {
    std::string label;  // as the text writes it; compared without case
    std::string property;
    std::string form;
    SourceLocation at;
};

// A title's first field and the part kind it names: "Snap-in socket" -> snap-in-socket.
struct LayoutKind {
    std::string title;
    std::string kind;
};

// A note beside the drawing, "Cutout tolerance: + 0.1 mm": the marker and what it gives
// (a property, or "cutout" for width, height and radius together).
struct LayoutNote {
    std::string marker;
    std::string reads;
};

struct DatasheetLayout {
    std::string name;                             // the file's name without .xml, e.g. "wago-en"
    std::vector<std::string> makerWebs;           // "www.wago.com": a part's page there is its datasheet
    std::vector<std::string> itemNumberMarkers;   // "Item number:"
    std::vector<std::string> relatedItemMarkers;  // "Item no." in the related-product sections
    std::vector<std::string> poleWords;           // "pole" in "4-pole"
    std::vector<std::string> codingWords;         // "Cod." in "Cod. B"
    std::vector<std::string> pieceWords;          // "pcs" in a packaging unit of "100 pcs"
    std::vector<LayoutKind> kinds;
    std::vector<LayoutNote> notes;
    std::vector<LayoutLabel> labels;
    std::vector<std::string> knownLabels;          // labels whose values the spec does not hold
    std::vector<std::string> dataHeadings;         // sections of values
    std::vector<std::string> proseHeadings;        // sections of prose, up to the next data heading
    std::vector<std::string> counterpartHeadings;  // related-product sections
    std::vector<std::string> accessoryHeadings;
    std::vector<std::string> approvalHeaders;  // first cell of an approvals table's header row
    std::vector<std::string> approvalsEnd;     // headings that end the approvals
    std::vector<std::string> footers;          // page footers, whole, also found inside lines
    std::vector<std::string> furniture;        // starts of page-furniture lines: address, links
    std::vector<std::string> expected;         // properties every datasheet of the layout states
};

// The forms a label's value may be read as.
const std::vector<std::string>& datasheetValueForms();

// Every layout in `templatesDir`/datasheets, combined into one, so that a text is read
// whichever of the maker's languages a label is in. Problems go to `diagnostics` with
// file and line.
DatasheetLayout loadDatasheetLayouts(const std::filesystem::path& templatesDir, Diagnostics& diagnostics);

}  // namespace partgen
