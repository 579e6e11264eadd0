#include "spec/expression.h"

#include <muParser.h>

#include <cmath>
#include <map>
#include <memory>
#include <vector>

namespace partgen {
namespace {

// An expression muParser has already parsed, with one bound variable per name it uses.
// Parsing is most of an evaluation's cost, and a catalog evaluates the same few
// expressions for every product of a series.
struct CompiledExpression {
    mu::Parser parser;
    std::vector<std::string> names;
    std::unique_ptr<double[]> values;  // muParser holds a pointer to each
};

std::unique_ptr<CompiledExpression> compile(const std::string& expression) {
    auto compiled = std::make_unique<CompiledExpression>();
    compiled->parser.SetExpr(expression);
    for (const auto& [name, unused] : compiled->parser.GetUsedVar()) compiled->names.push_back(name);
    compiled->values = std::make_unique<double[]>(compiled->names.size());
    for (std::size_t i = 0; i < compiled->names.size(); ++i)
        compiled->parser.DefineVar(compiled->names[i], &compiled->values[i]);
    return compiled;
}

// Per thread, so concurrent loads never share a parser.
CompiledExpression& compiled(const std::string& expression) {
    thread_local std::map<std::string, std::unique_ptr<CompiledExpression>> cache;
    auto& entry = cache[expression];
    if (!entry) entry = compile(expression);  // throws on a syntax error; nothing is cached then
    return *entry;
}

}  // namespace

std::optional<double> evaluateExpression(const std::string& expression, const NameLookup& lookup, std::string& error) {
    try {
        CompiledExpression& e = compiled(expression);
        // Every name is looked up before any bound value is set: a lookup may evaluate
        // another expression, even this same one, which sets the values itself.
        std::vector<double> values;
        for (const auto& name : e.names) {
            const auto value = lookup(name, error);
            if (!value) return std::nullopt;
            values.push_back(*value);
        }
        for (std::size_t i = 0; i < values.size(); ++i) e.values[i] = values[i];
        const double result = e.parser.Eval();
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
