#pragma once
// Arithmetic over named parameters, evaluated with muParser. Names are resolved on
// demand through a callback, so a value may refer to another that is itself computed.

#include <functional>
#include <optional>
#include <string>

namespace partgen {

// Returns the value of `name`, or nullopt with `error` set.
using NameLookup = std::function<std::optional<double>(const std::string& name, std::string& error)>;

// Evaluates `expression`; nullopt with `error` set on a syntax error, an unknown name,
// division by zero or any non-finite result.
std::optional<double> evaluateExpression(const std::string& expression, const NameLookup& lookup, std::string& error);

}  // namespace partgen
