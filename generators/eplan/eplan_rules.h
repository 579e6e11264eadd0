#pragma once
// EPLAN part data (templates/eplan.xml), read by eplan/ itself: selection-list groups,
// the part number pattern and the spec values that become free properties.

#include <string>
#include <vector>

#include "model/sourced.h"
#include "spec/house_rules.h"
#include "spec/wording_rules.h"

namespace partgen {

// A spec value that EPLAN gets as a free property, with the property's display name.
struct FreePropertyRule {
    std::string field;  // spec name, e.g. "rated-voltage"
    Wording name;
};

struct EplanRules {
    Sourced<int> productTopGroup, productGroup, productSubGroup;  // EPLAN selection-list numbers
    Sourced<std::string> partNumber;                              // pattern, e.g. "{manufacturer}.{number}"
    std::vector<FreePropertyRule> freeProperties;
};

const RuleFile& eplanRuleFile();

}  // namespace partgen
