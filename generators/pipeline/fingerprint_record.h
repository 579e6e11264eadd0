#pragma once
// The fingerprint record: beside the manifest, for each variant and format the
// fingerprint its own files were made from (pipeline/fingerprint.h) and those files with
// their sizes. A run that finds a variant's fingerprint unchanged and its files still
// there at those sizes keeps them instead of making them again. One line per variant and
// format, by number then format, so that a run reads it once, front to back.
//
// It holds only for a whole commit: the old record is removed before the first file of a
// commit is renamed, the new one renamed in after the last, so a kill in between leaves
// none and the next run makes everything again.

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

namespace partgen {

constexpr const char* fingerprintRecordFileName = ".partgen-fingerprints";

struct FingerprintLine {
    std::string number;
    std::string format;
    std::string fingerprint;
    std::vector<std::pair<std::string, std::int64_t>> files;  // path, size

    bool operator==(const FingerprintLine&) const = default;
};

std::string fingerprintRecordHeader();
std::string fingerprintLineText(const FingerprintLine& line);  // with its '\n'
// A line's text (without its '\n') read back; false when it is not one.
bool parseFingerprintLine(const std::string& text, FingerprintLine& line);

// Reads a record front to back. A record that is missing, of another version or has a
// line that does not read (a path outside the folder, a size that is not a count) ends
// there: what follows is taken as never made, so it is made again.
class FingerprintRecordReader {
public:
    explicit FingerprintRecordReader(const std::filesystem::path& file);
    bool next(FingerprintLine& line);  // false at the end

private:
    std::ifstream in_;
    bool usable_ = false;
    std::string last_;  // number and format of the line before: the order is checked
};

}  // namespace partgen
