#include "qet/element_model.h"

#include <algorithm>

#include "model/uuid.h"
#include "qet/text_metrics.h"
#include "text/describe.h"
#include "text/provenance_note.h"
#include "text/wording.h"

namespace partgen {
namespace {

constexpr int grid = 10;                        // QElectroTech's diagram grid: terminals must sit on it
constexpr int framePad = 5;                     // from a column's line or its room's end to the frame
constexpr int textGap = 3;                      // between a column's line and its marking
constexpr int textClearance = 2;                // between a marking and whatever comes after it
constexpr int markingPoints = 7;                // as QElectroTech's 24_pin_connector_male_female.elmt
constexpr int labelPoints = 9;                  // QElectroTech's default for element texts
constexpr int contactLead = 4;                  // from the column to the contact symbol
constexpr int contactSize = 6;                  // socket arc diameter, as QElectroTech's connectors
constexpr int barLength = 7, barThickness = 2;  // plug pin, as QElectroTech's connectors
constexpr int labelRoom = 3 * grid;             // right of the frame, for a label such as "-X12"

int roundUpToGrid(int value) { return (value + grid - 1) / grid * grid; }

std::string braced(const std::string& uuid) { return "{" + uuid + "}"; }

// The vertical layout, the same for every pole: top clamps at y = 0, the frame from one
// grid step below them, the marking at the top of the frame, the contact under it, the
// bottom clamps one grid step below the frame.
struct Rows {
    int frameTop, baseline, contact, frameBottom, bottomClamps;
};

Rows rowsOf() {
    Rows r{};
    r.frameTop = grid;
    r.baseline = r.frameTop + textClearance + textAscent(markingPoints);
    r.contact = r.baseline + textDescent(markingPoints) + textClearance + contactSize / 2;
    r.frameBottom = roundUpToGrid(r.contact + contactSize / 2 + textClearance);
    r.bottomClamps = r.frameBottom + grid;
    return r;
}

int clampsPerPole(const Variant& v) { return v.connectionPointsPerPole.has() ? *v.connectionPointsPerPole : 1; }

int topClamps(int clamps) { return (clamps + 1) / 2; }  // the first, third, ... clamp

// Every column is as wide as the widest need of any pole (its marking, its contact
// symbol, its clamps side by side) and the frame's padding before the next column; at
// least two grid steps, as QElectroTech's connectors.
int columnPitchOf(const Variant& v) {
    int room = contactLead + std::max(contactSize, barLength);
    for (const auto& marking : *v.marking)
        room = std::max(room, textGap + textWidth(marking, markingPoints) + textClearance);
    room = std::max(room, (topClamps(clampsPerPole(v)) - 1) * grid + textClearance);
    return std::max(2 * grid, roundUpToGrid(room + framePad));
}

std::string clampName(const std::string& marking, int clamp, int clamps) {
    return clamps == 1 ? marking : marking + "." + std::to_string(clamp + 1);
}

// The clamps of a side stand one grid step apart; a line joins them to the column.
void addClamps(QetElement& e, const Variant& v, int pole, int x, const Rows& rows) {
    const int clamps = clampsPerPole(v);
    const std::string& marking = (*v.marking)[static_cast<std::size_t>(pole)];
    const std::string key = "qet/" + v.number + "/terminal/" + std::to_string(pole);
    for (int clamp = 0; clamp < clamps; ++clamp) {
        const bool top = clamp % 2 == 0;
        const int at = x + clamp / 2 * grid, y = top ? 0 : rows.bottomClamps;
        const std::string uuid = uuidFor(clamp == 0 ? key : key + "/" + std::to_string(clamp));
        e.terminals.push_back({{at, y}, top ? 'n' : 's', clampName(marking, clamp, clamps), braced(uuid), pole});
        if (clamp >= 2) {
            const int joint = top ? grid / 2 : rows.bottomClamps - grid / 2;
            e.lines.push_back({{at, y}, {at, joint}});
            e.lines.push_back({{at - grid, joint}, {at, joint}});
        }
    }
}

void addPole(QetElement& e, const Variant& v, int pole, int x, const Rows& rows) {
    const int bottom = clampsPerPole(v) > 1 ? rows.bottomClamps : rows.frameBottom;
    e.lines.push_back({{x, 0}, {x, bottom}});
    e.lines.push_back({{x, rows.contact}, {x + contactLead, rows.contact}});
    const int symbolX = x + contactLead, symbolTop = rows.contact - contactSize / 2;
    if (isFemale(*v.kind))
        e.arcs.push_back({{symbolX, symbolTop}, contactSize, contactSize, 90, 180});
    else
        e.rects.push_back({{symbolX, rows.contact - barThickness / 2}, barLength, barThickness, true});
    e.texts.push_back({{x + textGap, rows.baseline}, (*v.marking)[static_cast<std::size_t>(pole)], markingPoints});
    addClamps(e, v, pole, x, rows);
}

std::vector<QetInformation> informationsOf(const Variant& v, const Family& family, const Wording& product) {
    return {{"label", "X", true},
            {"manufacturer", family.manufacturer.shortName, false},
            {"manufacturer_reference", v.number, false},
            {"designation", product.english, false},
            {"description", variantSummary(v) + provenanceNote(v), false}};
}

}  // namespace

QetElement qetElementOf(const Variant& v, const Family& family, const WordingRules& words) {
    QetElement e;
    const int poles = *v.poles;
    const Wording product = productWording(v, words.kind(*v.kind), words.phrase("poles"), words.phrase("coding"));
    const std::string maker = family.manufacturer.shortName + " " + v.number + " ";
    e.uuid = braced(uuidFor("qet/" + v.number));
    e.names = {maker + product.german, maker + product.english};
    e.notes = ownDatasheetUrl(v).empty() ? "" : "Datasheet: " + ownDatasheetUrl(v);
    e.informations = informationsOf(v, family, product);
    const Rows rows = rowsOf();
    const int pitch = columnPitchOf(v);
    for (int pole = 0; pole < poles; ++pole) addPole(e, v, pole, pole * pitch, rows);
    const int frameRight = poles * pitch - framePad;
    e.rects.push_back({{-framePad, rows.frameTop}, frameRight + framePad, rows.frameBottom - rows.frameTop, false});
    e.labelAt = {frameRight + framePad, rows.frameTop};
    e.labelPoints = labelPoints;
    e.labelUuid = braced(uuidFor("qet/" + v.number + "/label"));
    // The box: a grid step around the clamps and the frame, and room for the label on the
    // right; every size a multiple of 10.
    const int left = -grid, top = -grid;
    e.hotspot = {-left, -top};
    e.width = frameRight + framePad + labelRoom - left;
    e.height = rows.bottomClamps + grid - top;
    return e;
}

}  // namespace partgen
