#include "qet/element_model.h"

#include "model/uuid.h"
#include "text/describe.h"
#include "text/wording.h"

namespace partgen {
namespace {

constexpr int grid = 10;  // QElectroTech's diagram grid: terminals must sit on it
constexpr int poleSpacing = 2 * grid;
constexpr int contactX = grid;  // where the lead meets the contact symbol
constexpr int contactSize = grid;
constexpr int markingX = 24;
constexpr int frameLeft = 5, frameRight = 60;
constexpr int margin = grid;
constexpr int labelHeight = 3 * grid;

std::string braced(const std::string& uuid) { return "{" + uuid + "}"; }

void addPole(QetElement& e, const Variant& v, int pole) {
    const int y = pole * poleSpacing;
    const std::string& marking = (*v.marking)[static_cast<std::size_t>(pole)];
    e.terminals.push_back(
        {{0, y}, 'w', marking, braced(uuidFor("qet/" + v.number + "/terminal/" + std::to_string(pole)))});
    e.lines.push_back({{0, y}, {contactX, y}});
    if (isFemale(*v.kind))
        e.arcs.push_back({{contactX, y - contactSize / 2}, contactSize, contactSize, 90, 180});
    else
        e.rects.push_back({{contactX, y - 2}, contactSize, 4, true});
    e.texts.push_back({{markingX, y + 4}, marking});
}

std::vector<QetInformation> informationsOf(const Variant& v, const Family& family, const Wording& product) {
    return {{"label", "X", true},
            {"manufacturer", family.manufacturer.shortName, false},
            {"manufacturer_reference", v.number, false},
            {"designation", product.english, false},
            {"description", variantSummary(v) + estimateNote(v), false}};
}

}  // namespace

QetElement qetElementOf(const Variant& v, const Family& family, const WordingRules& words) {
    QetElement e;
    const int poles = *v.poles;
    const Wording product = productWording(v, words.kind(*v.kind), words.phrase("poles"), words.phrase("coding"));
    const std::string maker = family.manufacturer.shortName + " " + v.number + " ";
    e.uuid = braced(uuidFor("qet/" + v.number));
    e.names = {maker + product.german, maker + product.english};
    e.notes = v.datasheetUrl.has() ? "Datasheet: " + *v.datasheetUrl : "";
    e.informations = informationsOf(v, family, product);
    for (int pole = 0; pole < poles; ++pole) addPole(e, v, pole);
    const int frameTop = -poleSpacing / 2, frameBottom = frameTop + poles * poleSpacing;
    e.rects.push_back({{frameLeft, frameTop}, frameRight - frameLeft, frameBottom - frameTop, false});
    e.labelAt = {frameLeft, frameTop - labelHeight + grid};
    e.labelUuid = braced(uuidFor("qet/" + v.number + "/label"));
    // The box: from a margin left of the terminals to a margin right of the frame, and
    // from above the label to a margin below the frame; every size a multiple of 10.
    const int left = -margin, top = frameTop - labelHeight;
    e.hotspot = {-left, -top};
    e.width = frameRight + margin - left;
    e.height = frameBottom + margin - top;
    return e;
}

}  // namespace partgen
