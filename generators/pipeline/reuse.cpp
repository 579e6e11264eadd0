#include "pipeline/reuse.h"

#include <optional>

#include "pipeline/run.h"

namespace partgen {

PreviousFingerprints::PreviousFingerprints(const std::filesystem::path& outDir,
                                           std::function<bool(const std::string&)> wanted)
    : reader_(outDir / fingerprintRecordFileName), wanted_(std::move(wanted)) {}

std::vector<FingerprintLine> PreviousFingerprints::take(const std::string& number) {
    std::lock_guard lock(mutex_);
    // Read on until past `number`: every line of it has then been seen.
    while (!ended_ && lastNumber_ <= number) {
        FingerprintLine line;
        if (!reader_.next(line)) {
            ended_ = true;
            break;
        }
        lastNumber_ = line.number;
        if (wanted_(line.number)) ahead_[line.number].push_back(std::move(line));
    }
    const auto found = ahead_.find(number);
    if (found == ahead_.end()) return {};
    std::vector<FingerprintLine> lines = std::move(found->second);
    ahead_.erase(found);
    return lines;
}

void FingerprintLedger::addVariant(std::size_t position, const std::vector<FingerprintLine>& lines) {
    std::string text;
    for (const FingerprintLine& line : lines) text += fingerprintLineText(line);
    std::lock_guard lock(mutex_);
    inOrder_.add(position, std::move(text), [this](const std::string& t) { lines_.add(t); });
}

namespace {

std::optional<FingerprintLine> parsedNext(Spool::Lines& lines) {
    std::string text;
    FingerprintLine line;
    if (!lines.next(text)) return std::nullopt;
    // This run's own lines: they were written by fingerprintLineText, so they read back.
    parseFingerprintLine(text, line);
    return line;
}

}  // namespace

void FingerprintLedger::finish(const std::filesystem::path& outDir, const Catalog& catalog, const std::string& only) {
    record_.add(fingerprintRecordHeader());
    Spool::Lines now(lines_);
    FingerprintRecordReader previous(outDir / fingerprintRecordFileName);
    std::optional<FingerprintLine> mine = parsedNext(now);
    FingerprintLine old;
    bool haveOld = previous.next(old);
    const auto keepsOld = [&](const FingerprintLine& line) {
        return !matchesGlob(only, line.number) && catalog.find(line.number) != catalog.size();
    };
    while (mine || haveOld) {
        const bool mineFirst = mine && (!haveOld || mine->number <= old.number);
        if (mineFirst) {
            // A selected product: its lines are this run's (they include what it kept).
            const std::string number = mine->number;
            for (; mine && mine->number == number; mine = parsedNext(now)) record_.add(fingerprintLineText(*mine));
            for (; haveOld && old.number == number; haveOld = previous.next(old)) {
            }
        } else {
            if (keepsOld(old)) record_.add(fingerprintLineText(old));
            haveOld = previous.next(old);
        }
    }
}

StreamedDocument FingerprintLedger::record() {
    return {fingerprintRecordFileName, [this](const ByteSink& sink) { record_.copyTo(sink); }};
}

}  // namespace partgen
