#include "eplan/eplan_related.h"

#include "eplan/eplan_text.h"
#include "text/value_text.h"

namespace partgen {
namespace {

// The EPLAN part number of a related item number, by the same pattern as the part's own.
std::string relatedPartNumber(const std::string& number, const Family& family, const EplanRules& rules) {
    Variant related;
    related.number = number;
    return eplanPartNumber(*rules.partNumber, related, family);
}

template <class T>
bool known(const Sourced<T>& value) {
    return value.has() && value.source != Provenance::estimated;
}

std::string counterpartListName(const std::string& partNumber) { return partNumber + ".counterparts"; }

}  // namespace

std::vector<EplanAccessory> accessoriesOf(const Variant& v, const Family& family, const EplanRules& rules,
                                          const std::string& partNumber) {
    std::vector<EplanAccessory> accessories;
    if (v.accessories.has())
        for (const auto& number : *v.accessories) accessories.push_back({relatedPartNumber(number, family, rules)});
    if (v.counterparts.has() && !v.counterparts->empty())
        accessories.push_back({counterpartListName(partNumber), true});
    return accessories;
}

std::optional<EplanAccessoryList> counterpartListOf(const Variant& v, const Family& family, const EplanRules& rules,
                                                    const std::string& partNumber, const WordingRules& words) {
    if (!v.counterparts.has() || v.counterparts->empty()) return std::nullopt;
    EplanAccessoryList list{counterpartListName(partNumber), words.phrase("counterparts"), {}};
    for (const auto& number : *v.counterparts) list.partNumbers.push_back(relatedPartNumber(number, family, rules));
    return list;
}

EplanRatings ratingsOf(const Variant& v) {
    EplanRatings r;
    if (known(v.ratedVoltage)) r.voltage = valueText(*v.ratedVoltage);
    if (known(v.ratedCurrent)) r.current = valueText(*v.ratedCurrent);
    if (known(v.coding)) r.coding = *v.coding;
    return r;
}

bool hasOwnEplanProperty(const Variant& v, const std::string& field) {
    if (field == "rated-voltage") return known(v.ratedVoltage);
    if (field == "rated-current") return known(v.ratedCurrent);
    if (field == "coding") return known(v.coding);
    if (field == "packaging-unit") return known(v.packagingUnit);
    return false;
}

}  // namespace partgen
