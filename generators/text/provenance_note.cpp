#include "text/provenance_note.h"

#include <algorithm>

#include "model/variant_fields.h"
#include "text/value_text.h"

namespace partgen {
namespace {

// "a, b and c".
std::string listed(const std::vector<std::string>& things) {
    std::string text;
    for (std::size_t i = 0; i < things.size(); ++i)
        text += (i == 0 ? "" : i + 1 == things.size() ? " and " : ", ") + things[i];
    return text;
}

// The fields in words, each once: the three cutout values read as one "cutout size".
std::vector<std::string> inWords(const Variant& v, const std::vector<std::string>& fields) {
    std::vector<std::string> words;
    for (const auto& field : fields) {
        std::string word = fieldInWords(v, field);
        if (std::find(words.begin(), words.end(), word) == words.end()) words.push_back(std::move(word));
    }
    return words;
}

std::string capitalised(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

}  // namespace

std::vector<std::string> fieldsWith(const Variant& v, Provenance p) {
    std::vector<std::string> names;
    visitFields(v, [&](const char* name, const auto& field) {
        if (field.has() && field.source == p) names.push_back(name);
    });
    return names;
}

std::string fieldInWords(const Variant& v, const std::string& field) {
    if (field.rfind("cutout-", 0) == 0 && field != "cutout-tolerance") return "cutout size";
    if (field == "marking" && v.marking.has()) return "pole marking (" + valueText(*v.marking) + ")";
    if (field == "eclass" || field == "etim" || field == "gtin") {
        std::string upper = field;
        for (char& c : upper) c = static_cast<char>(c - 'a' + 'A');
        return upper;
    }
    std::string words = field;
    std::replace(words.begin(), words.end(), '-', ' ');
    return words;
}

std::string derivedNote(const Variant& v) {
    if (v.origin != Origin::series) return "";
    if (v.basePart.empty()) return " Derived by pole count from a series rule; no datasheet of its own.";
    const std::string source = v.baseDatasheetUrl.empty() ? "" : " (datasheet " + v.baseDatasheetUrl + ")";
    return " Derived from " + v.basePart + source + " by pole count; no datasheet of its own.";
}

std::string inheritedNote(const Variant& v, const std::vector<std::string>& fields) {
    std::vector<std::string> inherited;
    for (auto& name : fieldsWith(v, Provenance::inherited))
        if (fields.empty() || std::find(fields.begin(), fields.end(), name) != fields.end()) inherited.push_back(name);
    const auto words = inWords(v, inherited);
    if (words.empty()) return "";
    const std::string from = v.basePart.empty() ? "the part it varies" : v.basePart;
    return " Not in its own datasheet, inherited from " + from + ": " + listed(words) + ".";
}

std::string estimatedNote(const Variant& v) {
    const auto words = inWords(v, fieldsWith(v, Provenance::estimated));
    if (words.empty()) return "";
    return " " + capitalised(listed(words)) + " estimated, not from the datasheet.";
}

std::string provenanceNote(const Variant& v) { return derivedNote(v) + inheritedNote(v) + estimatedNote(v); }

std::string ownDatasheetUrl(const Variant& v) {
    if (!v.datasheetUrl.has() || v.datasheetUrl.source > Provenance::drawing) return "";
    return *v.datasheetUrl;
}

}  // namespace partgen
