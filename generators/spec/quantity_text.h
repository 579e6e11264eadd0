#pragma once
// Quantities as the spec writes them: an exact decimal and a unit, "45.5 mm", "6 kV".
// Parsed without floating point, so what the datasheet says is what the model holds.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "model/quantity.h"

namespace partgen {

struct Unit {
    std::string_view symbol;
    Dimension dimension;
    std::int64_t steps;  // model steps (millionths of the base unit) per one of this unit
};

std::optional<Unit> findUnit(std::string_view symbol);
std::string unitSymbols(Dimension d);  // "mm, cm, m, in" for messages

// An exact decimal such as "-0.25" scaled by `stepsPerUnit`; nullopt with `error` set
// when it is not a plain decimal, is finer than one step, or does not fit.
std::optional<std::int64_t> parseDecimalSteps(std::string_view text, std::int64_t stepsPerUnit, std::string& error);

// A number with a unit: "45.5 mm". Splits at the first character that cannot belong
// to a number; `unit` is empty when none is given.
struct NumberWithUnit {
    std::string number;
    std::string unit;
};
NumberWithUnit splitUnit(std::string_view text);

// "45.5 mm" as a quantity of dimension D; the unit is required and must fit D.
template <Dimension D>
std::optional<Quantity<D>> parseQuantity(std::string_view text, std::string& error);

// Any "number [unit]" as a double in the unit's base unit (for expression inputs).
std::optional<double> parseLooseNumber(std::string_view text, std::string& error);

}  // namespace partgen
