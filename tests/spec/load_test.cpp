#include "spec/load.h"

#include "support/catch.h"
#include "support/scratch.h"
#include "support/spec.h"
#include "text/value_text.h"

using namespace partgen;
using partgen::test::ScratchDir;

namespace {

using test::repositorySpec;
Variant variant(const LoadedSpec& spec, const std::string& number) { return test::variantOf(spec, number); }

std::vector<std::string> messages(const LoadedSpec& spec) {
    std::vector<std::string> out;
    for (const auto& d : spec.diagnostics.sorted()) out.push_back(formatDiagnostic(d));
    return out;
}

}  // namespace

TEST_CASE("the repository's spec loads without problems", "[spec][load]") {
    const auto& spec = repositorySpec();
    CHECK(messages(spec).empty());
    std::vector<std::string> numbers;
    for (const auto& v : spec.all()) numbers.push_back(v.number);
    CHECK(numbers ==
          std::vector<std::string>{"770-1242/076-000", "770-742", "770-743", "770-744", "770-744/064-000", "770-745"});
}

TEST_CASE("770-744 holds its datasheet values", "[spec][load]") {
    const Variant& v = variant(repositorySpec(), "770-744");
    CHECK(v.origin == Origin::part);
    CHECK(*v.kind == Kind::snapInSocket);
    CHECK(*v.poles == 4);
    CHECK(*v.connectionPointsPerPole == 2);
    CHECK(valueText(*v.pitch) == "10 mm");
    CHECK(valueText(*v.width) == "45.5 mm");
    CHECK(valueText(*v.height) == "18.5 mm");
    CHECK(valueText(*v.depth) == "37.5 mm");
    CHECK(*v.marking == Labels{"1", "2", "3", "4"});
    CHECK(valueText(*v.ratedVoltage) == "400 V");
    CHECK(valueText(*v.ratedImpulseVoltage) == "6 kV");
    CHECK(valueText(*v.ratedCurrent) == "25 A");
    CHECK(valueText(*v.conductorSolid) == "0.5 ... 4 mm² / 20 ... 12 AWG");
    CHECK(valueText(*v.plateThickness) == "0.5 ... 2 mm");
    CHECK(valueText(*v.cutoutTolerance) == "+0.1 / -0 mm");
    CHECK(valueText(*v.weight) == "15.6 g");
    CHECK(*v.gtin == "4044918252683");
    CHECK(*v.datasheetUrl == "https://www.wago.com/770-744");
    CHECK(v.width.source == Provenance::datasheet);
}

TEST_CASE("the estimated cutout is marked estimated and fits the flange", "[spec][load]") {
    const Variant& v = variant(repositorySpec(), "770-744");
    CHECK(v.cutoutWidth.source == Provenance::estimated);  // computed from an estimated parameter
    CHECK(v.cutoutHeight.source == Provenance::estimated);
    CHECK(v.cutoutRadius.source == Provenance::estimated);
    CHECK(*v.cutoutWidth < *v.width);
    CHECK(*v.cutoutHeight < *v.height);
}

TEST_CASE("770-744/064-000 inherits from 770-744 and states what differs", "[spec][load]") {
    const Variant& v = variant(repositorySpec(), "770-744/064-000");
    CHECK(v.origin == Origin::variant);
    CHECK(v.basePart == "770-744");
    CHECK(v.fileStem == "770-744_064-000");
    CHECK(valueText(*v.depth) == "36 mm");
    CHECK(valueText(*v.fireLoad) == "0.301 MJ");
    CHECK(*v.gtin == "4050821555568");
    CHECK(valueText(*v.width) == "45.5 mm");  // inherited
    CHECK(v.marking->size() == 4);
    CHECK(v.marking.source == Provenance::estimated);  // one label was lost from the datasheet text
    CHECK(*v.datasheetUrl == "https://www.wago.com/770-744/064-000");
}

TEST_CASE("the socket for flying leads has no cutout", "[spec][load]") {
    const Variant& v = variant(repositorySpec(), "770-1242/076-000");
    CHECK(*v.kind == Kind::socket);
    CHECK_FALSE(v.cutoutWidth.has());
    CHECK(*v.marking == Labels{"1/COM", "2"});
    CHECK(valueText(*v.ratedVoltage) == "250 V");
    CHECK(*v.colour == "light turquoise");
}

TEST_CASE("the series rule derives 2- to 5-pole sockets, 770-744 stays the datasheet part", "[spec][load]") {
    const auto& spec = repositorySpec();
    const Variant& v2 = variant(spec, "770-742");
    CHECK(v2.origin == Origin::series);
    CHECK(*v2.poles == 2);
    CHECK(valueText(*v2.width) == "25.5 mm");
    CHECK(v2.width.source == Provenance::derived);
    CHECK(v2.pitch.source == Provenance::derived);  // a family default is not this product's datasheet fact
    CHECK(*v2.marking == Labels{"1", "2"});
    CHECK(*v2.description == "Snap-in socket; 2-pole; Cod. B; 4,00 mm²; gray");
    CHECK_FALSE(v2.gtin.has());
    CHECK(valueText(*variant(spec, "770-745").width) == "55.5 mm");
    CHECK(variant(spec, "770-744").origin == Origin::part);
}

TEST_CASE("a series rule that disagrees with the datasheet part is reported", "[spec][load]") {
    ScratchDir dir;
    test::copySpec(dir.path());
    test::replaceInFile(dir / "parts/wago-winsta-midi.xml", "<width>45.5 mm</width>", "<width>45.6 mm</width>");
    const LoadedSpec spec = loadSpec(dir / "parts", dir / "templates");
    CHECK_FALSE(spec.diagnostics.hasErrors());
    const auto all = messages(spec);
    REQUIRE(all.size() == 1);
    CHECK(all.front().find("warning: the series rule gives 770-744 width = '45.5 mm', its datasheet part says "
                           "'45.6 mm'") != std::string::npos);
    CHECK(valueText(*variant(spec, "770-744").width) == "45.6 mm");
}
