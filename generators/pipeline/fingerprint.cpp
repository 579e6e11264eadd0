#include "pipeline/fingerprint.h"

#include "pipeline/inputs.h"
#include "pipeline/value_record.h"

namespace partgen {
namespace {

// Each part is preceded by its length, so no two different inputs run together alike.
void addPart(std::string& all, const std::string& part) { all += std::to_string(part.size()) + ":" + part; }

void addLocation(std::string& all, const SourceLocation& at) {
    addPart(all, at.file.str());
    addPart(all, std::to_string(at.line));
}

void addFamily(std::string& all, const Family& f) {
    const Manufacturer& m = f.manufacturer;
    for (const std::string* text : {&f.id, &f.series, &m.shortName, &m.name, &m.street, &m.postcode, &m.city,
                                    &m.country, &m.phone, &m.email, &m.web})
        addPart(all, *text);
    addLocation(all, f.at);
}

}  // namespace

std::string fingerprintText(const Variant& v, const Family& family) {
    std::string all;
    // The value row holds number, family, origin, spec file and line and every field's
    // provenance and text, which reads back as the same value; the locations say where
    // each value is written, which the outputs quote.
    for (const std::string& cell : valueRow(v).cells) addPart(all, cell);
    for (const std::string& location : valueLocations(v)) addPart(all, location);
    for (const std::string* text : {&v.fileStem, &v.basePart, &v.baseDatasheetUrl}) addPart(all, *text);
    addFamily(all, family);
    return all;
}

std::string variantFingerprint(const Variant& v, const Family& family) { return hexSha1(fingerprintText(v, family)); }

std::string formatFingerprint(const Format& format, const FormatSettings& settings, const std::string& rulesDigest) {
    if (rulesDigest.empty()) return "";
    std::string all;
    addPart(all, rulesDigest);
    addPart(all, format.name);
    for (const FormatOption& option : format.options) {
        addPart(all, option.name);
        const auto chosen = settings.find(option.name);
        addPart(all, chosen == settings.end() ? std::string() : chosen->second);
    }
    return hexSha1(all);
}

std::string combinedFingerprint(const std::string& variant, const std::string& format) {
    if (variant.empty() || format.empty()) return "";
    // Both are digests already: 96 bits of the variant's and 64 of the format's keep a
    // chance match out of reach without digesting them again for every file of a catalog.
    return variant.substr(0, 24) + format.substr(0, 16);
}

}  // namespace partgen
