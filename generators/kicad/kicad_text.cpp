#include "kicad/kicad_text.h"

#include "geometry/cutout.h"
#include "model/kind.h"
#include "text/describe.h"
#include "text/drawing_numbers.h"
#include "text/provenance_note.h"
#include "text/value_text.h"

namespace partgen {
namespace {

// "Snap-in socket" as it reads inside a sentence.
std::string lowerFirst(std::string text) {
    if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') text[0] = static_cast<char>(text[0] - 'A' + 'a');
    return text;
}

}  // namespace

std::string kicadKeywords(const Variant& v, const Family& family, const KicadRules& rules) {
    std::string words =
        rules.kindKeywords.at(*v.kind) + " " + family.manufacturer.shortName + " " + family.series + " " + v.number;
    if (v.coding.has()) words += " coding " + *v.coding;
    return words;
}

std::string kicadCutoutKeywords(const Variant& v, const Family& family, const KicadRules& rules) {
    return "panel cutout " + kicadKeywords(v, family, rules);
}

std::string cutoutSize(const Variant& v) {
    const Cutout c = *cutoutOf(v);
    return "Panel cutout " + drawingSize(c.width) + " x " + drawingSize(c.height) + " mm, R" + drawingSize(c.radius) +
           ", tolerance " + toleranceText(c.tolerance) + " mm, plate " + valueText(c.plateThickness);
}

std::string cutoutDescription(const Variant& v) {
    return cutoutSize(v) + ", for the " + v.number + " " + lowerFirst(std::string(kindTitle(*v.kind))) + " (" +
           std::to_string(*v.poles) + " poles)." + provenanceNote(v);
}

std::string kicadDatasheet(const Variant& v) {
    const std::string url = ownDatasheetUrl(v);
    return url.empty() ? "~" : url;
}

}  // namespace partgen
