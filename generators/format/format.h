#pragma once
// What an output format is to the rest of partgen: its name, the options that shape its
// bytes, the files of templates/ it reads, the checks it makes of a variant, and the
// files it makes per variant, per family and per catalog. Each writer folder describes its
// formats in its own format.cpp; pipeline/format_registry.cpp lists them, a line each.

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/catalog.h"
#include "model/change_report.h"
#include "model/document.h"
#include "model/variant.h"
#include "spec/house_rules.h"

namespace partgen {

// A command-line option of a format, e.g. --kicad-version 9|6. Formats sharing an option
// declare it alike; the first choice is the default.
struct FormatOption {
    std::string name;  // without the dashes
    std::vector<std::string> choices;
    std::string help;
};

// The chosen value of every option, by name.
using FormatSettings = std::map<std::string, std::string>;

struct FormatContext {
    const HouseRules& rules;
    const FormatSettings& settings;

    // The chosen value of an option the format declared.
    const std::string& option(const std::string& name) const;
};

// The part of a family file that one variant contributes: a key the entries are sorted by
// (ties keep catalog order) and the text of each section of the file.
struct FamilyEntry {
    std::string sortKey;
    std::vector<std::string> sections;
};

// A family file's entries, sorted, as its writer copies them out section by section.
class FamilyEntries {
public:
    virtual ~FamilyEntries() = default;
    virtual void copySection(std::size_t section, const ByteSink& sink) const = 0;
    // How many variants gave an entry: files that state their record count need it first.
    virtual std::size_t count() const = 0;
};

// A file made from every variant of a family. Each variant gives its entry while it is
// built; the file is written once all are there, so a variant is built once per run.
struct FamilyFile {
    std::function<std::string(const Family&, const FormatContext&)> path;
    std::function<FamilyEntry(const Variant&, const Family&, const FormatContext&)> entry;
    std::function<void(const Family&, const FormatContext&, const FamilyEntries&, const ByteSink&)> write;
};

// A file of the output folder as a run leaves it, beside what the last run left there: for a
// page that shows a run's changes side by side.
struct FileFate {
    enum class Kind { absent, kept, created, changed, removed };
    Kind kind = Kind::absent;
    // Its bytes before the run, when changed or removed, and known (not after a killed run,
    // whose half-renamed files are no run's "before").
    std::optional<std::string> before;

    // The run changed or removed the file: there was a picture before it.
    bool replaced() const { return kind == Kind::changed || kind == Kind::removed; }
};

// What a run changed, for a changes page: the change report, and the fate of each file the
// page asked about.
struct RunChanges {
    const ChangeReport& report;
    const std::map<std::string, FileFate>& files;  // by path in the output folder
    bool repairedKilledRun = false;                // the run finished one that was killed: "before" is unknown
};

// A page of what the last run changed (the review's changes page). Unlike every other
// file, its bytes depend on the folder's history, not on the spec alone: the pipeline
// writes it after every other file, when a run changes something or when it is missing,
// and a run that changes nothing keeps it. It is a record of the run, not in the manifest.
struct ChangesPage {
    std::string path;
    // The files whose fates the page shows, for the products of the report it pictures.
    std::function<std::vector<std::string>(const ChangeReport&)> files;
    std::function<void(const RunChanges&, const ByteSink&)> write;
};

struct Format {
    std::string name;  // as --format names it
    std::vector<FormatOption> options;
    std::vector<const RuleFile*> ruleFiles;  // the templates/ files it reads
    // Problems only this output finds in a valid variant (no room for a 3D model's
    // openings, say); `check` and `generate` refuse such a spec whatever formats are chosen.
    std::function<std::vector<std::string>(const Variant&, const HouseRules&)> check;
    // Any of the three may be empty.
    std::function<std::vector<Document>(const Variant&, const Family&, const FormatContext&)> perVariant;
    std::vector<FamilyFile> perFamily;
    std::function<std::vector<Document>(const Catalog&, const FormatContext&)> perCatalog;
    std::optional<ChangesPage> changes = std::nullopt;  // formats without a page leave it out
};

}  // namespace partgen
