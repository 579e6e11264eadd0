#include "kicad/kicad_names.h"

#include <cctype>

#include "model/decimal.h"
#include "text/placeholders.h"

namespace partgen {
namespace {

std::string twoDecimals(Length l) {
    std::string text = formatUnits(l, 2);
    const auto point = text.find('.');
    if (point == std::string::npos) return text + ".00";
    return text + std::string(2 - (text.size() - point - 1), '0');
}

std::string safeName(std::string name) {
    for (char& c : name)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-' && c != '.' && c != ',' && c != '+')
            c = '_';
    while (!name.empty() && name.back() == '_') name.pop_back();  // an empty last field, e.g. {mount}
    return name;
}

PlaceholderValues familyValues(const Family& family) {
    return {{placeholder::manufacturer, family.manufacturer.shortName}, {placeholder::series, family.series}};
}

std::string mountWord(const Variant& v, const KicadRules& rules) {
    const auto found = v.kind.has() ? rules.mountWords.find(*v.kind) : rules.mountWords.end();
    return found == rules.mountWords.end() ? "" : found->second;
}

PlaceholderValues variantValues(const Variant& v, const Family& family, const KicadRules& rules) {
    const int poles = v.poles.has() ? *v.poles : 0;
    PlaceholderValues values = familyValues(family);
    values.push_back({placeholder::number, v.number});
    values.push_back({placeholder::fileNumber, v.fileStem});
    values.push_back({placeholder::poles, std::to_string(poles)});
    values.push_back({placeholder::poles2, (poles < 10 ? "0" : "") + std::to_string(poles)});
    values.push_back({placeholder::pitch, v.pitch.has() ? twoDecimals(*v.pitch) : ""});
    values.push_back({placeholder::mount, mountWord(v, rules)});
    return values;
}

}  // namespace

std::string kicadLibraryName(const Family& family, const KicadRules& rules) {
    return safeName(expandPlaceholders(*rules.libraryName, familyValues(family)));
}

std::string kicadSymbolName(const Variant& v, const Family& family, const KicadRules& rules) {
    return safeName(expandPlaceholders(*rules.symbolName, variantValues(v, family, rules)));
}

std::string kicadFootprintName(const Variant& v, const Family& family, const KicadRules& rules) {
    return safeName(expandPlaceholders(*rules.footprintName, variantValues(v, family, rules)));
}

std::string kicadCutoutSymbolName(const Variant& v, const Family& family, const KicadRules& rules) {
    return safeName(expandPlaceholders(*rules.cutoutSymbolName, variantValues(v, family, rules)));
}

std::string kicadModelReference(const Variant& v, const Family& family, const KicadRules& rules) {
    return *rules.modelFolder + "/" + kicadLibraryName(family, rules) + ".3dshapes/" +
           kicadFootprintName(v, family, rules) + ".step";
}

std::string kicadModelStem(const Variant& v, const Family& family, const KicadRules& rules) {
    return "kicad/" + kicadLibraryName(family, rules) + ".3dshapes/" + kicadFootprintName(v, family, rules);
}

std::string kicadFootprintFilter(const Variant& v, const Family& family) {
    std::string number = v.number;
    for (char& c : number)
        if (c == '-' || c == '_' || c == '/') c = '?';
    return safeName(family.manufacturer.shortName) + "*" + number + "*";
}

}  // namespace partgen
