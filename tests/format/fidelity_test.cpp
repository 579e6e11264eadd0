// Every value of the seed parts, walked through every output that shows it, against the
// spec's value and provenance. The table below is the one place that says which output
// shows which value and in what form; a spec property without a row fails the test, so a
// new property cannot slip through unshown and unnoticed. What is not the product's own
// datasheet fact must be marked wherever its value is shown.

#include <algorithm>
#include <functional>
#include <map>

#include "eplan/eplan_text.h"
#include "model/conductors.h"
#include "model/variant_fields.h"
#include "support/catch.h"
#include "support/cli.h"
#include "support/scratch.h"
#include "support/spec.h"
#include "text/drawing_numbers.h"
#include "text/provenance_note.h"
#include "text/strings.h"
#include "text/value_text.h"

using namespace partgen;
namespace fs = std::filesystem;

namespace {

enum class Output { resolved, symbol, footprint, qet, eplan, drawing, vrml };

const char* nameOf(Output o) {
    static const char* const names[] = {"resolved", "KiCad symbol", "KiCad footprint", "QElectroTech",
                                        "EPLAN",    "cutout DXF",   "VRML"};
    return names[static_cast<int>(o)];
}

// The texts an output must contain for a value of a variant.
using Expected = std::function<std::vector<std::string>(const Variant&)>;

struct Cell {
    Output output;
    Expected expected;
};

struct Row {
    const char* field;
    std::vector<Cell> shown;  // besides the resolved spec, which holds every value
    const char* elsewhere;    // why the other outputs leave it out
};

std::string mm(Length l) { return drawingSize(l); }

Expected words(std::function<std::string(const Variant&)> f) {
    return [f](const Variant& v) { return std::vector<std::string>{f(v)}; };
}

const Expected poles = words([](const Variant& v) { return std::to_string(*v.poles) + " poles"; });
const Expected labels = [](const Variant& v) { return *v.marking; };
const Expected kindTitleOf = words([](const Variant& v) { return std::string(kindTitle(*v.kind)); });
const Expected coding = words([](const Variant& v) { return "coding " + *v.coding; });
const Expected colour = words([](const Variant& v) { return *v.colour; });
const Expected ratedVoltage = words([](const Variant& v) { return valueText(*v.ratedVoltage); });
const Expected ratedCurrent = words([](const Variant& v) { return valueText(*v.ratedCurrent); });
const Expected pitch = words([](const Variant& v) { return "pitch " + valueText(*v.pitch); });
const Expected clamps = words([](const Variant& v) { return "conductors " + valueText(clampingRange(v)->section); });
// A derived product has no datasheet of its own to link.
const Expected url = [](const Variant& v) {
    const std::string own = ownDatasheetUrl(v);
    return own.empty() ? std::vector<std::string>{} : std::vector<std::string>{own};
};
const Expected asciiDescription = words([](const Variant& v) { return asciiText(*v.description); });
const Expected plate = words([](const Variant& v) { return valueText(*v.plateThickness); });
const Expected cutoutWidth = words([](const Variant& v) { return mm(*v.cutoutWidth) + " x "; });
const Expected cutoutHeight = words([](const Variant& v) { return " x " + mm(*v.cutoutHeight); });
// The drawing dimensions the nominal size with its tolerance.
const Expected widthDimension =
    words([](const Variant& v) { return mm(*v.cutoutWidth) + " " + toleranceText(*v.cutoutTolerance); });
const Expected heightDimension =
    words([](const Variant& v) { return mm(*v.cutoutHeight) + " " + toleranceText(*v.cutoutTolerance); });
const Expected cutoutRadius = words([](const Variant& v) { return "R" + mm(*v.cutoutRadius); });
const Expected tolerance = words([](const Variant& v) { return toleranceText(*v.cutoutTolerance); });
// The EPLAN file's attribute forms: millimetres without a unit, free properties in the
// spec's syntax.
Expected eplanMm(Sourced<Length> Variant::*field) {
    return [field](const Variant& v) { return std::vector<std::string>{"\"" + mm(*(v.*field)) + "\""}; };
}
template <class T>
Expected eplanFree(Sourced<T> Variant::*field) {
    return [field](const Variant& v) { return std::vector<std::string>{"@" + valueText(*(v.*field))}; };
}

Expected attribute(const std::string& name, std::function<std::string(const Variant&)> value) {
    return words([name, value](const Variant& v) { return name + "=\"" + value(v) + "\""; });
}
// Related products by their EPLAN part numbers, WAGO.<number>.
Expected eplanParts(Sourced<Labels> Variant::*field) {
    return [field](const Variant& v) {
        std::vector<std::string> texts;
        for (const auto& number : *(v.*field)) texts.push_back("partnr=\"WAGO." + number + "\"");
        return texts;
    };
}
const Expected eplanCoding = attribute("P_ARTICLE_CODING", [](const Variant& v) { return *v.coding; });
const Expected eplanPoles = attribute("P_ARTICLE_POLE_NUMBER", [](const Variant& v) { return std::to_string(*v.poles); });
const Expected eplanWeight = attribute("P_ARTICLE_WEIGHT", [](const Variant& v) { return kilogramText(*v.weight); });
const Expected eplanPacking =
    attribute("P_ARTICLE_PACKAGINGQUANTITY", [](const Variant& v) { return std::to_string(*v.packagingUnit); });

const char* const resolvedOnly = "not a value a CAD user selects or wires by; the resolved spec keeps it";

const std::vector<Row>& table() {
    using O = Output;
    static const std::vector<Row> rows{
        {"description", {{O::vrml, asciiDescription}}, "the maker's own wording; the others describe in one style"},
        {"kind", {{O::symbol, kindTitleOf}, {O::qet, kindTitleOf}}, "EPLAN has it in its product group"},
        {"coding", {{O::symbol, coding}, {O::qet, coding}, {O::eplan, eplanCoding}}, "not a drawing value"},
        {"colour", {{O::symbol, colour}, {O::qet, colour}}, "not a drawing or panel value"},
        {"marking", {{O::symbol, labels}, {O::qet, labels}, {O::eplan, labels}}, "the drawings have no poles"},
        {"datasheet-url", {{O::symbol, url}, {O::qet, url}, {O::eplan, url}}, "files for the panel shop"},
        {"poles", {{O::symbol, poles}, {O::qet, poles}, {O::footprint, poles}, {O::eplan, eplanPoles}},
         "drawn as pins and clamps"},
        {"connection-points-per-pole", {}, "drawn: two clamps per pole in QElectroTech and EPLAN"},
        {"pitch", {{O::symbol, pitch}, {O::qet, pitch}}, "drawn as the pins' spacing"},
        {"width", {{O::eplan, eplanMm(&Variant::width)}}, "drawn: footprint and 3D model"},
        {"height", {{O::eplan, eplanMm(&Variant::height)}}, "drawn: footprint and 3D model"},
        {"depth", {{O::eplan, eplanMm(&Variant::depth)}}, "drawn: 3D model"},
        {"strip-length", {{O::eplan, eplanFree(&Variant::stripLength)}}, "a wiring value"},
        {"plate-thickness", {{O::drawing, plate}, {O::footprint, plate}, {O::eplan, eplanFree(&Variant::plateThickness)}},
         "not a schematic value"},
        {"cutout-width", {{O::drawing, widthDimension}, {O::footprint, cutoutWidth}}, "EPLAN: drilling pattern"},
        {"cutout-height", {{O::drawing, heightDimension}, {O::footprint, cutoutHeight}}, "EPLAN: drilling pattern"},
        {"cutout-radius", {{O::drawing, cutoutRadius}, {O::footprint, cutoutRadius}}, "EPLAN: drilling pattern"},
        {"cutout-tolerance", {{O::drawing, tolerance}, {O::footprint, tolerance}}, "a panel value"},
        {"overvoltage-category", {{O::eplan, eplanFree(&Variant::overvoltageCategory)}}, "a rating detail"},
        {"pollution-degree", {{O::eplan, eplanFree(&Variant::pollutionDegree)}}, "a rating detail"},
        {"rated-voltage", {{O::symbol, ratedVoltage}, {O::qet, ratedVoltage}, {O::eplan, ratedVoltage}},
         "not a drawing value"},
        {"rated-impulse-voltage", {{O::eplan, eplanFree(&Variant::ratedImpulseVoltage)}}, "a rating detail"},
        {"rated-current", {{O::symbol, ratedCurrent}, {O::qet, ratedCurrent}, {O::eplan, ratedCurrent}},
         "not a drawing value"},
        {"ul-rated-voltage", {{O::eplan, eplanFree(&Variant::ulRatedVoltage)}}, "a rating detail"},
        {"ul-rated-current", {{O::eplan, eplanFree(&Variant::ulRatedCurrent)}}, "a rating detail"},
        {"connection-technology", {}, resolvedOnly},
        {"nominal-cross-section", {{O::eplan, eplanFree(&Variant::nominalCrossSection)}}, "a wiring value"},
        {"conductor-solid", {{O::symbol, clamps}, {O::qet, clamps}, {O::eplan, eplanFree(&Variant::conductorSolid)}},
         "symbols quote the range over every class"},
        {"conductor-solid-push-in", {{O::eplan, eplanFree(&Variant::conductorSolidPushIn)}}, "a wiring value"},
        {"conductor-stranded", {{O::eplan, eplanFree(&Variant::conductorStranded)}}, "a wiring value"},
        {"conductor-fine-stranded", {{O::eplan, eplanFree(&Variant::conductorFineStranded)}}, "a wiring value"},
        {"conductor-ferrule-insulated",
         {{O::symbol, clamps}, {O::eplan, eplanFree(&Variant::conductorFerruleInsulated)}},
         "symbols quote the range over every class"},
        {"conductor-ferrule-uninsulated", {{O::eplan, eplanFree(&Variant::conductorFerruleUninsulated)}},
         "a wiring value"},
        {"conductor-ferrule-push-in", {{O::eplan, eplanFree(&Variant::conductorFerrulePushIn)}}, "a wiring value"},
        {"mating-cycles", {}, resolvedOnly},
        {"mating-force", {}, resolvedOnly},
        {"mounting-type", {}, resolvedOnly},
        {"protection-type", {{O::eplan, eplanFree(&Variant::protectionType)}}, "not a drawing value"},
        {"locking", {}, resolvedOnly},
        {"insulation-material", {}, resolvedOnly},
        {"flammability-class", {{O::eplan, eplanFree(&Variant::flammabilityClass)}}, "not a drawing value"},
        {"clamping-spring-material", {}, resolvedOnly},
        {"contact-material", {}, resolvedOnly},
        {"contact-plating", {}, resolvedOnly},
        {"fire-load", {}, resolvedOnly},
        {"weight", {{O::eplan, eplanWeight}}, "not a drawing value"},
        {"processing-temperature", {}, resolvedOnly},
        {"operating-temperature", {{O::eplan, eplanFree(&Variant::operatingTemperature)}}, "not a drawing value"},
        {"gtin", {{O::eplan, eplanFree(&Variant::gtin)}}, "ordering data"},
        {"customs-tariff", {{O::eplan, eplanFree(&Variant::customsTariff)}}, "ordering data"},
        {"country-of-origin", {}, resolvedOnly},
        {"eclass", {{O::eplan, eplanFree(&Variant::eclass)}}, "ordering data"},
        {"etim", {{O::eplan, eplanFree(&Variant::etim)}}, "ordering data"},
        {"packaging-unit", {{O::eplan, eplanPacking}}, "ordering data"},
        {"packaging-type", {}, resolvedOnly},
        {"counterparts", {{O::eplan, eplanParts(&Variant::counterparts)}}, "ordering data"},
        {"accessories", {{O::eplan, eplanParts(&Variant::accessories)}}, "ordering data"},
        {"approvals", {}, resolvedOnly},
    };
    return rows;
}

std::string between(const std::string& text, const std::string& from, const std::string& to) {
    const auto start = text.find(from);
    if (start == std::string::npos) return "";
    const auto end = text.find(to, start + from.size());
    return text.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

fs::path fileStartingWith(const fs::path& dir, const std::string& prefix, const std::string& extension) {
    for (const auto& e : fs::directory_iterator(dir)) {
        const std::string name = e.path().filename().string();
        if (name.rfind(prefix, 0) == 0 && e.path().extension() == extension) return e.path();
    }
    return {};
}

std::string readIfAny(const fs::path& file) { return file.empty() || !fs::exists(file) ? "" : test::readFile(file); }

// The part of each output that is about `v`.
std::map<Output, std::string> slicesOf(const fs::path& out, const Variant& v) {
    const std::string stem = v.fileStem, library = "Connector_WAGO_WINSTA_MIDI";
    const std::string symbols = test::readFile(out / "kicad" / (library + ".kicad_sym"));
    const std::string eplan = test::readFile(out / "eplan" / "wago-winsta-midi.xml");
    const std::string partNumber = "P_ARTICLE_PARTNR=\"WAGO." + v.number + "\"";
    const auto partAt = eplan.find(partNumber);
    return {
        {Output::resolved, test::readFile(out / "resolved" / (stem + ".xml"))},
        {Output::symbol, between(symbols, "(symbol \"WAGO_" + stem + "\"", "\n\t(symbol \"")},
        {Output::footprint, readIfAny(fileStartingWith(out / "kicad" / (library + ".pretty"), "WAGO_" + stem + "_1x",
                                                       ".kicad_mod"))},
        {Output::qet, test::readFile(out / "qet" / (stem + ".elmt"))},
        {Output::eplan, partAt == std::string::npos
                            ? ""
                            : between(eplan.substr(eplan.rfind("<part ", partAt)), "<part ", "</part>") +
                                  between(eplan, "P_PART_ACCESSORYLIST_NAME=\"WAGO." + v.number + ".counterparts\"",
                                          "</accessorylist>")},
        {Output::drawing, readIfAny(out / "drawings" / (stem + "_cutout.dxf"))},
        {Output::vrml, readIfAny(fileStartingWith(out / "kicad" / (library + ".3dshapes"), "WAGO_" + stem + "_1x",
                                                  ".wrl"))},
    };
}

// The sentence of `text` that starts with `opening`, up to its full stop.
std::string sentence(const std::string& text, const std::string& opening) {
    const auto start = text.find(opening);
    if (start == std::string::npos) return "";
    return text.substr(start, text.find('.', start) - start);
}

bool estimateMarked(const std::string& slice, Output output, const Variant& v, const std::string& field) {
    if (output == Output::drawing) return slice.find("ESTIMATED") != std::string::npos;
    // The sentence "Pole marking (...) and cutout size estimated, not from the datasheet."
    const auto end = slice.find(" estimated, not from the datasheet");
    if (end == std::string::npos) return false;
    const auto start = slice.rfind(". ", end);
    const std::string said = lowercase(slice.substr(start == std::string::npos ? 0 : start, end - start));
    return said.find(lowercase(fieldInWords(v, field))) != std::string::npos;
}

bool inheritanceMarked(const std::string& slice, const Variant& v, const std::string& field) {
    return sentence(slice, "Not in its own datasheet, inherited from " + v.basePart).find(fieldInWords(v, field)) !=
           std::string::npos;
}

bool derivationMarked(const std::string& slice, const Variant& v) {
    return slice.find("Derived from " + v.basePart) != std::string::npos;
}

// Whether `slice` says where a value of provenance `p` comes from.
bool provenanceMarked(const std::string& slice, Output output, const Variant& v, const std::string& field,
                      Provenance p) {
    switch (p) {
        case Provenance::datasheet:
        case Provenance::drawing:
            return true;
        case Provenance::inherited:
            return inheritanceMarked(slice, v, field);
        case Provenance::derived:
            return derivationMarked(slice, v);
        case Provenance::estimated:
            return estimateMarked(slice, output, v, field);
    }
    return false;
}

const Row* rowOf(const std::string& field) {
    for (const auto& row : table())
        if (field == row.field) return &row;
    return nullptr;
}

// The seed parts and one product derived from them.
const std::vector<std::string> numbers{"770-744", "770-744/064-000", "770-1242/076-000", "770-743"};

}  // namespace

TEST_CASE("the fidelity table has one row for every spec property", "[format][fidelity]") {
    std::vector<std::string> names;
    const Variant empty;
    visitFields(empty, [&](const char* name, const auto&) { names.push_back(name); });
    for (const auto& name : names) {
        INFO(name);
        CHECK(std::count_if(table().begin(), table().end(), [&](const Row& r) { return name == r.field; }) == 1);
    }
    CHECK(table().size() == names.size());
}

TEST_CASE("every value of the seed parts reads as the spec says, marked where not datasheet fact",
          "[format][fidelity]") {
    test::ScratchDir dir;
    const fs::path out = test::generateIn(dir.path());
    for (const auto& number : numbers) {
        const Variant v = test::variantOf(test::repositorySpec(), number);
        const auto slices = slicesOf(out, v);
        // Every output holds the product, the panel ones only a panel-mount product: an
        // output that lost it must not pass for having nothing to check.
        for (const auto& [output, slice] : slices) {
            INFO(number << " in " << nameOf(output));
            const bool panelOnly = output == Output::footprint || output == Output::drawing;
            CHECK(slice.empty() == (panelOnly && !v.cutoutWidth.has()));
        }
        visitFields(v, [&](const char* field, const auto& value) {
            if (!value.has()) return;
            const Row* row = rowOf(field);
            REQUIRE(row);
            INFO(number << " " << field << " (" << provenanceName(value.source) << ")");
            // Approvals are child elements there; every other value is its text.
            std::string resolved = "<" + std::string(field) + " source=\"" + std::string(provenanceName(value.source)) +
                                   "\">";
            if (std::string(field) != "approvals") resolved += valueText(*value);
            CHECK(slices.at(Output::resolved).find(resolved) != std::string::npos);
            for (const auto& cell : row->shown) {
                const std::string& slice = slices.at(cell.output);
                if (slice.empty()) continue;  // a socket for flying leads has no cutout (checked above)
                INFO(nameOf(cell.output));
                for (const auto& text : cell.expected(v)) {
                    INFO("expects " << text);
                    CHECK(slice.find(text) != std::string::npos);
                }
                CHECK(provenanceMarked(slice, cell.output, v, field, value.source));
            }
        });
    }
}

TEST_CASE("a derived product links no datasheet as its own in any output", "[format][fidelity]") {
    test::ScratchDir dir;
    const fs::path out = test::generateIn(dir.path());
    const Variant v = test::variantOf(test::repositorySpec(), "770-743");
    REQUIRE(v.datasheetUrl.has());
    for (const auto& [output, slice] : slicesOf(out, v)) {
        if (output == Output::resolved) continue;  // the spec's value, with source="derived"
        INFO(nameOf(output));
        CHECK(slice.find(*v.datasheetUrl) == std::string::npos);
    }
}
