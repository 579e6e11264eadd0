#include "resolved/resolved_writer.h"

#include "model/enum_table.h"
#include "model/variant_fields.h"
#include "model/xml_text.h"
#include "text/value_text.h"

namespace partgen {
namespace {

constexpr EnumTable<Origin, 3> origins{{{
    {Origin::part, "part"},
    {Origin::variant, "variant"},
    {Origin::series, "series"},
}}};

std::string attribute(const char* name, const std::string& value) {
    return std::string(" ") + name + "=\"" + xmlEscape(value) + "\"";
}

std::string approvalsXml(const Approvals& approvals) {
    std::string xml;
    for (const auto& a : approvals)
        xml += "    <approval" + attribute("body", a.body) + attribute("standard", a.standard) +
               attribute("certificate", a.certificate) + "/>\n";
    return xml;
}

template <class T>
std::string propertyXml(const char* name, const Sourced<T>& field) {
    const std::string open = std::string("  <") + name + attribute("source", std::string(provenanceName(field.source)));
    if constexpr (std::is_same_v<T, Approvals>)
        return open + ">\n" + approvalsXml(*field) + "  </" + name + ">\n";
    else
        return open + ">" + xmlEscape(valueText(*field)) + "</" + name + ">\n";
}

}  // namespace

Document writeResolved(const Variant& v, const Family& family) {
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    xml += "<resolved-part" + attribute("number", v.number) + attribute("family", family.id) +
           attribute("series", family.series) + attribute("manufacturer", family.manufacturer.shortName) +
           attribute("origin", std::string(origins.name(v.origin)));
    if (!v.basePart.empty()) xml += attribute("base", v.basePart);
    xml += ">\n";
    visitFields(v, [&](const char* name, const auto& field) {
        if (field.has()) xml += propertyXml(name, field);
    });
    xml += "</resolved-part>\n";
    return {"resolved/" + v.fileStem + ".xml", xml};
}

}  // namespace partgen
