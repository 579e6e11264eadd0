#pragma once
// The run's side of the change report: each selected product's values and how many of its
// files changed, kept in catalog order in a temporary file as the variants are built on
// several threads, and the files changed per family and format. After the run, finish()
// merges them with the output folder's previous value record into the report and the
// new record.

#include <cstddef>
#include <filesystem>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "model/catalog.h"
#include "model/change_report.h"
#include "pipeline/ledger.h"
#include "pipeline/spool.h"

namespace partgen {

class ValueLedger {
public:
    // Thread-safe. The variant at `position` among the selected (0, 1, ...) and its own files.
    void addVariant(std::size_t position, const Variant& v, const std::vector<Produced>& files);
    // Thread-safe. A variant that made nothing (it has errors, and the run writes nothing).
    void skipVariant(std::size_t position);
    // Thread-safe. Family and catalog files.
    void addSharedFiles(const std::vector<Produced>& files);

    // After every file: compares with the record in `outDir` and writes the new record
    // (values of the products `only` selects, the previous record's for the others).
    // `removed` are the previous manifest's files the run removes.
    ChangeReport finish(const std::filesystem::path& outDir, const Catalog& catalog, const std::string& only,
                        const std::vector<ManifestEntry>& removed);

    // The new record; after finish().
    StreamedDocument record();

private:
    void countFile(const std::string& family, const Produced& file);
    void release();

    std::mutex mutex_;
    std::size_t nextPosition_ = 0;
    std::map<std::size_t, std::string> waiting_;  // spooled text of variants that came early
    Spool rows_;                                  // per product: its file count and row, then its value locations
    std::map<std::string, std::map<std::string, FileCounts>> byFamily_;  // family -> format -> created, changed
    std::map<std::string, FileCounts> catalogFiles_;
    Spool record_;
};

}  // namespace partgen
