#include <iostream>
#include <set>

#include "cli/cli_common.h"
#include "model/variant_fields.h"
#include "text/strings.h"
#include "text/value_text.h"

namespace partgen::cli {
namespace {

std::string padded(const std::string& text, std::size_t width) {
    return text.size() >= width ? text + " " : text + std::string(width - text.size(), ' ');
}

std::string provenanceFlags(const Variant& v) {
    std::set<Provenance> seen;
    visitFields(v, [&](const char*, const auto& field) {
        if (field.has()) seen.insert(field.source);
    });
    std::string flags;
    for (const Provenance p : seen) flags += (flags.empty() ? "" : ",") + std::string(provenanceName(p));
    return flags;
}

}  // namespace

int listCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    SpecOptions o;
    if (!parseArgs(args, specOptions(o), "list [--parts DIR] [--templates DIR]", out)) return exitSuccess;
    const LoadedSpec spec = load(o);
    printDiagnostics(spec.diagnostics, err);
    if (spec.diagnostics.hasErrors()) return exitInvalid;
    spec.forEachVariant([&](const Variant& v) {
        out << padded(v.number, 20) << padded(std::string(kindName(*v.kind)), 16)
            << padded(std::to_string(*v.poles) + " poles", 10) << provenanceFlags(v) << "\n";
    });
    return exitSuccess;
}

namespace {

void listValue(const Variant& v, const char* name, const auto& field, std::ostream& out) {
    out << "  " << v.number << ": " << name << " = " << valueText(*field) << " (" << field.at.file << ":"
        << field.at.line << ")\n";
}

void listValuesWith(Provenance p, const LoadedSpec& variants, std::ostream& out) {
    out << provenanceName(p) << " values:\n";
    variants.forEachVariant([&](const Variant& v) {
        if (p == Provenance::derived && v.origin == Origin::series) {
            out << "  " << v.number << ": every value (series rule at " << v.at.file << ":" << v.at.line << ")\n";
            return;
        }
        visitFields(v, [&](const char* name, const auto& field) {
            if (field.has() && field.source == p) listValue(v, name, field, out);
        });
    });
}

void listValues(const LoadedSpec& variants, std::ostream& out) {
    for (const Provenance p : {Provenance::estimated, Provenance::derived, Provenance::inherited})
        listValuesWith(p, variants, out);
}

}  // namespace

int checkCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream&) {
    SpecOptions o;
    if (!parseArgs(args, specOptions(o), "check [--parts DIR] [--templates DIR]", out)) return exitSuccess;
    const LoadedSpec spec = load(o);
    printDiagnostics(spec.diagnostics, out);
    const auto errors = spec.diagnostics.errorCount();
    const auto warnings = spec.diagnostics.warningCount();
    if (errors == 0) listValues(spec, out);
    out << counted(spec.catalog.families.size(), "family", "families") << ", "
        << counted(spec.catalog.size(), "variant", "variants") << ", " << counted(errors, "error", "errors") << ", "
        << counted(warnings, "warning", "warnings") << "\n";
    return errors == 0 ? exitSuccess : exitInvalid;
}

}  // namespace partgen::cli
