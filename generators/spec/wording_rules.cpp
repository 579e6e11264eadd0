#include "spec/wording_rules.h"

#include <algorithm>
#include <stdexcept>

#include "spec/placeholder_check.h"
#include "spec/template_reader.h"

namespace partgen {
namespace {

Wording wordingOf(const TemplateReader& r, const tinyxml2::XMLElement& e) {
    return {requiredAttribute(e, "de", r.file(), r.diagnostics()),
            requiredAttribute(e, "en", r.file(), r.diagnostics())};
}

void readKind(const TemplateReader& r, const tinyxml2::XMLElement& e, WordingRules& rules) {
    Diagnostics& diag = r.diagnostics();
    checkAttributes(e, {"name", "de", "en"}, r.file(), diag);
    const std::string name = requiredAttribute(e, "name", r.file(), diag);
    const auto kind = kindFromName(name);
    if (!kind && !name.empty()) diag.error(r.at(e), "'" + name + "' is not a kind; expected one of " + kindNames());
    const Wording words = wordingOf(r, e);
    if (!kind) return;
    for (const auto& k : rules.kinds)
        if (k.kind == *kind) diag.error(r.at(e), "duplicate wording for the kind '" + name + "'");
    rules.kinds.push_back({*kind, words});
}

// A phrase uses only the values its text is given; a name that is no phrase has been
// reported already.
void checkPhrasePlaceholders(const std::string& name, const Wording& words, const SourceLocation& at,
                             Diagnostics& diag) {
    const PlaceholderSet* known = eplanPhrasePlaceholders(name);
    if (!known) return;
    checkPlaceholders(words.german, *known, "phrase '" + name + "'", at, diag);
    checkPlaceholders(words.english, *known, "phrase '" + name + "'", at, diag);
}

void readPhrase(const TemplateReader& r, const tinyxml2::XMLElement& e, WordingRules& rules) {
    Diagnostics& diag = r.diagnostics();
    checkAttributes(e, {"name", "de", "en"}, r.file(), diag);
    const std::string name = requiredAttribute(e, "name", r.file(), diag);
    const auto& known = requiredPhrases();
    if (!name.empty() && std::find(known.begin(), known.end(), name) == known.end())
        diag.error(r.at(e), "unknown phrase '" + name + "'");
    const Wording words = wordingOf(r, e);
    checkPhrasePlaceholders(name, words, r.at(e), diag);
    if (!rules.phrases.emplace(name, words).second) diag.error(r.at(e), "duplicate phrase '" + name + "'");
}

// Every kind has its words and every phrase is there, so generators never go without.
void checkComplete(const WordingRules& rules, const SourceLocation& at, Diagnostics& diag) {
    for (const Kind kind : allKinds()) {
        bool found = false;
        for (const auto& k : rules.kinds) found = found || k.kind == kind;
        if (!found) diag.error(at, "<wording> needs the words of the kind '" + std::string(kindName(kind)) + "'");
    }
    for (const auto& name : requiredPhrases())
        if (!rules.phrases.count(name)) diag.error(at, "<wording> needs the phrase '" + name + "'");
}

WordingRules readWording(const TemplateReader& r, const tinyxml2::XMLElement& root) {
    WordingRules rules;
    for (const auto* e = root.FirstChildElement(); e; e = e->NextSiblingElement()) {
        const std::string name = e->Name();
        if (name == "kind")
            readKind(r, *e, rules);
        else if (name == "phrase")
            readPhrase(r, *e, rules);
        else
            r.diagnostics().error(r.at(*e), "unknown element <" + name + "> in <wording>");
    }
    checkComplete(rules, r.at(root), r.diagnostics());
    return rules;
}

}  // namespace

const std::vector<std::string>& requiredPhrases() {
    static const std::vector<std::string> names{
        "poles",       "coding",           "connection-points", "cutout",
        "estimated",   "estimated-values", "estimated-cutout",  "estimated-marking",
        "counterparts", "derived-from",     "inherited-values",  "inherited"};
    return names;
}

const Wording& WordingRules::kind(Kind k) const {
    for (const auto& entry : kinds)
        if (entry.kind == k) return entry.words;
    throw std::logic_error("templates without the wording of kind " + std::string(kindName(k)));
}

const Wording& WordingRules::phrase(const std::string& name) const {
    const auto found = phrases.find(name);
    if (found == phrases.end()) throw std::logic_error("templates without the phrase " + name);
    return found->second;
}

const RuleFile& wordingRuleFile() {
    static const RuleFile file = ruleFileOf<WordingRules>(
        "wording.xml", "wording", [](const TemplateReader& r, const tinyxml2::XMLElement& root, WordingRules& words) {
            words = readWording(r, root);
        });
    return file;
}

}  // namespace partgen
