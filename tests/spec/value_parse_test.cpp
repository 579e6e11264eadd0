#include "spec/value_parse.h"

#include "spec/diagnostics.h"
#include "support/catch.h"
#include "text/value_text.h"

using namespace partgen;

namespace {

RawValue raw(const std::string& name, const std::string& text) {
    RawValue v;
    v.name = name;
    v.text = text;
    v.at = {"spec.xml", 7};
    return v;
}

// A product whose only numeric property is `poles`.
class FourPoles : public ValueContext {
public:
    std::optional<Evaluated> evaluate(const RawValue&, std::string& error) override {
        error = "no expressions here";
        return std::nullopt;
    }
    std::optional<Evaluated> property(const std::string& name, std::string& error) override {
        if (name == "poles") return Evaluated{4, Provenance::datasheet};
        error = "no " + name;
        return std::nullopt;
    }
};

template <class T>
T parsed(const std::string& text) {
    Diagnostics diagnostics;
    Sourced<T> field;
    FourPoles context;
    parseValue(raw("x", text), field, &context, diagnostics);
    REQUIRE_FALSE(diagnostics.hasErrors());
    REQUIRE(field.has());
    return *field;
}

template <class T>
std::string errorFor(const std::string& text) {
    Diagnostics diagnostics;
    Sourced<T> field;
    parseValue(raw("x", text), field, nullptr, diagnostics);
    CHECK_FALSE(field.has());
    const auto all = diagnostics.sorted();
    REQUIRE(all.size() == 1);
    CHECK(all.front().at.line == 7);
    return all.front().message;
}

}  // namespace

TEST_CASE("every value type reads back what valueText writes", "[spec][value]") {
    const auto roundTrip = [](const auto& value) {
        using T = std::decay_t<decltype(value)>;
        CHECK(parsed<T>(valueText(value)) == value);
    };
    roundTrip(std::string("Snap-in socket; 4-pole"));
    roundTrip(42);
    roundTrip(Kind::snapInSocket);
    roundTrip(Labels{"2L", "1L", "L", "PE"});
    roundTrip(millimetres(45) + nanometres(500'000));
    roundTrip(Voltage::fromUnits(400));
    roundTrip(Range<Temperature>{Temperature::fromUnits(-35), Temperature::fromUnits(85)});
    roundTrip(Tolerance{Length::fromSteps(100'000), Length()});
    roundTrip(ConductorRange{{Area::fromSteps(250'000), Area::fromUnits(2) + Area::fromSteps(500'000)}, "20 ... 14"});
    roundTrip(ConductorRange{{Area::fromSteps(1'500'000), Area::fromSteps(1'500'000)}, "16"});
}

TEST_CASE("datasheet-style forms parse", "[spec][value]") {
    CHECK(parsed<Range<Length>>("0.5 ... 2 mm") == Range<Length>{Length::fromSteps(500'000), millimetres(2)});
    CHECK(parsed<Range<Length>>("500 mm ... 1 m") == Range<Length>{millimetres(500), millimetres(1000)});
    CHECK(parsed<Tolerance>("+0.1 mm") == Tolerance{Length::fromSteps(100'000), Length()});
    CHECK(parsed<ConductorRange>("4 mm²").section.max == Area::fromUnits(4));
    CHECK(parsed<Labels>("1/COM 2") == Labels{"1/COM", "2"});
}

TEST_CASE("numbered labels count up to the pole count", "[spec][value]") {
    Diagnostics diagnostics;
    Sourced<Labels> field;
    FourPoles context;
    RawValue marking = raw("marking", "");
    marking.attributes["numbered-from"] = "1";
    parseValue(marking, field, &context, diagnostics);
    CHECK(*field == Labels{"1", "2", "3", "4"});
    CHECK(field.source == Provenance::derived);
}

TEST_CASE("malformed values get a message naming the element and the value", "[spec][value]") {
    CHECK(errorFor<Length>("45.5") == "<x>: '45.5' has no unit; write it as a length in mm, cm, m, in");
    CHECK(errorFor<int>("four") == "<x>: 'four' is not a whole number");
    CHECK(errorFor<int>("") == "<x>: no value given");
    CHECK(errorFor<Kind>("drawer") ==
          "<x>: 'drawer' is not a kind; expected one of snap-in-socket, snap-in-plug, socket, plug");
    CHECK(errorFor<Range<Length>>("2 ... 0.5 mm") == "<x>: range '2 ... 0.5 mm' has its minimum above its maximum");
    CHECK(errorFor<Range<Length>>("2 mm") == "<x>: '2 mm' is not a range; write it as 'MIN ... MAX unit'");
    CHECK(errorFor<Tolerance>("0.1 mm") == "<x>: '0.1 mm' is not a tolerance; write it as '+0.1 / -0 mm'");
    CHECK(errorFor<ConductorRange>("4 mm² / 12") == "<x>: '4 mm² / 12': the part after '/' must end in AWG");
    CHECK(errorFor<Length>("= pitch * 2") == "<x>: an expression is not allowed here ('= pitch * 2')");
}
