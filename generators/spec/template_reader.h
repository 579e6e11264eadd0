#pragma once
// What every reader of a templates/ file shares: loading the file, reading its settings
// into a rule struct, reporting unknown, duplicate and missing settings at their line.
// A rule struct names its settings with an overload of
//     template <class F> void visitFields(Rules& rules, F&& f)  // f("setting-name", rules.field)
// in namespace partgen, found by argument-dependent lookup.

#include <tinyxml2.h>

#include <filesystem>
#include <set>
#include <string>

#include "spec/diagnostics.h"
#include "spec/house_rules.h"
#include "spec/raw_value.h"
#include "spec/value_parse.h"
#include "spec/xml_file.h"

namespace partgen {

class TemplateReader {
public:
    TemplateReader(std::string file, Diagnostics& diagnostics) : file_(std::move(file)), diag_(diagnostics) {}

    const std::string& file() const { return file_; }
    Diagnostics& diagnostics() const { return diag_; }
    SourceLocation at(const tinyxml2::XMLElement& e) const { return locationOf(e, file_); }

    // Reads the settings visitFields(rules) names; `extra` takes other children and
    // returns false for an element it does not know either.
    template <class Rules, class Extra>
    void readSettings(const tinyxml2::XMLElement& root, Rules& rules, Extra&& extra) const {
        std::set<std::string> known;
        visitFields(rules, [&](const char* name, auto&) { known.insert(name); });
        std::set<std::string> seen;
        for (const auto* e = root.FirstChildElement(); e; e = e->NextSiblingElement()) {
            const std::string name = e->Name();
            if (!known.count(name)) {
                if (!extra(*e)) diag_.error(at(*e), "unknown setting <" + name + "> in <" + root.Name() + ">");
                continue;
            }
            if (!seen.insert(name).second) diag_.error(at(*e), "duplicate setting <" + name + ">");
            readSetting(*e, name, rules);
        }
        for (const auto& name : known)
            if (!seen.count(name))
                diag_.error(at(root), "<" + std::string(root.Name()) + "> needs the setting <" + name + ">");
    }

    template <class Rules>
    void readSettings(const tinyxml2::XMLElement& root, Rules& rules) const {
        readSettings(root, rules, [](const tinyxml2::XMLElement&) { return false; });
    }

private:
    template <class Rules>
    void readSetting(const tinyxml2::XMLElement& e, const std::string& name, Rules& rules) const {
        const RawValue raw = readRawValue(e, file_, diag_);
        visitFields(rules, [&](const char* field, auto& value) {
            if (name == field) parseValue(raw, value, nullptr, diag_);
        });
    }

    std::string file_;
    Diagnostics& diag_;
};

// Loads `dir/name`, checks that its root is <rootName> and hands both to `read`.
template <class Read>
void readTemplateFile(const std::filesystem::path& dir, const std::string& displayDir, const std::string& name,
                      const std::string& rootName, Diagnostics& diag, Read&& read) {
    const std::string display = displayDir + "/" + name;
    tinyxml2::XMLDocument doc;
    const auto* root = loadRoot(doc, dir / name, display, rootName, diag);
    if (!root) return;
    const TemplateReader reader(display, diag);
    read(reader, *root);
}

// The RuleFile of `name` (root element <rootName>): `read(reader, root, rules)` fills a
// Rules, which goes into the HouseRules whatever was found, since every problem has
// been reported at its line.
template <class Rules, class Read>
RuleFile ruleFileOf(const std::string& name, const std::string& rootName, Read read) {
    return {name, [name, rootName, read](const std::filesystem::path& dir, const std::string& displayDir,
                                         Diagnostics& diag, HouseRules& houseRules) {
                Rules rules;
                readTemplateFile(
                    dir, displayDir, name, rootName, diag,
                    [&](const TemplateReader& reader, const tinyxml2::XMLElement& root) { read(reader, root, rules); });
                houseRules.put(std::move(rules));
            }};
}

// The same for a file of settings only.
template <class Rules>
RuleFile settingsFileOf(const std::string& name, const std::string& rootName) {
    return ruleFileOf<Rules>(name, rootName,
                             [](const TemplateReader& reader, const tinyxml2::XMLElement& root, Rules& rules) {
                                 reader.readSettings(root, rules);
                             });
}

}  // namespace partgen
