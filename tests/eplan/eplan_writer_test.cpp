// The parts-management XML written from hand-made EPLAN records: which attributes a
// record gets, which it leaves out, and the order records that others refer to come in.

#include "eplan/eplan_writer.h"

#include "support/catch.h"
#include "support/occurrences.h"

using namespace partgen;

namespace {

EplanConnectionPattern pattern(const std::string& name) {
    EplanConnectionPoint point{1,  "L",         {-millimetres(5), Length()}, -millimetres(30), std::nullopt, "",
                               "", std::nullopt};
    return {name, {"Anschlussbild", "pattern"}, {point}};
}

EplanPart part(const std::string& number) {
    EplanPart p;
    p.partNumber = "M." + number;
    p.typeNumber = number;
    p.orderNumber = number;
    p.manufacturer = "M";
    p.description = {"Buchse", "socket"};
    p.poles = 1;
    p.functions = {{1, "L", {"L"}}};
    p.connections = pattern(p.partNumber);
    p.patternOffset = {millimetres(3), millimetres(2)};
    return p;
}

}  // namespace

TEST_CASE("an EPLAN file opens with the manufacturer address and closes the root", "[eplan]") {
    const EplanAddress address{"M", "Maker GmbH", "Weg 1", "12345", "Stadt", "DE", "+49 1", "a@b.de"};
    const std::string opening = eplanOpening(address, 7);
    CHECK(opening.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<partsmanagement count=\"7\" "));
    CHECK(test::holds(opening, "build=\"partgen "));
    CHECK(test::holds(opening, "version=\""));
    CHECK(test::holds(opening, "length-unit=\"mm\""));
    CHECK(test::holds(opening, "weight-unit=\"kg\""));
    CHECK(test::holds(opening, "P_PART_ADDRESS_SHORTNAME=\"M\""));
    CHECK(test::holds(opening, "P_PART_ADDRESS_TOWN=\"Stadt\""));
    CHECK(test::holds(opening, "P_PART_ADDRESS_EMAIL=\"a@b.de\""));
    CHECK(eplanClosing() == "</partsmanagement>\n");
}

TEST_CASE("a drilling pattern is one rectangle of the cut's width, height and radius", "[eplan]") {
    const EplanDrillingPattern drilling{
        "D", {"Ausschnitt", "cutout"}, {{}, millimetres(50), millimetres(15), millimetres(1)}};
    const std::string text = eplanConstructionText(drilling);
    CHECK(test::holds(text, "P_PART_CONSTRUCTION_NAME=\"D\""));
    CHECK(test::holds(text, "P_PART_CONSTRUCTION_DESCRIPTION=\"de_DE@Ausschnitt;en_US@cutout;\""));
    CHECK(test::holds(text, "type=\"3\""));  // EPLAN Pro Panel's rectangle
    CHECK(test::holds(text, "dimension1=\"50\""));
    CHECK(test::holds(text, "dimension2=\"15\""));
    CHECK(test::holds(text, "dimension3=\"1\""));
}

TEST_CASE("a connection point without conductor data leaves its cross-section attributes out", "[eplan]") {
    const std::string text = eplanTerminalText(pattern("T"));
    CHECK(test::holds(text, "P_PART_TERMINAL_NAME=\"T\""));
    CHECK(test::holds(text, "name=\"L\""));
    CHECK(test::holds(text, "xpos=\"-5\""));
    CHECK(test::holds(text, "zpos=\"-30\""));
    CHECK(test::holds(text, "xdir=\"0\" ydir=\"0\" zdir=\"-1\""));  // wires leave to the rear
    CHECK_FALSE(test::holds(text, "crosssection"));
    CHECK_FALSE(test::holds(text, "strippinglength"));
}

TEST_CASE("a connection point with conductor data gives both ends and the strip length", "[eplan]") {
    EplanConnectionPattern p = pattern("T");
    p.points[0].section = Range<Area>{Area::fromUnits(1), Area::fromUnits(4)};
    p.points[0].minAwg = "18";
    p.points[0].maxAwg = "12";
    p.points[0].stripLength = millimetres(9);
    const std::string text = eplanTerminalText(p);
    CHECK(test::holds(text, "mincrosssection=\"1\""));
    CHECK(test::holds(text, "maxcrosssection=\"4\""));
    CHECK(test::holds(text, "mincrosssectionawg=\"18\""));
    CHECK(test::holds(text, "maxcrosssectionawg=\"12\""));
    CHECK(test::holds(text, "strippinglength=\"9\""));
}

TEST_CASE("a part without a drilling pattern says it needs no drilling", "[eplan]") {
    const std::string text = eplanPartText(part("1"));
    CHECK(test::holds(text, "P_ARTICLE_DOES_NOT_NEED_DRILL=\"1\""));
    CHECK_FALSE(test::holds(text, "<constructionPosition"));
    CHECK_FALSE(test::holds(text, "P_ARTICLE_NOTE"));
    CHECK_FALSE(test::holds(text, "P_ARTICLE_WIDTH"));
    CHECK_FALSE(test::holds(text, "P_ARTICLE_EXTERNAL_DOCUMENT_1"));
}

TEST_CASE("a part with a drilling pattern places it at the pattern offset", "[eplan]") {
    EplanPart p = part("1");
    p.drilling = EplanDrillingPattern{"D", {}, {}};
    const std::string text = eplanPartText(p);
    CHECK_FALSE(test::holds(text, "P_ARTICLE_DOES_NOT_NEED_DRILL"));
    CHECK(test::holds(text, "<constructionPosition pos=\"1\" name=\"D\" offsetx=\"3\" offsety=\"2\""));
}

TEST_CASE("a part refers to its connection pattern and gives a function template per pole", "[eplan]") {
    EplanPart p = part("1");
    p.functions = {{1, "PE", {"PE.1", "PE.2"}}, {2, "L", {"L"}}};
    const std::string text = eplanPartText(p);
    CHECK(test::holds(text, "P_ARTICLE_REF_TERMINAL_NAME=\"M.1\""));
    CHECK(test::holds(text, "P_ARTICLE_REF_TERMINAL_OFFSET_X=\"3\""));
    // EPLAN separates a function template's connection designations by a line break.
    CHECK(test::holds(text, "<functiontemplate pos=\"1\" connectionDesignation=\"PE.1&#10;PE.2\" terminalNr=\"PE\""));
    CHECK(test::holds(text, "<functiontemplate pos=\"2\" connectionDesignation=\"L\" terminalNr=\"L\""));
}

TEST_CASE("free properties are numbered from one in order", "[eplan]") {
    EplanPart p = part("1");
    p.freeProperties = {{{"A", "a"}, {"1", "1"}}, {{"B", "b"}, {"2", "2"}}};
    const std::string text = eplanPartText(p);
    const auto first = text.find("<freeproperty pos=\"1\" P_ARTICLE_FREE_DATA_DESCRIPTION=\"de_DE@A;en_US@a;\"");
    const auto second = text.find("<freeproperty pos=\"2\" P_ARTICLE_FREE_DATA_DESCRIPTION=\"de_DE@B;en_US@b;\"");
    REQUIRE(first != std::string::npos);
    REQUIRE(second != std::string::npos);
    CHECK(first < second);
}

TEST_CASE("the EPLAN library puts drilling and connection patterns before the parts", "[eplan]") {
    EplanLibrary library;
    library.manufacturer.shortName = "M";
    library.parts = {part("1"), part("2")};
    library.parts[1].drilling = EplanDrillingPattern{"D", {}, {}};
    library.parts[1].counterparts = EplanAccessoryList{"M.2.counterparts", {"G", "c"}, {"M.9"}};
    const std::string text = writeEplanLibrary(library);
    const auto address = text.find("<address ");
    const auto construction = text.find("<construction ");
    const auto accessoryList = text.find("<accessorylist ");
    const auto terminal = text.find("<terminal ");
    const auto firstPart = text.find("<part ");
    REQUIRE(firstPart != std::string::npos);
    CHECK(test::holds(text, "<partsmanagement count=\"2\""));
    CHECK(address < construction);
    CHECK(construction < accessoryList);
    CHECK(accessoryList < terminal);
    CHECK(terminal < firstPart);
    CHECK(text.find("<construction ", construction + 1) == std::string::npos);  // only the second part drills
    CHECK(text.ends_with(eplanClosing()));
}

TEST_CASE("a part is an electrical component with its packaging quantity and picture", "[eplan]") {
    EplanPart p = part("1");
    p.packagingQuantity = 100;
    p.pictureFile = "$(MD_IMAGES)\\f\\1.png";
    const std::string text = eplanPartText(p);
    CHECK(test::holds(text, "<part P_ARTICLE_PARTTYPE=\"1\" P_ARTICLE_CRAFT_ELECTRICAL=\"1\""));
    CHECK(test::holds(text, "P_ARTICLE_PACKAGINGQUANTITY=\"100\""));
    CHECK(test::holds(text, "P_ARTICLE_PICTUREFILE=\"$(MD_IMAGES)\\f\\1.png\""));
    CHECK_FALSE(test::holds(eplanPartText(part("2")), "P_ARTICLE_PACKAGINGQUANTITY"));
    CHECK_FALSE(test::holds(eplanPartText(part("2")), "P_ARTICLE_PICTUREFILE"));
}

TEST_CASE("ratings go to the variant's own EPLAN properties, and only those known", "[eplan]") {
    EplanPart p = part("1");
    p.ratings = {"400 V", "", "B"};
    const std::string text = eplanPartText(p);
    CHECK(test::holds(text, "P_ARTICLE_VOLTAGE=\"400 V\""));
    CHECK(test::holds(text, "P_ARTICLE_PINCOUNT=\"1\""));
    CHECK(test::holds(text, "P_ARTICLE_CODING=\"B\""));
    CHECK_FALSE(test::holds(text, "P_ARTICLE_ELECTRICALCURRENT"));
    CHECK(text.find("P_ARTICLE_VOLTAGE") > text.find("<variant "));
}

TEST_CASE("accessories are optional parts and the counterparts one accessory list", "[eplan]") {
    EplanPart p = part("1");
    p.accessories = {{"M.7"}, {"M.1.counterparts", true}};
    const std::string text = eplanPartText(p);
    CHECK(test::holds(text,
                      "<accessoryposition pos=\"1\" partnr=\"M.7\" variant=\"1\" parttype=\"1\" necessary=\"0\"/>"));
    CHECK(test::holds(text,
                      "<accessoryposition pos=\"2\" partnr=\"M.1.counterparts\" parttype=\"13\" necessary=\"0\"/>"));
    const std::string list =
        eplanAccessoryListText({"M.1.counterparts", {"Gegenstücke", "Counterparts"}, {"M.8", "M.9"}});
    CHECK(test::holds(list, "<accessorylist P_PART_ACCESSORYLIST_NAME=\"M.1.counterparts\""));
    CHECK(test::holds(list, "<accessorylistposition pos=\"2\" partnr=\"M.9\" variant=\"1\"/>"));
}
