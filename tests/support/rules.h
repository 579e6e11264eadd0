#pragma once
// Reading one templates/ file with its format's reader, as the spec loader does.

#include <filesystem>
#include <string>
#include <vector>

#include "spec/house_rules.h"

namespace partgen::test {

// The file's rules read from `dir` (shown as "templates"), and every message it gave.
struct ReadRules {
    HouseRules rules;
    std::vector<std::string> messages;
};
ReadRules readRuleFile(const RuleFile& file, const std::filesystem::path& dir);

}  // namespace partgen::test
