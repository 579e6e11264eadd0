// Building a typed variant from resolved raw values: literals parsed into their fields,
// expressions evaluated over the family's parameters and the product's own properties.

#include "spec/build_variant.h"

#include "spec/diagnostics.h"
#include "support/catch.h"

using namespace partgen;

namespace {

const FileName file("family.xml");

RawValue raw(const std::string& name, const std::string& text, int line = 1,
             std::optional<Provenance> source = std::nullopt) {
    RawValue v;
    v.name = name;
    v.text = text;
    v.at = {file, line};
    v.source = source;
    return v;
}

struct Product {
    RawFamily family;
    ResolvedEntry entry;

    explicit Product(std::initializer_list<RawValue> values, const std::string& number = "770-744/064-000") {
        family.family.id = "fam";
        for (const auto& v : values) entry.props[v.name] = v;
        entry.number = number;
        entry.basePart = "770-744";
        entry.origin = Origin::variant;
        entry.at = {file, 5};
        entry.family = &family;
    }
};

std::vector<std::string> messages(const Diagnostics& d) {
    std::vector<std::string> out;
    for (const auto& item : d.sorted()) out.push_back(item.message);
    return out;
}

bool anyContains(const std::vector<std::string>& all, const std::string& part) {
    for (const auto& m : all)
        if (m.find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("a built variant carries the entry's identity and a safe file stem", "[spec][build_variant]") {
    Product p({raw("poles", "4")});
    Diagnostics d;
    const BuiltVariant built = buildVariant(p.entry, d);
    CHECK_FALSE(d.hasErrors());
    CHECK(built.variant.number == "770-744/064-000");
    CHECK(built.variant.basePart == "770-744");
    CHECK(built.variant.familyId == "fam");
    CHECK(built.variant.origin == Origin::variant);
    CHECK(built.variant.at == SourceLocation{file, 5});
    CHECK(built.variant.fileStem == "770-744_064-000");
}

TEST_CASE("a number that cannot be a file name is an error at the entry", "[spec][build_variant]") {
    Product p({}, "../escape");
    Diagnostics d;
    const BuiltVariant built = buildVariant(p.entry, d);
    REQUIRE(d.errorCount() == 1);
    CHECK(d.sorted()[0].at == SourceLocation{file, 5});
    CHECK(built.variant.fileStem.empty());
}

TEST_CASE("literal values fill their fields with the spec's provenance", "[spec][build_variant]") {
    Product p({raw("poles", "4", 7), raw("pitch", "10 mm", 8, Provenance::drawing)});
    Diagnostics d;
    const Variant v = buildVariant(p.entry, d).variant;
    CHECK_FALSE(d.hasErrors());
    REQUIRE(v.poles.has());
    CHECK(*v.poles == 4);
    CHECK(v.poles.source == Provenance::datasheet);
    CHECK(v.poles.at == SourceLocation{file, 7});
    REQUIRE(v.pitch.has());
    CHECK(*v.pitch == millimetres(10));
    CHECK(v.pitch.source == Provenance::drawing);
    CHECK_FALSE(v.width.has());
}

TEST_CASE("every stated property is given, even one that could not be read", "[spec][build_variant]") {
    Product p({raw("poles", "four"), raw("pitch", "10 mm")});
    Diagnostics d;
    const BuiltVariant built = buildVariant(p.entry, d);
    CHECK(d.hasErrors());
    CHECK_FALSE(built.variant.poles.has());
    CHECK(built.given == std::set<std::string>{"pitch", "poles"});
}

TEST_CASE("an expression names properties with _ for -, and parameters by name", "[spec][build_variant]") {
    // 10 mm x 4 poles + 5.5 mm, the 770-744 flange width; strip-length 9 mm + 1 mm.
    Product p({raw("poles", "4"), raw("pitch", "10 mm"), raw("strip-length", "9 mm"),
               raw("width", "= pitch * poles + margin"), raw("depth", "= strip_length + 1")});
    p.family.params["margin"] = raw("margin", "5.5 mm");
    Diagnostics d;
    const Variant v = buildVariant(p.entry, d).variant;
    CHECK(messages(d).empty());
    REQUIRE(v.width.has());
    CHECK(*v.width == Length::fromSteps(45'500'000));
    REQUIRE(v.depth.has());
    CHECK(*v.depth == millimetres(10));
}

TEST_CASE("an expression's result is at best derived, and as weak as its weakest input", "[spec][build_variant]") {
    Product p({raw("poles", "4"), raw("pitch", "10 mm"), raw("width", "= pitch * poles + margin"),
               raw("height", "= pitch * 2")});
    p.family.params["margin"] = raw("margin", "0.4 mm", 2, Provenance::estimated);
    Diagnostics d;
    const Variant v = buildVariant(p.entry, d).variant;
    CHECK(v.height.source == Provenance::derived);
    CHECK(v.width.source == Provenance::estimated);
}

TEST_CASE("an expression may use a property that is itself an expression", "[spec][build_variant]") {
    Product p({raw("pitch", "10 mm"), raw("width", "= pitch * 3"), raw("height", "= width / 2")});
    Diagnostics d;
    const Variant v = buildVariant(p.entry, d).variant;
    CHECK_FALSE(d.hasErrors());
    REQUIRE(v.height.has());
    CHECK(*v.height == millimetres(15));
}

TEST_CASE("an unknown name in an expression is an error that names it", "[spec][build_variant]") {
    Product p({raw("width", "= nothing_here * 2", 9)});
    Diagnostics d;
    const Variant v = buildVariant(p.entry, d).variant;
    CHECK_FALSE(v.width.has());
    REQUIRE(d.errorCount() == 1);
    CHECK(d.sorted()[0].at == SourceLocation{file, 9});
    CHECK(anyContains(messages(d), "unknown name 'nothing_here' (neither a parameter nor a property of this part)"));
}

TEST_CASE("expressions referring to each other in a cycle are refused, showing the chain", "[spec][build_variant]") {
    Product p({raw("width", "= height + 1"), raw("height", "= width + 1")});
    Diagnostics d;
    const Variant v = buildVariant(p.entry, d).variant;
    CHECK_FALSE(v.width.has());
    CHECK_FALSE(v.height.has());
    CHECK(anyContains(messages(d),
                      "expressions refer to each other in a cycle: property height -> property width -> "
                      "property height"));
}

TEST_CASE("a text value cannot be used in an expression", "[spec][build_variant]") {
    Product p({raw("coding", "B"), raw("width", "= coding * 2")});
    Diagnostics d;
    buildVariant(p.entry, d);
    CHECK(anyContains(messages(d), "cannot use property coding in an expression"));
}

TEST_CASE("a series product without values is built from its rule", "[spec][build_variant]") {
    RawFamily family;
    family.family.id = "fam";
    family.defaults["pitch"] = raw("pitch", "10 mm");
    family.series.push_back(RawSeries{"S-{poles}", 3, 3, {file, 30}, {}});
    family.series[0].props["width"] = raw("width", "= pitch * poles");
    ResolvedEntry entry;
    entry.number = "S-3";
    entry.origin = Origin::series;
    entry.family = &family;
    entry.series = &family.series[0];
    entry.poles = 3;
    Diagnostics d;
    const BuiltVariant built = buildVariant(entry, d);
    CHECK_FALSE(d.hasErrors());
    REQUIRE(built.variant.poles.has());
    CHECK(*built.variant.poles == 3);
    CHECK(built.variant.poles.source == Provenance::derived);
    REQUIRE(built.variant.width.has());
    CHECK(*built.variant.width == millimetres(30));
    CHECK(built.given == std::set<std::string>{"pitch", "poles", "width"});
}
