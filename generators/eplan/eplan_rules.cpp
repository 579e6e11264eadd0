#include "eplan/eplan_rules.h"

#include <set>

#include "model/variant_fields.h"
#include "spec/placeholder_check.h"
#include "spec/template_reader.h"

namespace partgen {

template <class F>
void visitFields(EplanRules& r, F&& f) {
    f("product-top-group", r.productTopGroup);
    f("product-group", r.productGroup);
    f("product-sub-group", r.productSubGroup);
    f("part-number", r.partNumber);
}

namespace {

std::set<std::string> specFieldNames() {
    std::set<std::string> names;
    const Variant none;
    visitFields(none, [&](const char* name, const auto&) { names.insert(name); });
    return names;
}

bool readFreeProperty(const TemplateReader& r, const tinyxml2::XMLElement& e, std::vector<FreePropertyRule>& rules) {
    if (std::string(e.Name()) != "free-property") return false;
    Diagnostics& diag = r.diagnostics();
    checkAttributes(e, {"field", "de", "en"}, r.file(), diag);
    const std::string field = requiredAttribute(e, "field", r.file(), diag);
    static const std::set<std::string> fields = specFieldNames();
    if (!field.empty() && !fields.count(field))
        diag.error(r.at(e), "free-property field '" + field + "' is not a part property");
    for (const auto& rule : rules)
        if (rule.field == field) diag.error(r.at(e), "duplicate free-property field '" + field + "'");
    rules.push_back({field, {requiredAttribute(e, "de", r.file(), diag), requiredAttribute(e, "en", r.file(), diag)}});
    return true;
}

void checkEplanPlaceholders(const EplanRules& r, Diagnostics& diag) {
    checkPlaceholders(r.partNumber, eplanPartNumberPlaceholders(), "part-number", diag);
}

void readEplanFile(const TemplateReader& r, const tinyxml2::XMLElement& root, EplanRules& eplan) {
    r.readSettings(root, eplan,
                   [&](const tinyxml2::XMLElement& e) { return readFreeProperty(r, e, eplan.freeProperties); });
    checkEplanPlaceholders(eplan, r.diagnostics());
}

}  // namespace

const RuleFile& eplanRuleFile() {
    static const RuleFile file = ruleFileOf<EplanRules>("eplan.xml", "eplan", readEplanFile);
    return file;
}

}  // namespace partgen
