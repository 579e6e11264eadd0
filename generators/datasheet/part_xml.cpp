#include "datasheet/part_xml.h"

#include "model/variant_fields.h"
#include "model/xml_text.h"

namespace partgen {

std::string propertyXml(const std::string& name, const std::string& text) {
    return "<" + name + ">" + xmlEscape(text) + "</" + name + ">";
}

std::string approvalsXml(const Approvals& approvals, const std::string& indent) {
    std::string xml = indent + "<approvals>\n";
    for (const auto& a : approvals)
        xml += indent + "  <approval body=\"" + xmlEscape(a.body) + "\" standard=\"" + xmlEscape(a.standard) +
               "\" certificate=\"" + xmlEscape(a.certificate) + "\"/>\n";
    return xml + indent + "</approvals>\n";
}

std::string partXml(const ImportedPart& part, const std::string& indent) {
    std::string xml = indent + "<part number=\"" + xmlEscape(part.number) + "\">\n";
    const std::string inner = indent + "  ";
    Variant names;  // only for the order of the property names
    visitFields(names, [&](const char* name, auto&) {
        const auto it = part.values.find(name);
        if (std::string(name) == "approvals" && !part.approvals.empty()) xml += approvalsXml(part.approvals, inner);
        if (it == part.values.end()) return;
        if (part.damaged.count(name))
            xml += inner + "<!-- not imported, damaged in the text: " + xmlEscape(it->second.text) + " -->\n";
        else
            xml += inner + propertyXml(name, it->second.text) + "\n";
    });
    return xml + indent + "</part>\n";
}

}  // namespace partgen
