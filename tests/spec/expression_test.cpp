#include "spec/expression.h"

#include "support/catch.h"

using namespace partgen;

namespace {

std::optional<double> lookupTable(const std::string& name, std::string& error) {
    if (name == "pitch") return 10.0;
    if (name == "poles") return 4.0;
    if (name == "zero") return 0.0;
    error = "unknown name '" + name + "'";
    return std::nullopt;
}

}  // namespace

TEST_CASE("expressions evaluate over named values", "[spec][expression]") {
    std::string error;
    CHECK(evaluateExpression("pitch * poles + 5.5", lookupTable, error) == 45.5);
    CHECK(evaluateExpression("2 * (poles - 1)", lookupTable, error) == 6.0);
}

TEST_CASE("expression errors name the problem", "[spec][expression]") {
    std::string error;
    CHECK_FALSE(evaluateExpression("pitch * width", lookupTable, error));
    CHECK(error == "unknown name 'width'");
    CHECK_FALSE(evaluateExpression("pitch / zero", lookupTable, error));
    CHECK(error.find("division by zero") != std::string::npos);
    CHECK_FALSE(evaluateExpression("pitch * (poles", lookupTable, error));
    CHECK(error.find("pitch * (poles") != std::string::npos);
}
