#pragma once
// A variant's own files in every format of a run: made and staged, or, when the
// variant's fingerprint for a format is the one recorded with its files and they are
// still there at their recorded sizes, kept as they are without being made again.

#include <filesystem>
#include <string>
#include <vector>

#include "format/format.h"
#include "pipeline/fingerprint_record.h"
#include "pipeline/ledger.h"
#include "pipeline/output_tree.h"
#include "pipeline/reuse.h"

namespace partgen {

// Throws std::logic_error when a format makes a path outside the output folder.
void checkContained(const Format& format, const std::string& path);

// Stages each document as the file of `owner` in `format`, adding it to `produced`.
void stageAll(const Format& format, const std::string& owner, const std::vector<Document>& documents, OutputTree& tree,
              std::vector<Produced>& produced);

// Whether the file is there (not through a link) with the size it was written with.
bool stillThere(const std::filesystem::path& outDir, const std::string& path, std::int64_t size);

struct VariantFilesSetup {
    const std::vector<const Format*>& formats;
    const FormatContext& context;
    OutputTree& tree;
    std::filesystem::path outDir;
    std::vector<std::string> formatPrints;  // by format, as formats: formatFingerprint
    PreviousFingerprints& previous;
    bool reuse;
};

class VariantFiles {
public:
    explicit VariantFiles(VariantFilesSetup setup) : s_(std::move(setup)) {}

    // Thread-safe. The variant's files, and its lines for the new fingerprint record: one
    // per format of the run, and the previous record's for formats the run does not make.
    // `variantPrint` is the variant's fingerprint (variantFingerprint).
    std::vector<Produced> make(const Variant& v, const Family& family, const std::string& variantPrint,
                               std::vector<FingerprintLine>& lines) const;

private:
    bool keepable(const FingerprintLine* before, const FingerprintLine& now) const;
    bool runs(const std::string& format) const;

    VariantFilesSetup s_;
};

}  // namespace partgen
