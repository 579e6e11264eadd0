#include "spec/family_reader.h"

#include <algorithm>
#include <charconv>
#include <set>
#include <utility>

#include "model/variant_fields.h"
#include "spec/diagnostics.h"
#include "spec/part_number.h"
#include "spec/placeholder_check.h"
#include "spec/quantity_text.h"
#include "spec/xml_file.h"

namespace partgen {
namespace {

using tinyxml2::XMLElement;

const std::set<std::string>& propertyNames() {
    static const std::set<std::string> names = [] {
        std::set<std::string> all;
        Variant probe;
        visitFields(probe, [&](const char* name, auto&) { all.insert(name); });
        return all;
    }();
    return names;
}

bool isAsciiLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// A letter followed by letters, digits or _: what an expression can name.
bool isIdentifier(const std::string& name) {
    if (name.empty() || !isAsciiLetter(name.front())) return false;
    return std::all_of(name.begin() + 1, name.end(),
                       [](char c) { return isAsciiLetter(c) || isAsciiDigit(c) || c == '_'; });
}

class FamilyReader {
public:
    FamilyReader(std::string file, Diagnostics& diagnostics) : file_(std::move(file)), diag_(diagnostics) {}

    RawFamily read(const XMLElement& root) {
        RawFamily raw;
        checkAttributes(root, {"id", "series", "format"}, file_, diag_);
        raw.family.id = requiredAttribute(root, "id", file_, diag_);
        raw.family.series = requiredAttribute(root, "series", file_, diag_);
        raw.family.at = locationOf(root, file_);
        checkName(familyIdProblem(raw.family.id), raw.family.at);
        checkName(seriesNameProblem(raw.family.series), raw.family.at);
        const char* format = root.Attribute("format");
        if (format && std::string(format) != "1")
            diag_.error(raw.family.at,
                        std::string("format=\"") + format + "\" is not known; this partgen reads format 1");
        for (const auto* e = root.FirstChildElement(); e; e = e->NextSiblingElement()) {
            const std::string name = e->Name();
            if ((name == "manufacturer" || name == "parameters" || name == "defaults") &&
                !sections_.insert(name).second)
                diag_.error(locationOf(*e, file_), "<" + name + "> may appear only once in <family>");
            readSection(*e, raw);
        }
        if (raw.family.manufacturer.shortName.empty())
            diag_.error(raw.family.at, "<family> needs a <manufacturer> with a short-name");
        return raw;
    }

private:
    void readSection(const XMLElement& e, RawFamily& raw) {
        const std::string name = e.Name();
        if (name == "manufacturer") return readManufacturer(e, raw.family.manufacturer);
        if (name == "parameters") return readParameters(e, raw.params);
        if (name == "defaults") {
            checkAttributes(e, {}, file_, diag_);
            return readProps(e, raw.defaults, seriesValuePlaceholders());  // series products inherit them
        }
        if (name == "part" || name == "variant") return raw.parts.push_back(readPart(e, name == "variant"));
        if (name == "series") return raw.series.push_back(readSeries(e));
        diag_.error(locationOf(e, file_), "unknown element <" + name +
                                              "> in <family>; expected manufacturer, parameters, defaults, part, "
                                              "variant or series");
    }

    void readManufacturer(const XMLElement& e, Manufacturer& m) {
        checkAttributes(e, {"short-name", "name", "street", "postcode", "city", "country", "phone", "email", "web"},
                        file_, diag_);
        m.shortName = requiredAttribute(e, "short-name", file_, diag_);
        m.name = requiredAttribute(e, "name", file_, diag_);
        const auto optional = [&](const char* key) { return std::string(e.Attribute(key) ? e.Attribute(key) : ""); };
        m.street = optional("street");
        m.postcode = optional("postcode");
        m.city = optional("city");
        m.country = optional("country");
        m.phone = optional("phone");
        m.email = optional("email");
        m.web = optional("web");
    }

    void readParameters(const XMLElement& section, RawProps& params) {
        checkAttributes(section, {}, file_, diag_);
        for (const auto* e = section.FirstChildElement(); e; e = e->NextSiblingElement()) {
            if (std::string(e->Name()) != "param") {
                diag_.error(locationOf(*e, file_), std::string("unknown element <") + e->Name() + "> in <parameters>");
                continue;
            }
            checkAttributes(*e, {"name", "source"}, file_, diag_);
            RawValue value = readRawValue(*e, file_, diag_);
            const std::string name = requiredAttribute(*e, "name", file_, diag_);
            value.attributes.clear();
            value.name = name;
            if (!name.empty() && checkParameter(name, value)) insertUnique(params, std::move(value), "parameter");
        }
    }

    void checkName(const std::string& problem, const SourceLocation& at) {
        if (!problem.empty()) diag_.error(at, problem);
    }

    bool checkParameter(const std::string& name, const RawValue& value) {
        if (!isIdentifier(name)) {
            diag_.error(value.at, "parameter name '" + name + "' must be a letter followed by letters, digits or _");
            return false;
        }
        std::string dashed = name;
        std::replace(dashed.begin(), dashed.end(), '_', '-');
        if (isPropertyName(dashed)) {
            diag_.error(value.at, "parameter '" + name + "' has the name of a property, which it would hide");
            return false;
        }
        std::string error;
        if (!value.isExpression() && !parseLooseNumber(value.text, error)) {
            diag_.error(value.at, "parameter '" + name + "': " + error);
            return false;
        }
        return true;
    }

    RawPart readPart(const XMLElement& e, bool isVariant) {
        RawPart part;
        checkAttributes(e,
                        isVariant ? std::initializer_list<const char*>{"number", "of"}
                                  : std::initializer_list<const char*>{"number"},
                        file_, diag_);
        part.number = requiredAttribute(e, "number", file_, diag_);
        if (isVariant) part.of = requiredAttribute(e, "of", file_, diag_);
        part.at = locationOf(e, file_);
        readProps(e, part.props, partValuePlaceholders());
        return part;
    }

    RawSeries readSeries(const XMLElement& e) {
        RawSeries series;
        checkAttributes(e, {"number", "poles", "derived-from"}, file_, diag_);
        series.pattern = requiredAttribute(e, "number", file_, diag_);
        if (const char* base = e.Attribute("derived-from")) series.derivedFrom = base;
        series.at = locationOf(e, file_);
        if (!series.pattern.empty() && series.pattern.find("{poles}") == std::string::npos)
            diag_.error(series.at, "series number '" + series.pattern +
                                       "' must contain {poles}, or every product would get the same number");
        checkPlaceholders(series.pattern, seriesNumberPlaceholders(), "series number", series.at, diag_);
        readPoleRange(requiredAttribute(e, "poles", file_, diag_), series);
        if (series.pattern.find("{poles}") == std::string::npos) series.polesFrom = series.polesTo = 0;
        readProps(e, series.props, seriesValuePlaceholders());
        if (const auto poles = series.props.find("poles"); poles != series.props.end())
            diag_.error(poles->second.at, "a series sets <poles> itself from its poles=\"FROM..TO\"; remove <poles>");
        return series;
    }

    void readPoleRange(const std::string& text, RawSeries& series) {
        if (text.empty()) return;
        const auto dots = text.find("..");
        const auto parse = [](std::string_view s, int& out) {
            const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
            return r.ec == std::errc() && r.ptr == s.data() + s.size();
        };
        const std::string_view view(text);
        const bool ok = dots != std::string::npos && parse(view.substr(0, dots), series.polesFrom) &&
                        parse(view.substr(dots + 2), series.polesTo);
        if (!ok || series.polesFrom < 1 || series.polesTo < series.polesFrom || series.polesTo > maxSeriesPoles) {
            diag_.error(series.at, "series poles=\"" + text + "\" is not a range FROM..TO with 1 <= FROM <= TO <= " +
                                       std::to_string(maxSeriesPoles));
            series.polesFrom = series.polesTo = 0;
        }
    }

    // `placeholders`: the names the values may use, by where they are inherited.
    void readProps(const XMLElement& parent, RawProps& props, const PlaceholderSet& placeholders) {
        for (const auto* e = parent.FirstChildElement(); e; e = e->NextSiblingElement()) {
            const std::string name = e->Name();
            if (!isPropertyName(name)) {
                diag_.error(locationOf(*e, file_), "unknown element <" + name + "> in <" + parent.Name() +
                                                       ">; see the property list in "
                                                       "docs/spec-format.md");
                continue;
            }
            RawValue value = readRawValue(*e, file_, diag_);
            checkPlaceholders(value, placeholders, diag_);
            insertUnique(props, std::move(value), "property");
        }
    }

    void insertUnique(RawProps& props, RawValue value, const char* what) {
        const auto [it, inserted] = props.emplace(value.name, value);
        if (!inserted)
            diag_.error(value.at, std::string("duplicate ") + what + " '" + value.name + "' (first given on line " +
                                      std::to_string(it->second.at.line) + ")");
    }

    std::string file_;
    Diagnostics& diag_;
    std::set<std::string> sections_;
};

}  // namespace

bool isPropertyName(const std::string& name) { return propertyNames().count(name) > 0; }

std::optional<RawFamily> readFamilyFile(const std::filesystem::path& path, const std::string& displayName,
                                        Diagnostics& diagnostics) {
    tinyxml2::XMLDocument doc;
    const auto* root = loadRoot(doc, path, displayName, "family", diagnostics);
    if (!root) return std::nullopt;
    return FamilyReader(displayName, diagnostics).read(*root);
}

}  // namespace partgen
