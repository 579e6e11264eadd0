#include "pipeline/fingerprint_record.h"

#include <charconv>

#include "pipeline/manifest.h"

namespace partgen {
namespace {

const std::string headerLine = "# partgen fingerprints 1";

std::vector<std::string> tabCells(const std::string& line) {
    std::vector<std::string> cells;
    std::size_t start = 0;
    for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
        cells.push_back(line.substr(start, tab - start));
    cells.push_back(line.substr(start));
    return cells;
}

bool parseSize(const std::string& text, std::int64_t& size) {
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), size);
    return ec == std::errc() && end == text.data() + text.size() && size >= 0;
}

bool isHexDigest(const std::string& text) {
    return !text.empty() && text.find_first_not_of("0123456789abcdef") == std::string::npos;
}

}  // namespace

bool parseFingerprintLine(const std::string& text, FingerprintLine& line) {
    const auto cells = tabCells(text);
    if (cells.size() < 3 || cells.size() % 2 == 0) return false;
    line = {cells[0], cells[1], cells[2], {}};
    if (line.number.empty() || line.format.empty() || !isHexDigest(line.fingerprint)) return false;
    for (std::size_t i = 3; i < cells.size(); i += 2) {
        std::int64_t size = 0;
        if (!parseSize(cells[i], size) || !isContainedPath(cells[i + 1])) return false;
        line.files.emplace_back(cells[i + 1], size);
    }
    return true;
}

std::string fingerprintRecordHeader() { return headerLine + "\n"; }

std::string fingerprintLineText(const FingerprintLine& line) {
    std::string text = line.number + "\t" + line.format + "\t" + line.fingerprint;
    for (const auto& [path, size] : line.files) text += "\t" + std::to_string(size) + "\t" + path;
    return text + "\n";
}

FingerprintRecordReader::FingerprintRecordReader(const std::filesystem::path& file) : in_(file, std::ios::binary) {
    std::string first;
    usable_ = in_ && std::getline(in_, first) && first == headerLine;
}

bool FingerprintRecordReader::next(FingerprintLine& line) {
    std::string text;
    if (!usable_ || !std::getline(in_, text) || !parseFingerprintLine(text, line)) return usable_ = false;
    const std::string key = line.number + '\t' + line.format;
    if (!last_.empty() && !(last_ < key)) return usable_ = false;
    last_ = key;
    return true;
}

}  // namespace partgen
