#include "spec/value_parse.h"

#include <charconv>
#include <cmath>
#include <initializer_list>
#include <limits>
#include <sstream>

#include "spec/diagnostics.h"
#include "spec/quantity_text.h"

namespace partgen {
namespace {

constexpr double maxNumberedLabels = 1000;

std::string where(const RawValue& raw) { return "<" + raw.name + ">: "; }

bool attributesAllowed(const RawValue& raw, std::initializer_list<const char*> allowed, Diagnostics& diag) {
    bool ok = true;
    for (const auto& [key, value] : raw.attributes) {
        bool known = false;
        for (const char* name : allowed) known = known || key == name;
        if (!known) {
            diag.error(raw.at, "unknown attribute '" + key + "' on <" + raw.name + ">");
            ok = false;
        }
    }
    return ok;
}

bool plainValue(const RawValue& raw, Diagnostics& diag) {
    bool ok = attributesAllowed(raw, {}, diag);
    if (!raw.children.empty()) {
        diag.error(raw.children.front().at, "<" + raw.name + "> takes text, not <" + raw.children.front().name + ">");
        ok = false;
    }
    if (raw.text.empty()) {
        diag.error(raw.at, where(raw) + "no value given");
        ok = false;
    }
    return ok;
}

bool noExpression(const RawValue& raw, Diagnostics& diag) {
    if (!raw.isExpression()) return true;
    diag.error(raw.at, where(raw) + "an expression is not allowed here ('" + raw.text + "')");
    return false;
}

// Evaluates raw's expression; the result is never stronger than "derived".
std::optional<Evaluated> evaluated(const RawValue& raw, ValueContext* context, Diagnostics& diag) {
    if (!context) {
        noExpression(raw, diag);
        return std::nullopt;
    }
    std::string error;
    auto result = context->evaluate(raw, error);
    if (!result) {
        diag.error(raw.at, where(raw) + error);
        return std::nullopt;
    }
    result->source = weakest(weakest(result->source, Provenance::derived), raw.literalProvenance());
    return result;
}

std::optional<std::int64_t> wholeNumber(const std::string& text) {
    std::int64_t value = 0;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), value);
    if (r.ec != std::errc() || r.ptr != text.data() + text.size()) return std::nullopt;
    return value;
}

std::optional<std::int64_t> stepsOf(double units) {
    const double steps = std::round(units * 1'000'000.0);
    if (!(std::fabs(steps) < 9.0e18)) return std::nullopt;
    return static_cast<std::int64_t>(steps);
}

std::vector<std::string> words(const std::string& text) {
    std::istringstream in(text);
    std::vector<std::string> out;
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

// "a ... b unit" or "a unit" (then min == max); a unit on `a` is optional.
template <Dimension D>
std::optional<Range<Quantity<D>>> parseRangeText(const std::string& text, bool allowSingle, std::string& error) {
    const auto dots = text.find("...");
    if (dots == std::string::npos) {
        if (!allowSingle) {
            error = "'" + text + "' is not a range; write it as 'MIN ... MAX unit'";
            return std::nullopt;
        }
        const auto single = parseQuantity<D>(text, error);
        if (!single) return std::nullopt;
        return Range<Quantity<D>>{*single, *single};
    }
    const std::string upperText = trim(text.substr(dots + 3));
    std::string lowerText = trim(text.substr(0, dots));
    if (splitUnit(lowerText).unit.empty()) lowerText += " " + splitUnit(upperText).unit;
    const auto lower = parseQuantity<D>(lowerText, error);
    if (!lower) return std::nullopt;
    const auto upper = parseQuantity<D>(upperText, error);
    if (!upper) return std::nullopt;
    if (*upper < *lower) {
        error = "range '" + text + "' has its minimum above its maximum";
        return std::nullopt;
    }
    return Range<Quantity<D>>{*lower, *upper};
}

}  // namespace

void parseValue(const RawValue& raw, Sourced<std::string>& field, ValueContext*, Diagnostics& diag) {
    if (plainValue(raw, diag) && noExpression(raw, diag)) field.set(raw.text, raw.literalProvenance(), raw.at);
}

void parseValue(const RawValue& raw, Sourced<Kind>& field, ValueContext*, Diagnostics& diag) {
    if (!plainValue(raw, diag)) return;
    const auto kind = kindFromName(raw.text);
    if (!kind)
        return diag.error(raw.at, where(raw) + "'" + raw.text + "' is not a kind; expected one of " + kindNames());
    field.set(*kind, raw.literalProvenance(), raw.at);
}

void parseValue(const RawValue& raw, Sourced<int>& field, ValueContext* context, Diagnostics& diag) {
    if (!plainValue(raw, diag)) return;
    constexpr std::int64_t limit = std::numeric_limits<int>::max();
    if (raw.isExpression()) {
        const auto result = evaluated(raw, context, diag);
        if (!result) return;
        const double rounded = std::round(result->value);
        if (std::fabs(result->value - rounded) > 1e-9 || std::fabs(rounded) > static_cast<double>(limit))
            return diag.error(raw.at, where(raw) + "'" + raw.text + "' does not give a whole number");
        return field.set(static_cast<int>(rounded), result->source, raw.at);
    }
    const auto value = wholeNumber(raw.text);
    if (!value || *value > limit || *value < -limit)
        return diag.error(raw.at, where(raw) + "'" + raw.text + "' is not a whole number");
    field.set(static_cast<int>(*value), raw.literalProvenance(), raw.at);
}

template <Dimension D>
void parseValue(const RawValue& raw, Sourced<Quantity<D>>& field, ValueContext* context, Diagnostics& diag) {
    if (!plainValue(raw, diag)) return;
    if (raw.isExpression()) {
        const auto result = evaluated(raw, context, diag);
        if (!result) return;
        const auto steps = stepsOf(result->value);
        if (!steps) return diag.error(raw.at, where(raw) + "'" + raw.text + "' is out of range");
        return field.set(Quantity<D>::fromSteps(*steps), result->source, raw.at);
    }
    std::string error;
    const auto q = parseQuantity<D>(raw.text, error);
    if (!q) return diag.error(raw.at, where(raw) + error);
    field.set(*q, raw.literalProvenance(), raw.at);
}

template <Dimension D>
void parseValue(const RawValue& raw, Sourced<Range<Quantity<D>>>& field, ValueContext*, Diagnostics& diag) {
    if (!plainValue(raw, diag) || !noExpression(raw, diag)) return;
    std::string error;
    const auto range = parseRangeText<D>(raw.text, false, error);
    if (!range) return diag.error(raw.at, where(raw) + error);
    field.set(*range, raw.literalProvenance(), raw.at);
}

void parseValue(const RawValue& raw, Sourced<Tolerance>& field, ValueContext*, Diagnostics& diag) {
    if (!plainValue(raw, diag) || !noExpression(raw, diag)) return;
    // "+0.1 / -0 mm" or "+0.1 mm" (nothing below nominal)
    const auto slash = raw.text.find('/');
    const std::string upper = trim(raw.text.substr(0, slash));
    const std::string lower = slash == std::string::npos ? "-0" : trim(raw.text.substr(slash + 1));
    const auto bad = [&] {
        diag.error(raw.at, where(raw) + "'" + raw.text + "' is not a tolerance; write it as '+0.1 / -0 mm'");
    };
    if (upper.empty() || upper.front() != '+' || lower.empty() || lower.front() != '-') return bad();
    std::string unit = splitUnit(upper.substr(1)).unit;
    if (unit.empty()) unit = splitUnit(lower.substr(1)).unit;
    std::string error;
    const auto withUnit = [&](std::string s) { return splitUnit(s).unit.empty() ? s + " " + unit : s; };
    const auto plus = parseQuantity<Dimension::length>(withUnit(upper.substr(1)), error);
    const auto minus = plus ? parseQuantity<Dimension::length>(withUnit(lower.substr(1)), error) : std::nullopt;
    if (!plus || !minus) return diag.error(raw.at, where(raw) + error);
    field.set(Tolerance{*plus, *minus}, raw.literalProvenance(), raw.at);
}

void parseValue(const RawValue& raw, Sourced<ConductorRange>& field, ValueContext*, Diagnostics& diag) {
    if (!plainValue(raw, diag) || !noExpression(raw, diag)) return;
    // "0.5 ... 4 mm² / 20 ... 12 AWG"; the AWG part is optional
    const auto slash = raw.text.find('/');
    std::string error;
    const auto section = parseRangeText<Dimension::area>(trim(raw.text.substr(0, slash)), true, error);
    if (!section) return diag.error(raw.at, where(raw) + error);
    std::string awg;
    if (slash != std::string::npos) {
        awg = trim(raw.text.substr(slash + 1));
        const std::string suffix = "AWG";
        if (awg.size() <= suffix.size() || awg.compare(awg.size() - suffix.size(), suffix.size(), suffix) != 0)
            return diag.error(raw.at, where(raw) + "'" + raw.text + "': the part after '/' must end in AWG");
        awg = trim(awg.substr(0, awg.size() - suffix.size()));
    }
    field.set(ConductorRange{*section, awg}, raw.literalProvenance(), raw.at);
}

void parseValue(const RawValue& raw, Sourced<Labels>& field, ValueContext* context, Diagnostics& diag) {
    if (!attributesAllowed(raw, {"numbered-from"}, diag)) return;
    const std::string from = raw.attribute("numbered-from");
    if (from.empty()) {
        if (plainValue(raw, diag) && noExpression(raw, diag))
            field.set(words(raw.text), raw.literalProvenance(), raw.at);
        return;
    }
    if (raw.name != "marking") return diag.error(raw.at, where(raw) + "numbered-from is for <marking> only");
    // Labels counted up from a number, one per pole: a rule, so at best derived.
    const auto first = wholeNumber(from);
    std::string error;
    const auto poles = context ? context->property("poles", error) : std::nullopt;
    if (!first || !poles || !raw.text.empty())
        return diag.error(raw.at, where(raw) + (error.empty() ? "numbered-from needs a whole number, no text, and "
                                                                "the pole count"
                                                              : error));
    if (poles->value < 1 || poles->value > maxNumberedLabels)
        return diag.error(
            raw.at, where(raw) + "cannot number labels for " + std::to_string(std::llround(poles->value)) + " poles");
    Labels labels;
    for (int i = 0; i < static_cast<int>(poles->value); ++i) labels.push_back(std::to_string(*first + i));
    field.set(labels, weakest(Provenance::derived, weakest(poles->source, raw.literalProvenance())), raw.at);
}

void parseValue(const RawValue& raw, Sourced<Approvals>& field, ValueContext*, Diagnostics& diag) {
    if (!attributesAllowed(raw, {}, diag)) return;
    Approvals approvals;
    bool ok = true;
    for (const auto& child : raw.children) {
        if (child.name != "approval") {
            diag.error(child.at, "unknown element <" + child.name + "> in <approvals>; expected <approval>");
            ok = false;
            continue;
        }
        ok = attributesAllowed(child, {"body", "standard", "certificate"}, diag) && ok;
        approvals.push_back({child.attribute("body"), child.attribute("standard"), child.attribute("certificate")});
        if (approvals.back().body.empty()) {
            diag.error(child.at, "<approval> needs the attribute 'body'");
            ok = false;
        }
    }
    if (ok) field.set(approvals, raw.literalProvenance(), raw.at);
}

#define PARTGEN_INSTANTIATE(D)                                                                        \
    template void parseValue<D>(const RawValue&, Sourced<Quantity<D>>&, ValueContext*, Diagnostics&); \
    template void parseValue<D>(const RawValue&, Sourced<Range<Quantity<D>>>&, ValueContext*, Diagnostics&);
PARTGEN_INSTANTIATE(Dimension::length)
PARTGEN_INSTANTIATE(Dimension::area)
PARTGEN_INSTANTIATE(Dimension::voltage)
PARTGEN_INSTANTIATE(Dimension::current)
PARTGEN_INSTANTIATE(Dimension::mass)
PARTGEN_INSTANTIATE(Dimension::energy)
PARTGEN_INSTANTIATE(Dimension::force)
PARTGEN_INSTANTIATE(Dimension::temperature)
#undef PARTGEN_INSTANTIATE

}  // namespace partgen
