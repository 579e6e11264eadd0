#pragma once
// Datasheet values as engineers write them, turned into the spec's syntax. Each function
// returns nothing when the text is not of its form (the reader then reports the line),
// and adds to `remarks` what the reader must say about a value it did read.

#include <optional>
#include <string>
#include <vector>

namespace partgen {

using Remarks = std::vector<std::string>;

// "45.5 mm", "-5 °C": a number and one of `units`, nothing else.
bool isQuantity(const std::string& text, const std::vector<std::string>& units);

// The metric half of a dual-unit value, in either order: "45,5 mm / 1.791 inch" and
// "1.791 inches / 45.5 mm" -> "45.5 mm". When the inches disagree with the millimetres
// by more than their last digit, a remark says so. A value without a metric half is
// returned as it is (decimal commas as points).
std::string metricHalf(const std::string& cell, Remarks& remarks);

// A whole number, with thousands separators by context: "1,000, without load" and
// "1.000" -> "1000", "200, without" -> "200"; "1,5" is no count.
std::optional<std::string> countText(const std::string& cell);

// "+ 0.2 mm / - 0.1 mm", "+0.1/-0 mm", "± 0,1 mm" -> "+0.2 / -0.1 mm"; "+ 0.1 mm" -> "+0.1 mm".
std::optional<std::string> toleranceText(const std::string& text);

// "0.5 ... 4 mm²", "-5 °C ... +40 °C", "approx. 20 ... 70 N (depending ...)" -> "a ... b unit";
// "0.5 4 mm²" (the separator lost in the text) is read with a remark.
std::optional<std::string> rangeText(const std::string& cell, Remarks& remarks);

// "20 ... 12 AWG", "AWG 20 ... 12", "20 12 AWG", "16 AWG", "AWG 12" -> "20 ... 12" or "16".
std::optional<std::string> awgText(const std::string& text);

// "0,5 ... 4 mm² / 20 ... 12 AWG", "4 mm² / 12 AWG", "4 mm²" -> spec syntax.
std::optional<std::string> conductorText(const std::string& cell, Remarks& remarks);

// "40,8 x 16,2 mm, R 0,5", "40.8 mm x 16.2 mm; R 0.5 mm": a panel cutout, in spec syntax;
// the radius is empty when the text gives none.
struct CutoutSize {
    std::string width, height, radius;
};
std::optional<CutoutSize> cutoutText(const std::string& text);

// A label and the qualifier in brackets at its end: "Rated current (III / 3)" ->
// {"Rated current", "(III / 3)"}; a label without one has an empty qualifier.
struct QualifiedLabel {
    std::string label;
    std::string qualifier;
};
QualifiedLabel splitQualifier(const std::string& label);

// "(III / 3)", "(III/3)" -> {"III", "3"}: overvoltage category and pollution degree.
struct RatingConditions {
    std::string overvoltageCategory;
    std::string pollutionDegree;
};
std::optional<RatingConditions> ratingConditions(const std::string& qualifier);

}  // namespace partgen
