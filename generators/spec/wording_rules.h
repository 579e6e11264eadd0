#pragma once
// The German and English words for each kind and the phrases that EPLAN descriptions and
// QElectroTech element names share (templates/wording.xml).

#include <map>
#include <string>
#include <vector>

#include "model/kind.h"
#include "spec/house_rules.h"
#include "text/wording.h"

namespace partgen {

struct KindWording {
    Kind kind;
    Wording words;
};

struct WordingRules {
    std::vector<KindWording> kinds;          // one per kind
    std::map<std::string, Wording> phrases;  // every name in requiredPhrases()

    const Wording& kind(Kind k) const;
    const Wording& phrase(const std::string& name) const;
};

// The phrase names templates/wording.xml must define.
const std::vector<std::string>& requiredPhrases();

const RuleFile& wordingRuleFile();

}  // namespace partgen
