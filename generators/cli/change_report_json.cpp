#include "cli/change_report_json.h"

#include <cstdio>

namespace partgen::cli {
namespace {

std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(c));
            out += escape;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

std::string field(const char* name, const std::string& json) { return quoted(name) + ": " + json; }

std::string number(std::size_t n) { return std::to_string(n); }

// "FILE:LINE" as {"file": ..., "line": ...}; null when there is none.
std::string location(const std::string& at) {
    const auto colon = at.rfind(':');
    if (at.empty() || colon == std::string::npos) return "null";
    return "{" + field("file", quoted(at.substr(0, colon))) + ", " + field("line", at.substr(colon + 1)) + "}";
}

std::string source(const std::optional<Provenance>& p) { return p ? quoted(std::string(provenanceName(*p))) : "null"; }

std::string valueJson(const ValueChange& v) {
    return "{" + field("field", quoted(v.field)) + ", " + field("before", v.beforeSource ? quoted(v.before) : "null") +
           ", " + field("beforeSource", source(v.beforeSource)) + ", " +
           field("after", v.afterSource ? quoted(v.after) : "null") + ", " +
           field("afterSource", source(v.afterSource)) + ", " + field("at", location(v.at)) + "}";
}

const char* kindName(ProductChange::Kind kind) {
    switch (kind) {
        case ProductChange::Kind::added:
            return "added";
        case ProductChange::Kind::removed:
            return "removed";
        case ProductChange::Kind::changed:
            break;
    }
    return "changed";
}

std::string productJson(const ProductChange& p) {
    std::string json = "{" + field("number", quoted(p.number)) + ", " + field("change", quoted(kindName(p.kind)));
    if (p.kind == ProductChange::Kind::changed) {
        std::string values;
        for (const auto& v : p.values) values += (values.empty() ? "" : ",\n          ") + valueJson(v);
        json += ", " + field("values", "[\n          " + values + "]");
    } else {
        json += ", " + field("origin", quoted(p.origin)) + ", " + field("at", location(p.at));
    }
    return json + ", " + field("files", number(p.files)) + "}";
}

std::string countsJson(const std::map<std::string, FileCounts>& byFormat) {
    std::string json;
    for (const auto& [format, n] : byFormat)
        json += std::string(json.empty() ? "" : ", ") + quoted(format) + ": {" + field("created", number(n.created)) +
                ", " + field("changed", number(n.changed)) + ", " + field("removed", number(n.removed)) + "}";
    return "{" + json + "}";
}

std::string familyJson(const FamilyChanges& f) {
    std::string products;
    for (const auto& p : f.products) products += (products.empty() ? "\n      " : ",\n      ") + productJson(p);
    return "{" + field("id", quoted(f.id)) + ",\n     " + field("products", "[" + products + "]") + ",\n     " +
           field("formats", countsJson(f.byFormat)) + "}";
}

const char* previousName(ChangeReport::Previous p) {
    switch (p) {
        case ChangeReport::Previous::none:
            return "none";
        case ChangeReport::Previous::fromOlderPartgen:
            return "older-partgen";
        case ChangeReport::Previous::unreadable:
            return "unreadable";
        case ChangeReport::Previous::compared:
            break;
    }
    return "compared";
}

}  // namespace

std::string changeReportJson(const GenerateReport& report, bool check) {
    const ChangeReport& changes = report.valueChanges;
    std::string families;
    for (const auto& f : changes.families) families += (families.empty() ? "\n    " : ",\n    ") + familyJson(f);
    std::string json = "{\n";
    json += "  " + field("schema", quoted(changeReportSchema)) + ",\n";
    json += "  " + field("check", check ? "true" : "false") + ",\n";
    json += "  " + field("previous", quoted(previousName(changes.previous))) + ",\n";
    json += "  " + field("note", quoted(changes.note)) + ",\n";
    json += "  " + field("variants", number(report.variants)) + ",\n";
    json += "  " +
            field("files", "{" + field("written", number(report.written)) + ", " +
                               field("unchanged", number(report.unchanged)) + ", " +
                               field("removed", number(report.removed)) + "}") +
            ",\n";
    json += "  " + field("families", "[" + families + "]") + ",\n";
    json += "  " + field("catalog", "{" + field("formats", countsJson(changes.catalogFiles)) + "}") + "\n";
    return json + "}\n";
}

}  // namespace partgen::cli
