#include "support/rules.h"

#include "spec/diagnostics.h"

namespace partgen::test {

ReadRules readRuleFile(const RuleFile& file, const std::filesystem::path& dir) {
    ReadRules read;
    Diagnostics diagnostics;
    file.read(dir, "templates", diagnostics, read.rules);
    for (const auto& d : diagnostics.sorted()) read.messages.push_back(formatDiagnostic(d));
    return read;
}

}  // namespace partgen::test
