#include "pipeline/reuse.h"

#include <fstream>
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

// A record's lines one at a time, with the number each is of; the text stays as it is.
class RecordLines {
public:
    explicit RecordLines(std::function<bool(std::string&)> read) : read_(std::move(read)) { next(); }
    bool more() const { return more_; }
    const std::string& number() const { return number_; }
    const std::string& text() const { return text_; }
    void next() {
        more_ = read_(text_);
        number_ = more_ ? text_.substr(0, text_.find('\t')) : std::string();
    }

private:
    std::function<bool(std::string&)> read_;
    std::string text_, number_;
    bool more_ = false;
};

}  // namespace

void FingerprintLedger::finish(const std::filesystem::path& outDir, const Catalog& catalog, const std::string& only) {
    record_.add(fingerprintRecordHeader());
    // This run's lines, in number order, and the previous record's: both only cut at their
    // first tab, since a previous line is read whole only when it is kept.
    Spool::Lines spooled(lines_);
    std::ifstream oldFile(outDir / fingerprintRecordFileName, std::ios::binary);
    std::string header;
    const bool oldUsable = oldFile && std::getline(oldFile, header) && header + "\n" == fingerprintRecordHeader();
    RecordLines now([&](std::string& line) { return spooled.next(line); });
    RecordLines old([&](std::string& line) { return oldUsable && static_cast<bool>(std::getline(oldFile, line)); });
    FingerprintLine parsed;
    while (now.more() || old.more()) {
        if (now.more() && (!old.more() || now.number() <= old.number())) {
            const std::string number = now.number();
            for (; now.more() && now.number() == number; now.next()) record_.add(now.text() + "\n");
            while (old.more() && old.number() == number) old.next();
        } else {
            // A line of a product this run did not select stays while it reads; the first
            // that does not ends the old record, as the reader would.
            if (!parseFingerprintLine(old.text(), parsed)) break;
            if (!matchesGlob(only, parsed.number) && catalog.find(parsed.number) != catalog.size())
                record_.add(old.text() + "\n");
            old.next();
        }
    }
}

StreamedDocument FingerprintLedger::record() {
    return {fingerprintRecordFileName, [this](const ByteSink& sink) { record_.copyTo(sink); }};
}

}  // namespace partgen
