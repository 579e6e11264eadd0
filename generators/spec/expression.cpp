#include "spec/expression.h"

#include <muParser.h>

#include <cmath>
#include <map>

namespace partgen {

std::optional<double> evaluateExpression(const std::string& expression, const NameLookup& lookup, std::string& error) {
    try {
        mu::Parser parser;
        parser.SetExpr(expression);
        // std::map keeps each value's address stable while muParser holds a pointer to it.
        std::map<std::string, double> values;
        for (const auto& [name, unused] : parser.GetUsedVar()) {
            const auto value = lookup(name, error);
            if (!value) return std::nullopt;
            values[name] = *value;
        }
        for (auto& [name, value] : values) parser.DefineVar(name, &value);
        const double result = parser.Eval();
        if (!std::isfinite(result)) {
            error = "'" + expression + "' has no finite value (division by zero?)";
            return std::nullopt;
        }
        return result;
    } catch (const mu::Parser::exception_type& e) {
        error = "'" + expression + "': " + e.GetMsg();
        return std::nullopt;
    }
}

}  // namespace partgen
