#include "datasheet/merge.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>

#include "datasheet/part_xml.h"
#include "datasheet/xml_edit.h"
#include "model/variant_fields.h"
#include "model/xml_text.h"
#include "spec/build_variant.h"
#include "spec/family_reader.h"
#include "spec/file_bytes.h"
#include "spec/load.h"
#include "text/strings.h"
#include "text/value_text.h"

namespace partgen {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::string indentOf(const std::string& line) { return line.substr(0, line.find_first_not_of(" \t")); }

// Whether the datasheet's value says the same as the spec's. A change of capitals is no
// change, and a conductor range the text gives without AWG does not remove the AWG.
template <class T>
bool sameValue(const Sourced<T>& imported, const Sourced<T>& existing) {
    if (!existing.has()) return false;
    if constexpr (std::is_same_v<T, std::string>) {
        return lowercase(*imported) == lowercase(*existing);
    } else if constexpr (std::is_same_v<T, ConductorRange>) {
        return imported->section == existing->section && (imported->awg.empty() || imported->awg == existing->awg);
    } else {
        return *imported == *existing;
    }
}

// Replaces the characters [begin, end) of the family file; an insertion has begin == end.
struct Edit {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string text;
    int order = 0;  // insertions at one place keep the order they were planned in
};

class Merger {
public:
    Merger(const ImportedPart& part, fs::path file, fs::path templates, MergeOptions options, Diagnostics& diag)
        : part_(part),
          file_(std::move(file)),
          templates_(std::move(templates)),
          options_(std::move(options)),
          diag_(diag) {}

    MergeResult run() {
        text_ = readFileBytes(file_).value_or("");
        lines_ = splitLines(text_);
        const LoadedSpec spec = loadSpecFiles({file_}, templates_);
        if (spec.diagnostics.hasErrors()) {
            diag_.error({options_.familyName, 0}, "the family file has errors; run partgen check and fix them first");
            return {};
        }
        Diagnostics ignored;
        const auto raw = readFamilyFile(file_, file_.generic_string(), ignored);
        const RawPart* target = nullptr;
        for (const auto& p : raw->parts)
            if (p.number == part_.number) target = &p;
        std::optional<Variant> existing = spec.variantNumbered(part_.number);
        if (existing && existing->origin == Origin::series) existing.reset();
        if (!target || !existing) {
            if (!addPart(*raw)) return {};
        } else {
            updatePart(*target, *existing, *raw);
        }
        if (refused_) return {};
        MergeResult result{applyEdits(), changes_, true};
        result.ok = validates(result.text);
        return result;
    }

private:
    int familyEndLine() const {
        for (int i = static_cast<int>(lines_.size()) - 1; i >= 0; --i)
            if (lines_[i].find("</family>") != std::string::npos) return i + 1;
        return static_cast<int>(lines_.size());
    }

    bool addPart(const RawFamily& family) {
        const int familyEnd = familyEndLine();
        std::string xml = partXml(part_);
        if (needsEstimatedCutout()) {
            const std::string estimate = estimatedCutout(family);
            if (estimate.empty()) {
                diag_.error({options_.familyName, familyEnd},
                            part_.number + ": a " + part_.values.at("kind").text +
                                " needs cutout-width, cutout-height and cutout-radius; the text gives none and no "
                                "series rule of the family estimates them");
                return false;
            }
            xml.insert(xml.rfind("  </part>"), estimate);
        }
        insertBeforeLine(familyEnd, xml);
        changes_.push_back("new part " + part_.number);
        return true;
    }

    // A panel-mount part is cut into a panel: without its cutout it is no valid part.
    bool needsEstimatedCutout() const {
        const auto kind = part_.values.find("kind");
        return kind != part_.values.end() && kind->second.text.rfind("snap-in", 0) == 0 &&
               !part_.values.count("cutout-width");
    }

    // The cutout of the family's series rule for the same kind, every value marked
    // estimated; empty when no series rule has one.
    std::string estimatedCutout(const RawFamily& family) {
        const std::string& kind = part_.values.at("kind").text;
        for (const auto& series : family.series) {
            const auto seriesKind = series.props.find("kind");
            if (seriesKind == series.props.end() || seriesKind->second.text != kind) continue;
            std::string xml = "    <!-- not in the datasheet text: the series rule's estimate -->\n";
            for (const char* name : {"cutout-width", "cutout-height", "cutout-radius", "cutout-tolerance"}) {
                const auto value = series.props.find(name);
                if (value == series.props.end() || part_.values.count(name)) continue;
                xml += "    <" + std::string(name) + " source=\"estimated\">" + xmlEscape(value->second.text) + "</" +
                       name + ">\n";
            }
            diag_.warning({part_.file, part_.numberLine},
                          part_.number + ": no cutout in the text; the estimate of the series rule at " +
                              options_.familyName + ":" + std::to_string(series.at.line) +
                              " is written, marked estimated");
            return xml;
        }
        return {};
    }

    Variant importedVariant(const RawFamily& family) {
        ResolvedEntry entry;
        entry.number = part_.number;
        entry.family = &family;
        for (const auto& [name, value] : part_.values) {
            if (part_.damaged.count(name)) continue;
            RawValue raw;
            raw.name = name;
            raw.text = value.text;
            raw.at = {part_.file, value.line};
            entry.props[name] = raw;
        }
        Diagnostics problems;
        Variant v = buildVariant(entry, problems).variant;
        if (!part_.approvals.empty())
            v.approvals.set(part_.approvals, Provenance::datasheet, {part_.file, part_.approvalsLine});
        for (const auto& d : problems.sorted()) diag_.warning(d.at, "not imported: " + d.message);
        return v;
    }

    void updatePart(const RawPart& target, const Variant& existing, const RawFamily& family) {
        const Variant imported = importedVariant(family);
        const int close = closingLine(target);
        const std::string indent = indentOf(lines_[target.at.line - 1]) + "  ";
        // Walk both variants' fields side by side, in the spec's order.
        std::map<std::string, std::string> oldTexts;
        visitFields(existing, [&](const char* name, const auto& field) {
            if (field.has())
                oldTexts[name] = valueText(*field) + (field.source == Provenance::estimated ? " (estimated)" : "");
        });
        Variant probe = existing;
        visitFields(probe, [&](const char* name, auto& field) {
            using Field = std::decay_t<decltype(field)>;
            const Field* mine = nullptr;
            visitFields(imported, [&](const char* n, const auto& f) {
                if constexpr (std::is_same_v<std::decay_t<decltype(f)>, Field>)
                    if (std::string(n) == name) mine = &f;
            });
            // A value the text states replaces an estimate, even an equal one: it is a fact now.
            const bool estimated = field.has() && field.source == Provenance::estimated;
            if (!mine || !mine->has() || (sameValue(*mine, field) && !estimated)) return;
            const std::string newText =
                std::string(name) == "approvals" ? valueText(part_.approvals) : part_.values.at(name).text;
            const auto old = oldTexts.find(name);
            const std::string change =
                std::string(name) + ": " + (old == oldTexts.end() ? "(none)" : old->second) + " -> " + newText;
            if (changesWhatThePartIs(name) && field.has()) {
                if (!options_.acceptKindChange) return refuseKindChange(name, old->second, newText);
                changes_.insert(changes_.begin() + kindChanges_++, change);
            } else {
                changes_.push_back(change);
            }
            const std::string element = std::string(name) == "approvals" ? approvalsXml(part_.approvals, indent)
                                                                         : indent + propertyXml(name, newText) + "\n";
            const auto own = target.props.find(name);
            if (own == target.props.end())
                insertBeforeLine(close, element);
            else
                replaceElement(own->second.at.line, name, element.substr(indent.size()));
        });
    }

    // Kind, mounting and pole count decide which files a part gets: a change deletes
    // drawings and footprints on the next run, so it is never made without being asked.
    static bool changesWhatThePartIs(const std::string& name) {
        return name == "kind" || name == "mounting-type" || name == "poles";
    }

    void refuseKindChange(const std::string& name, const std::string& oldText, const std::string& newText) {
        const auto& value = part_.values.at(name);
        diag_.error({part_.file, value.line}, part_.number + ": " + name + " would change from " + oldText + " to " +
                                                  newText + "; import with --accept-kind-change to accept it");
        refused_ = true;
    }

    int closingLine(const RawPart& target) const {
        const std::string tag = target.of.empty() ? "</part>" : "</variant>";
        for (int i = target.at.line - 1; i < static_cast<int>(lines_.size()); ++i)
            if (lines_[i].find(tag) != std::string::npos) return i + 1;
        return target.at.line;
    }

    void insertBeforeLine(int line, const std::string& text) {
        const std::size_t at = lineStart(text_, line);
        edits_.push_back({at, at, text});
    }

    // The element in place, whatever its shape: attributes over several lines, many
    // children, a neighbour on the same line. `xml` starts at the element's '<'.
    void replaceElement(int line, const std::string& name, std::string xml) {
        const auto span = elementSpan(text_, line, name);
        if (!span) {
            diag_.error({options_.familyName, line}, "cannot find the end of <" + name + "> to replace it");
            refused_ = true;
            return;
        }
        if (!xml.empty() && xml.back() == '\n') xml.pop_back();
        edits_.push_back({span->begin, span->end, xml});
    }

    std::string applyEdits() {
        std::string out = text_;
        for (std::size_t i = 0; i < edits_.size(); ++i) edits_[i].order = static_cast<int>(i);
        // From the end, so earlier offsets stay valid; at one place, the last planned first.
        std::sort(edits_.begin(), edits_.end(), [](const Edit& a, const Edit& b) {
            return a.begin != b.begin ? a.begin > b.begin : a.order > b.order;
        });
        for (const auto& e : edits_) out.replace(e.begin, e.end - e.begin, e.text);
        return out;
    }

    bool validates(const std::string& text) const {
        const fs::path dir = privateTemporaryPath("merge");
        fs::create_directories(dir);
        const fs::path probe = dir / file_.filename();
        std::ofstream(probe, std::ios::binary) << text;
        const LoadedSpec spec = loadSpecFiles({probe}, templates_);
        fs::remove_all(dir);
        for (const auto& d : spec.diagnostics.sorted())
            if (d.severity == Severity::error)
                diag_.error({options_.familyName, d.at.line}, "after the import: " + d.message);
        return !spec.diagnostics.hasErrors();
    }

    const ImportedPart& part_;
    fs::path file_, templates_;
    MergeOptions options_;
    Diagnostics& diag_;
    bool refused_ = false;
    int kindChanges_ = 0;             // reported first, before every other change
    std::string text_;                // the family file's bytes
    std::vector<std::string> lines_;  // and its lines, to find parts by line number
    std::vector<Edit> edits_;
    std::vector<std::string> changes_;
};

}  // namespace

fs::path privateTemporaryPath(const std::string& name) {
    static std::atomic<unsigned> counter{0};
    return fs::temp_directory_path() /
           ("partgen-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + "-" + name);
}

MergeResult mergeIntoFamily(const ImportedPart& part, const fs::path& familyFile, const fs::path& templatesDir,
                            const MergeOptions& options, Diagnostics& diagnostics) {
    return Merger(part, familyFile, templatesDir, options, diagnostics).run();
}

}  // namespace partgen
