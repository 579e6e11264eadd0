#include "kicad/kicad_names.h"

#include <cctype>

#include "model/decimal.h"
#include "text/strings.h"

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

std::string expand(const std::string& pattern, const Variant* v, const Family& family) {
    std::string name = pattern;
    replaceAll(name, "{manufacturer}", family.manufacturer.shortName);
    replaceAll(name, "{series}", family.series);
    if (v) {
        const int poles = v->poles.has() ? *v->poles : 0;
        replaceAll(name, "{number}", v->fileStem);
        replaceAll(name, "{poles}", std::to_string(poles));
        replaceAll(name, "{poles2}", (poles < 10 ? "0" : "") + std::to_string(poles));
        replaceAll(name, "{pitch}", v->pitch.has() ? twoDecimals(*v->pitch) : "");
        replaceAll(name, "{mount}", v->kind.has() && isPanelMount(*v->kind) ? "SnapIn" : "");
    }
    return safeName(name);
}

}  // namespace

std::string kicadLibraryName(const Family& family, const KicadRules& rules) {
    return expand(*rules.libraryName, nullptr, family);
}

std::string kicadSymbolName(const Variant& v, const Family& family, const KicadRules& rules) {
    return expand(*rules.symbolName, &v, family);
}

std::string kicadFootprintName(const Variant& v, const Family& family, const KicadRules& rules) {
    return expand(*rules.footprintName, &v, family);
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
