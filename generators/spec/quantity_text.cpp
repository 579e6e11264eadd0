#include "spec/quantity_text.h"

#include <array>
#include <cctype>
#include <limits>

#include "text/unit_names.h"

namespace partgen {
namespace {

constexpr std::array<Unit, 20> units{{
    {"mm", Dimension::length, 1'000'000},      {"cm", Dimension::length, 10'000'000},
    {"m", Dimension::length, 1'000'000'000},   {"in", Dimension::length, 25'400'000},
    {"mm²", Dimension::area, 1'000'000},       {"mm2", Dimension::area, 1'000'000},
    {"V", Dimension::voltage, 1'000'000},      {"kV", Dimension::voltage, 1'000'000'000},
    {"mV", Dimension::voltage, 1'000},         {"A", Dimension::current, 1'000'000},
    {"mA", Dimension::current, 1'000},         {"g", Dimension::mass, 1'000'000},
    {"kg", Dimension::mass, 1'000'000'000},    {"MJ", Dimension::energy, 1'000'000},
    {"kJ", Dimension::energy, 1'000},          {"J", Dimension::energy, 1},
    {"N", Dimension::force, 1'000'000},        {"kN", Dimension::force, 1'000'000'000},
    {"°C", Dimension::temperature, 1'000'000}, {"degC", Dimension::temperature, 1'000'000},
}};

// 128-bit intermediates let a value be checked for fitting int64 before it is narrowed.
__extension__ using Wide = __int128;

bool isNumberChar(char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '+'; }

}  // namespace

std::optional<Unit> findUnit(std::string_view symbol) {
    for (const auto& u : units)
        if (u.symbol == symbol) return u;
    return std::nullopt;
}

std::string unitSymbols(Dimension d) {
    std::string list;
    for (const auto& u : units)
        if (u.dimension == d) list += (list.empty() ? "" : ", ") + std::string(u.symbol);
    return list;
}

std::optional<std::int64_t> parseDecimalSteps(std::string_view text, std::int64_t stepsPerUnit, std::string& error) {
    std::size_t i = 0;
    const bool negative = !text.empty() && text[0] == '-';
    if (!text.empty() && (text[0] == '-' || text[0] == '+')) ++i;
    Wide mantissa = 0;
    Wide divisor = 1;
    bool digits = false, point = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '.' && !point) {
            point = true;
            continue;
        }
        if (!std::isdigit(static_cast<unsigned char>(c)) || mantissa > (Wide(1) << 100)) {
            error = "'" + std::string(text) + "' is not a number";
            return std::nullopt;
        }
        digits = true;
        mantissa = mantissa * 10 + (c - '0');
        if (point) divisor *= 10;
        if (divisor > Wide(1'000'000'000'000'000'000)) {
            error = "'" + std::string(text) + "' has too many decimals";
            return std::nullopt;
        }
    }
    if (!digits) {
        error = "'" + std::string(text) + "' is not a number";
        return std::nullopt;
    }
    const Wide scaled = mantissa * stepsPerUnit;
    if (scaled % divisor != 0) {
        error = "'" + std::string(text) + "' is finer than the model resolves (one millionth of the unit)";
        return std::nullopt;
    }
    const Wide steps = scaled / divisor;
    if (steps > std::numeric_limits<std::int64_t>::max()) {
        error = "'" + std::string(text) + "' is too large";
        return std::nullopt;
    }
    return static_cast<std::int64_t>(negative ? -steps : steps);
}

NumberWithUnit splitUnit(std::string_view text) {
    std::size_t end = 0;
    while (end < text.size() && isNumberChar(text[end])) ++end;
    std::size_t unitStart = end;
    while (unitStart < text.size() && text[unitStart] == ' ') ++unitStart;
    return {std::string(text.substr(0, end)), std::string(text.substr(unitStart))};
}

template <Dimension D>
std::optional<Quantity<D>> parseQuantity(std::string_view text, std::string& error) {
    const auto [number, unitText] = splitUnit(text);
    if (unitText.empty()) {
        error = "'" + std::string(text) + "' has no unit; write it as a " + std::string(dimensionName(D)) + " in " +
                unitSymbols(D);
        return std::nullopt;
    }
    const auto unit = findUnit(unitText);
    if (!unit || unit->dimension != D) {
        error = "'" + std::string(text) + "' is not a " + std::string(dimensionName(D)) + " (units: " + unitSymbols(D) +
                ")";
        return std::nullopt;
    }
    const auto steps = parseDecimalSteps(number, unit->steps, error);
    if (!steps) return std::nullopt;
    return Quantity<D>::fromSteps(*steps);
}

template std::optional<Length> parseQuantity<Dimension::length>(std::string_view, std::string&);
template std::optional<Area> parseQuantity<Dimension::area>(std::string_view, std::string&);
template std::optional<Voltage> parseQuantity<Dimension::voltage>(std::string_view, std::string&);
template std::optional<Current> parseQuantity<Dimension::current>(std::string_view, std::string&);
template std::optional<Mass> parseQuantity<Dimension::mass>(std::string_view, std::string&);
template std::optional<Energy> parseQuantity<Dimension::energy>(std::string_view, std::string&);
template std::optional<Force> parseQuantity<Dimension::force>(std::string_view, std::string&);
template std::optional<Temperature> parseQuantity<Dimension::temperature>(std::string_view, std::string&);

std::optional<double> parseLooseNumber(std::string_view text, std::string& error) {
    const auto [number, unitText] = splitUnit(text);
    std::int64_t stepsPerUnit = 1'000'000;
    if (!unitText.empty()) {
        const auto unit = findUnit(unitText);
        if (!unit) {
            error = "'" + std::string(text) + "' is not a number with a known unit";
            return std::nullopt;
        }
        stepsPerUnit = unit->steps;
    }
    const auto steps = parseDecimalSteps(number, stepsPerUnit, error);
    if (!steps) return std::nullopt;
    return static_cast<double>(*steps) / 1'000'000.0;
}

}  // namespace partgen
