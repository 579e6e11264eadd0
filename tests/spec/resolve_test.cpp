// Inheritance: family defaults under parts, base parts under variants, series rules
// making one product per pole count, datasheet parts winning over series products.

#include "spec/resolve.h"

#include "spec/diagnostics.h"
#include "support/catch.h"

using namespace partgen;

namespace {

const FileName file("family.xml");

RawValue raw(const std::string& name, const std::string& text, int line = 1) {
    RawValue v;
    v.name = name;
    v.text = text;
    v.at = {file, line};
    return v;
}

RawProps props(std::initializer_list<RawValue> values) {
    RawProps out;
    for (const auto& v : values) out[v.name] = v;
    return out;
}

RawPart part(const std::string& number, int line, RawProps values = {}, const std::string& of = "") {
    return RawPart{number, of, {file, line}, std::move(values)};
}

RawFamily family(const std::string& id) {
    RawFamily f;
    f.family.id = id;
    f.defaults = props({raw("pitch", "10 mm"), raw("colour", "gray")});
    return f;
}

RawSeries series(const std::string& pattern, int from, int to, int line, RawProps values = {}) {
    return RawSeries{pattern, from, to, {file, line}, std::move(values)};
}

std::vector<std::string> messages(const Diagnostics& d) {
    std::vector<std::string> out;
    for (const auto& item : d.sorted()) out.push_back(formatDiagnostic(item));
    return out;
}

const ResolvedEntry* entryNumbered(const Resolution& r, const std::string& number) {
    for (const auto& e : r.entries)
        if (e.number == number) return &e;
    return nullptr;
}

}  // namespace

TEST_CASE("a part takes the family defaults and its own values win", "[spec][resolve]") {
    std::vector<RawFamily> families{family("f")};
    families[0].parts.push_back(part("P1", 10, props({raw("colour", "black"), raw("poles", "4")})));
    Diagnostics d;
    const Resolution r = resolveFamilies(families, d);
    CHECK_FALSE(d.hasErrors());
    REQUIRE(r.entries.size() == 1);
    const auto& p = r.entries[0].props;
    CHECK(p.at("pitch").text == "10 mm");
    CHECK(p.at("colour").text == "black");
    CHECK(p.at("poles").text == "4");
    CHECK(r.entries[0].origin == Origin::part);
    CHECK(r.entries[0].basePart.empty());
    CHECK(r.entries[0].family == &families[0]);
}

TEST_CASE("a variant takes its base part's values and overrides what differs", "[spec][resolve]") {
    std::vector<RawFamily> families{family("f")};
    families[0].parts.push_back(part("V1", 20, props({raw("colour", "blue")}), "P1"));  // before its base
    families[0].parts.push_back(part("P1", 10, props({raw("colour", "black"), raw("poles", "4")})));
    Diagnostics d;
    const Resolution r = resolveFamilies(families, d);
    CHECK_FALSE(d.hasErrors());
    REQUIRE(r.entries.size() == 2);
    CHECK(r.entries[0].number == "V1");  // spec order
    CHECK(r.entries[0].origin == Origin::variant);
    CHECK(r.entries[0].basePart == "P1");
    CHECK(r.entries[0].props.at("colour").text == "blue");
    CHECK(r.entries[0].props.at("poles").text == "4");
    CHECK(r.entries[0].props.at("pitch").text == "10 mm");
}

TEST_CASE("a variant's values from its base part are inherited, the family's defaults not", "[spec][resolve]") {
    std::vector<RawFamily> families{family("f")};
    families[0].parts.push_back(part("P1", 10, props({raw("eclass", "27", 11), raw("poles", "4", 12)})));
    families[0].parts.push_back(part("V1", 20, props({raw("poles", "4", 21)}), "P1"));
    families[0].parts.push_back(part("V2", 30, {}, "V1"));
    Diagnostics d;
    const Resolution r = resolveFamilies(families, d);
    REQUIRE(r.entries.size() == 3);
    const auto& base = entryNumbered(r, "P1")->props;
    CHECK(base.at("eclass").floor == Provenance::datasheet);
    const auto& variant = entryNumbered(r, "V1")->props;
    CHECK(variant.at("eclass").floor == Provenance::inherited);    // P1's datasheet, not V1's
    CHECK(variant.at("poles").floor == Provenance::datasheet);     // V1 states it itself
    CHECK(variant.at("pitch").floor == Provenance::datasheet);     // the family's default
    CHECK(entryNumbered(r, "V2")->props.at("poles").floor == Provenance::inherited);  // through V1
}

TEST_CASE("a series names the part it is derived from, which must be of its family", "[spec][resolve]") {
    std::vector<RawFamily> families{family("f"), family("g")};
    families[0].parts.push_back(part("P1", 10));
    families[1].parts.push_back(part("Q1", 10));
    families[0].series.push_back(series("S-{poles}", 2, 3, 30));
    families[0].series.back().derivedFrom = "P1";
    Diagnostics d;
    const Resolution r = resolveFamilies(families, d);
    CHECK_FALSE(d.hasErrors());
    CHECK(entryNumbered(r, "S-2")->basePart == "P1");
    families[0].series.back().derivedFrom = "Q1";
    Diagnostics other;
    resolveFamilies(families, other);
    CHECK(messages(other) ==
          std::vector<std::string>{
              "family.xml:30: error: series 'S-{poles}' is derived-from 'Q1', which is no part of this family"});
}

TEST_CASE("{number} in a part's values, attributes and children becomes its own number", "[spec][resolve]") {
    std::vector<RawFamily> families{family("f")};
    RawValue url = raw("datasheet-url", "https://example.com/{number}");
    url.attributes["title"] = "sheet {number}";
    url.children.push_back(raw("mirror", "m/{number}"));
    families[0].defaults["datasheet-url"] = url;
    families[0].parts.push_back(part("P1", 10));
    families[0].parts.push_back(part("V1", 11, {}, "P1"));
    Diagnostics d;
    const Resolution r = resolveFamilies(families, d);
    REQUIRE(r.entries.size() == 2);
    const RawValue& own = r.entries[1].props.at("datasheet-url");
    CHECK(own.text == "https://example.com/V1");
    CHECK(own.attributes.at("title") == "sheet V1");
    CHECK(own.children.at(0).text == "m/V1");
    CHECK(r.entries[0].props.at("datasheet-url").text == "https://example.com/P1");
}

TEST_CASE("a variant of an undefined part is an error and makes no product", "[spec][resolve]") {
    std::vector<RawFamily> families{family("f")};
    families[0].parts.push_back(part("V1", 7, {}, "NOPE"));
    Diagnostics d;
    const Resolution r = resolveFamilies(families, d);
    CHECK(r.entries.empty());
    CHECK(messages(d) ==
          std::vector<std::string>{"family.xml:7: error: variant 'V1' derives from 'NOPE', which is not defined"});
}

TEST_CASE("a variant of a part of another family is an error", "[spec][resolve]") {
    std::vector<RawFamily> families{family("f"), family("g")};
    families[0].parts.push_back(part("P1", 3));
    families[1].parts.push_back(part("V1", 9, {}, "P1"));
    Diagnostics d;
    const Resolution r = resolveFamilies(families, d);
    CHECK(r.entries.size() == 1);
    CHECK(messages(d) ==
          std::vector<std::string>{"family.xml:9: error: variant 'V1' derives from 'P1' of another family"});
}

TEST_CASE("variants deriving from each other in a cycle are refused", "[spec][resolve]") {
    std::vector<RawFamily> families{family("f")};
    families[0].parts.push_back(part("A", 4, {}, "B"));
    families[0].parts.push_back(part("B", 5, {}, "A"));
    families[0].parts.push_back(part("C", 6));
    Diagnostics d;
    const Resolution r = resolveFamilies(families, d);
    REQUIRE(r.entries.size() == 1);
    CHECK(r.entries[0].number == "C");
    REQUIRE(d.errorCount() >= 1);
    CHECK(messages(d)[0].find("(cyclic variants)") != std::string::npos);
}

TEST_CASE("a duplicate part number is an error pointing at the first definition", "[spec][resolve]") {
    std::vector<RawFamily> families{family("f")};
    families[0].parts.push_back(part("P1", 3, props({raw("colour", "black")})));
    families[0].parts.push_back(part("P1", 8, props({raw("colour", "blue")})));
    Diagnostics d;
    const Resolution r = resolveFamilies(families, d);
    REQUIRE(r.entries.size() == 1);
    CHECK(r.entries[0].props.at("colour").text == "black");
    CHECK(messages(d) ==
          std::vector<std::string>{"family.xml:8: error: duplicate part number 'P1' (also defined at family.xml:3)"});
}

TEST_CASE("a part without a number is left out", "[spec][resolve]") {
    std::vector<RawFamily> families{family("f")};
    families[0].parts.push_back(part("", 3));
    Diagnostics d;
    CHECK(resolveFamilies(families, d).entries.empty());
    CHECK_FALSE(d.hasErrors());
}

TEST_CASE("a series rule makes one product per pole count, numbered by its pattern", "[spec][resolve]") {
    std::vector<RawFamily> families{family("f")};
    families[0].series.push_back(series("S-{poles}", 2, 4, 30));
    Diagnostics d;
    const Resolution r = resolveFamilies(families, d);
    CHECK_FALSE(d.hasErrors());
    REQUIRE(r.entries.size() == 3);
    for (int poles = 2; poles <= 4; ++poles) {
        const ResolvedEntry& e = r.entries[static_cast<std::size_t>(poles - 2)];
        CHECK(e.number == "S-" + std::to_string(poles));
        CHECK(e.origin == Origin::series);
        CHECK(e.poles == poles);
        CHECK(e.series == &families[0].series[0]);
        CHECK(e.props.empty());  // made on demand by seriesProps
        CHECK(e.at == SourceLocation{file, 30});
    }
    CHECK(r.shadowed.empty());
}

TEST_CASE("a series rule without a valid pole range makes nothing", "[spec][resolve]") {
    std::vector<RawFamily> families{family("f")};
    families[0].series.push_back(series("S-{poles}", 0, 0, 30));
    Diagnostics d;
    CHECK(resolveFamilies(families, d).entries.empty());
}

TEST_CASE("a datasheet part wins over the series product of the same number", "[spec][resolve]") {
    std::vector<RawFamily> families{family("f")};
    families[0].parts.push_back(part("S-3", 12, props({raw("colour", "black")})));
    families[0].series.push_back(series("S-{poles}", 2, 4, 30));
    Diagnostics d;
    const Resolution r = resolveFamilies(families, d);
    CHECK_FALSE(d.hasErrors());
    REQUIRE(r.entries.size() == 3);
    CHECK(entryNumbered(r, "S-3")->origin == Origin::part);
    REQUIRE(r.shadowed.size() == 1);
    CHECK(r.shadowed[0].number == "S-3");
    CHECK(r.shadowed[0].props.at("poles").text == "3");  // kept with its values to compare
}

TEST_CASE("two series rules making the same number are an error", "[spec][resolve]") {
    std::vector<RawFamily> families{family("f")};
    families[0].series.push_back(series("S-{poles}", 2, 3, 30));
    families[0].series.push_back(series("S-{poles}", 3, 4, 40));
    Diagnostics d;
    const Resolution r = resolveFamilies(families, d);
    CHECK(r.entries.size() == 3);  // S-2, S-3 of the first, S-4 of the second
    CHECK(messages(d) == std::vector<std::string>{
                             "family.xml:40: error: series product 'S-3' is also made by the series at family.xml:30"});
}

TEST_CASE("a series product's values are derived, with its poles and number filled in", "[spec][resolve]") {
    std::vector<RawFamily> families{family("f")};
    families[0].series.push_back(series(
        "S-{poles}", 5, 5, 30, props({raw("description", "{poles}-pole socket {number}"), raw("colour", "blue")})));
    Diagnostics d;
    const Resolution r = resolveFamilies(families, d);
    REQUIRE(r.entries.size() == 1);
    const RawProps p = seriesProps(r.entries[0]);
    CHECK(p.at("poles").text == "5");
    CHECK(p.at("poles").at == SourceLocation{file, 30});
    CHECK(p.at("description").text == "5-pole socket S-5");
    CHECK(p.at("colour").text == "blue");  // the rule over the defaults
    CHECK(p.at("pitch").text == "10 mm");  // from the defaults
    for (const auto& [name, value] : p) {
        INFO(name);
        CHECK(value.literalProvenance() == Provenance::derived);
    }
}

TEST_CASE("a series product stays estimated where the spec says estimated", "[spec][resolve]") {
    std::vector<RawFamily> families{family("f")};
    RawValue guess = raw("depth", "30 mm");
    guess.source = Provenance::estimated;
    families[0].series.push_back(series("S-{poles}", 2, 2, 30, props({guess})));
    Diagnostics d;
    const Resolution r = resolveFamilies(families, d);
    REQUIRE(r.entries.size() == 1);
    CHECK(seriesProps(r.entries[0]).at("depth").literalProvenance() == Provenance::estimated);
}
