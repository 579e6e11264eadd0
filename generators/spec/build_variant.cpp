#include "spec/build_variant.h"

#include <algorithm>
#include <vector>

#include "model/variant_fields.h"
#include "spec/diagnostics.h"
#include "spec/expression.h"
#include "spec/part_number.h"
#include "spec/quantity_text.h"
#include "spec/value_parse.h"

namespace partgen {
namespace {

// Expression names use '_' where property names use '-': strip_length for strip-length.
std::string propertyNameOf(std::string identifier) {
    std::replace(identifier.begin(), identifier.end(), '_', '-');
    return identifier;
}

// Evaluates expressions of one product. A name is a family parameter or one of the
// product's own properties; values are computed on demand and cycles are refused.
class ProductValues : public ValueContext {
public:
    ProductValues(const RawProps& props, const RawProps& params) : props_(props), params_(params) {}

    std::optional<Evaluated> evaluate(const RawValue& raw, std::string& error) override {
        return evaluateNamed("property " + raw.name, raw, error);
    }

    std::optional<Evaluated> property(const std::string& name, std::string& error) override {
        const auto it = props_.find(name);
        if (it == props_.end()) {
            error = "needs '" + name + "', which is not given";
            return std::nullopt;
        }
        return valueOf("property " + name, it->second, error);
    }

private:
    std::optional<Evaluated> lookup(const std::string& identifier, std::string& error) {
        if (const auto it = params_.find(identifier); it != params_.end())
            return valueOf("parameter " + identifier, it->second, error);
        if (const auto it = props_.find(propertyNameOf(identifier)); it != props_.end())
            return valueOf("property " + it->first, it->second, error);
        error = "unknown name '" + identifier + "' (neither a parameter nor a property of this part)";
        return std::nullopt;
    }

    std::optional<Evaluated> valueOf(const std::string& key, const RawValue& raw, std::string& error) {
        if (raw.isExpression()) return evaluateNamed(key, raw, error);
        std::string why;
        const auto number = parseLooseNumber(raw.text, why);
        if (!number) {
            error = "cannot use " + key + " in an expression: " + why;
            return std::nullopt;
        }
        return Evaluated{*number, raw.literalProvenance()};
    }

    std::optional<Evaluated> evaluateNamed(const std::string& key, const RawValue& raw, std::string& error) {
        if (std::find(stack_.begin(), stack_.end(), key) != stack_.end()) {
            std::string chain;
            for (const auto& k : stack_) chain += k + " -> ";
            error = "expressions refer to each other in a cycle: " + chain + key;
            return std::nullopt;
        }
        stack_.push_back(key);
        Provenance inputs = Provenance::derived;
        const NameLookup named = [&](const std::string& identifier, std::string& err) -> std::optional<double> {
            const auto value = lookup(identifier, err);
            if (value) inputs = weakest(inputs, value->source);
            return value ? std::optional<double>(value->value) : std::nullopt;
        };
        const auto result = evaluateExpression(raw.expression(), named, error);
        stack_.pop_back();
        if (!result) return std::nullopt;
        return Evaluated{*result, weakest(inputs, raw.literalProvenance())};
    }

    const RawProps& props_;
    const RawProps& params_;
    std::vector<std::string> stack_;
};

BuiltVariant buildFrom(const ResolvedEntry& entry, const RawProps& props, Diagnostics& diagnostics) {
    BuiltVariant built;
    for (const auto& [name, raw] : props) built.given.insert(name);
    Variant& v = built.variant;
    v.number = entry.number;
    v.basePart = entry.basePart;
    v.baseDatasheetUrl = entry.baseDatasheetUrl;
    v.familyId = entry.family->family.id;
    v.origin = entry.origin;
    v.at = entry.at;
    std::string error;
    if (const auto stem = fileStemForNumber(entry.number, error))
        v.fileStem = *stem;
    else
        diagnostics.error(entry.at, error);

    ProductValues values(props, entry.family->params);
    visitFields(v, [&](const char* name, auto& field) {
        if (const auto it = props.find(name); it != props.end()) parseValue(it->second, field, &values, diagnostics);
    });
    return built;
}

}  // namespace

BuiltVariant buildVariant(const ResolvedEntry& entry, Diagnostics& diagnostics) {
    // A series product's values are made from its rule each time, never kept.
    if (entry.series && entry.props.empty()) return buildFrom(entry, seriesProps(entry), diagnostics);
    return buildFrom(entry, entry.props, diagnostics);
}

}  // namespace partgen
