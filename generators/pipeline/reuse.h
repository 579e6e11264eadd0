#pragma once
// The run's side of the fingerprint record (pipeline/fingerprint_record.h): the previous
// record's lines, found while the variants are built on several threads, and the new
// record, made of this run's lines and the previous record's lines of products the run
// did not select.

#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "model/catalog.h"
#include "model/document.h"
#include "pipeline/fingerprint_record.h"
#include "pipeline/in_order.h"
#include "pipeline/spool.h"

namespace partgen {

// The previous record, read once, front to back, as the variants ask for their lines.
// Variants are built roughly in number order, so only the lines of the few that are being
// built wait in memory; lines of numbers nobody will ask for are passed over.
class PreviousFingerprints {
public:
    PreviousFingerprints(const std::filesystem::path& outDir, std::function<bool(const std::string&)> wanted);

    // Thread-safe; once per number. The variant's lines, by format; none when it has none.
    std::vector<FingerprintLine> take(const std::string& number);

private:
    std::mutex mutex_;
    FingerprintRecordReader reader_;
    std::function<bool(const std::string&)> wanted_;
    std::map<std::string, std::vector<FingerprintLine>> ahead_;
    std::string lastNumber_;
    bool ended_ = false;
};

class FingerprintLedger {
public:
    // Thread-safe. The lines of the variant at `position` among the selected, by format.
    void addVariant(std::size_t position, const std::vector<FingerprintLine>& lines);

    // After every variant: this run's lines merged with the previous record's lines of
    // products of the catalog that `only` does not select.
    void finish(const std::filesystem::path& outDir, const Catalog& catalog, const std::string& only);
    StreamedDocument record();

private:
    std::mutex mutex_;
    InOrder<std::string> inOrder_;
    Spool lines_;
    Spool record_;
};

}  // namespace partgen
