#include "review/value_table.h"

#include "model/variant_fields.h"
#include "model/xml_text.h"
#include "text/value_text.h"

namespace partgen {
namespace {

// A letter for the style's colour: a badge is repeated in every value table and group
// heading, the style once per page.
char badgeClass(Provenance p) {
    switch (p) {
        case Provenance::datasheet:
            return 's';
        case Provenance::drawing:
            return 'w';
        case Provenance::inherited:
            return 'n';
        case Provenance::derived:
            return 'd';
        case Provenance::estimated:
            return 'e';
    }
    return 'e';
}

std::string badge(Provenance p) {
    return std::string("<i class=") + badgeClass(p) + ">" + std::string(provenanceName(p)) + "</i>";
}

std::string row(const char* name, const std::string& value, Provenance source, const SourceLocation& at) {
    return "<tr><th>" + xmlEscape(name) + "</th><td>" + xmlEscape(value) + "</td><td>" + badge(source) + "</td><td>" +
           xmlEscape(specLine(at)) + "</td></tr>\n";
}

}  // namespace

std::string specLine(const SourceLocation& at) {
    const std::string& file = at.file;
    return file.substr(file.rfind('/') + 1) + ":" + std::to_string(at.line);
}

std::string valueTableRows(const Variant& v) {
    std::string rows;
    visitFields(v, [&](const char* name, const auto& field) {
        if (field.has()) rows += row(name, valueText(*field), field.source, field.at);
    });
    return rows;
}

std::set<Provenance> provenancesOf(const Variant& v) {
    std::set<Provenance> found;
    visitFields(v, [&](const char*, const auto& field) {
        if (field.has()) found.insert(field.source);
    });
    return found;
}

std::string provenanceBadges(const std::set<Provenance>& provenances) {
    std::string badges;
    for (const Provenance p : provenances) badges += (badges.empty() ? "" : " ") + badge(p);
    return badges;
}

std::string provenanceLegend() {
    return provenanceBadges({Provenance::datasheet, Provenance::drawing, Provenance::inherited, Provenance::derived,
                             Provenance::estimated});
}

}  // namespace partgen
