#include "cli/change_report_text.h"

#include <ostream>

#include "text/change_words.h"

namespace partgen::cli {
namespace {

std::string sideText(const std::string& text, const std::optional<Provenance>& source) {
    return source ? text : "none";
}

// "depth 37.5 mm -> 36 mm (datasheet, parts/wago-winsta-midi.xml:68)"; the old provenance
// only when it differs, as a value that stops being estimated is news of its own.
std::string changeText(const ValueChange& v) {
    std::string text = v.field + " " + sideText(v.before, v.beforeSource);
    if (v.beforeSource && v.afterSource && *v.beforeSource != *v.afterSource)
        text += " (" + std::string(provenanceName(*v.beforeSource)) + ")";
    text += " -> " + sideText(v.after, v.afterSource);
    if (v.afterSource) text += " (" + std::string(provenanceName(*v.afterSource)) + ", " + v.at + ")";
    return text;
}

std::string originText(const ProductChange& p) { return originWords(p.origin) + ", " + p.at; }

void printFamily(const FamilyChanges& family, std::ostream& out) {
    out << family.id << ":\n";
    for (const auto& product : family.products) out << "  " << productLine(product) << "\n";
    if (!family.byFormat.empty()) out << "  files: " << formatCountsText(family.byFormat) << "\n";
}

}  // namespace

std::string productLine(const ProductChange& p) {
    switch (p.kind) {
        case ProductChange::Kind::added:
            return "added " + p.number + " (" + originText(p) + "); " + fileCountText(p.files, "created");
        case ProductChange::Kind::removed:
            return "removed " + p.number + " (" + originText(p) + "); " + fileCountText(p.files, "removed");
        case ProductChange::Kind::changed:
            break;
    }
    std::string line = p.number + ": ";
    for (const auto& v : p.values) line += changeText(v) + "; ";
    return line + fileCountText(p.files, "changed");
}

void printChangeReport(const ChangeReport& report, const std::string& outDir, std::ostream& out) {
    switch (report.previous) {
        case ChangeReport::Previous::none:
            out << "partgen: no change report: " << outDir << " has no value record yet (a first run)\n";
            return;
        case ChangeReport::Previous::fromOlderPartgen:
            out << "partgen: no change report: " << outDir << " has no value record (an older partgen wrote it)\n";
            return;
        case ChangeReport::Previous::unreadable:
            out << "partgen: no change report: " << report.note << "\n";
            return;
        case ChangeReport::Previous::compared:
            break;
    }
    for (const auto& family : report.families) printFamily(family, out);
    if (!report.catalogFiles.empty()) out << "catalog files: " << formatCountsText(report.catalogFiles) << "\n";
}

}  // namespace partgen::cli
