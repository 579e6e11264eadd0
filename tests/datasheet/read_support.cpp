#include "datasheet/read_support.h"

#include "support/catch.h"
#include "support/scratch.h"

namespace partgen::test {

std::string fixture(const std::string& name) { return readFile(sourceDir() / "tests/datasheet/fixtures" / name); }

const DatasheetLayout& repositoryLayouts() {
    static const DatasheetLayout layout = [] {
        Diagnostics diagnostics;
        DatasheetLayout l = loadDatasheetLayouts(sourceDir() / "templates", diagnostics);
        REQUIRE(!diagnostics.hasErrors());
        return l;
    }();
    return layout;
}

Read readText(const std::string& text) {
    Diagnostics diagnostics;
    Read r{readDatasheet(text, "sheet.txt", repositoryLayouts(), diagnostics), {}};
    for (const auto& d : diagnostics.sorted()) r.messages.push_back(formatDiagnostic(d));
    return r;
}

std::string value(const Read& r, const std::string& property) {
    const auto it = r.part.values.find(property);
    return it == r.part.values.end() ? "(none)" : it->second.text;
}

bool hasMessage(const Read& r, const std::string& text) {
    for (const auto& m : r.messages)
        if (m.find(text) != std::string::npos) return true;
    return false;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

std::string replacedText(std::string text, const std::string& from, const std::string& to) {
    return replaced(std::move(text), from, to);
}

int lineOf(const std::string& text, const std::string& what) {
    const auto at = text.find(what);
    if (at == std::string::npos) return 0;
    int line = 1;
    for (std::size_t i = 0; i < at; ++i) line += text[i] == '\n';
    return line;
}

}  // namespace partgen::test
