#include "pipeline/family_index.h"

#include <fcntl.h>
#include <unistd.h>

#include <charconv>
#include <fstream>

#include "model/error.h"
#include "pipeline/manifest.h"
#include "pipeline/value_record.h"
#include "pipeline/variant_files.h"

namespace partgen {
namespace {

const std::string headerLine = "# partgen family entries 1";
const std::string fileTag = "file";
const std::string entryTag = "entry";

bool parseCount(const std::string& text, std::uint64_t& value) {
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc() && end == text.data() + text.size();
}

bool parseCounts(const std::vector<std::string>& cells, std::size_t from, std::vector<std::uint64_t>& counts) {
    for (std::size_t i = from; i < cells.size(); ++i) {
        std::uint64_t value = 0;
        if (!parseCount(cells[i], value)) return false;
        counts.push_back(value);
    }
    return true;
}

std::optional<FamilyFileLayout> fileLine(const std::vector<std::string>& cells) {
    FamilyFileLayout layout;
    std::uint64_t size = 0;
    if (cells.size() < 4 || cells[1].empty() || !isContainedPath(cells[2]) || !parseCount(cells[3], size) ||
        !parseCounts(cells, 4, layout.sectionStarts))
        return std::nullopt;
    layout.format = cells[1];
    layout.path = cells[2];
    layout.size = static_cast<std::int64_t>(size);
    return layout;
}

std::optional<FamilyFileLayout::Entry> entryLine(const std::vector<std::string>& cells) {
    FamilyFileLayout::Entry entry;
    if (cells.size() < 4 || cells[1].empty() || cells[2].empty() || !parseCounts(cells, 4, entry.lengths))
        return std::nullopt;
    entry.number = cells[1];
    entry.fingerprint = cells[2];
    entry.sortKey = cells[3];
    return entry;
}

// Whether every entry's section lies inside the file: a layout that does not fit is not
// the file's.
bool fits(const FamilyFileLayout& layout) {
    std::vector<std::uint64_t> ends = layout.sectionStarts;
    for (const auto& entry : layout.entries) {
        if (entry.lengths.size() > ends.size()) return false;
        for (std::size_t s = 0; s < entry.lengths.size(); ++s) ends[s] += entry.lengths[s];
    }
    for (const auto end : ends)
        if (end > static_cast<std::uint64_t>(layout.size)) return false;
    return true;
}

}  // namespace

std::string familyIndexHeader() { return headerLine + "\n"; }

std::string familyFileLine(const FamilyFileLayout& file) {
    std::vector<std::string> head{fileTag, file.format, file.path, std::to_string(file.size)};
    for (const auto start : file.sectionStarts) head.push_back(std::to_string(start));
    return joinCells(head) + "\n";
}

std::string familyEntryLine(const FamilyFileLayout::Entry& entry) {
    std::vector<std::string> cells{entryTag, entry.number, entry.fingerprint, entry.sortKey};
    for (const auto length : entry.lengths) cells.push_back(std::to_string(length));
    return joinCells(cells) + "\n";
}

FamilyIndex FamilyIndex::read(const std::filesystem::path& outDir) {
    FamilyIndex index;
    std::ifstream in(outDir / familyIndexFileName, std::ios::binary);
    std::string line;
    if (!in || !std::getline(in, line) || line != headerLine) return index;
    std::optional<FamilyFileLayout> current;
    const auto close = [&] {
        if (current && fits(*current)) index.layouts_[{current->format, current->path}] = std::move(*current);
        current.reset();
    };
    while (std::getline(in, line)) {
        const auto cells = splitCells(line);
        if (cells[0] == fileTag) {
            close();
            current = fileLine(cells);
            if (!current) return {};
        } else if (const auto entry = cells[0] == entryTag && current ? entryLine(cells) : std::nullopt) {
            current->entries.push_back(*entry);
        } else {
            return {};  // a line that does not read: trust none of it
        }
    }
    close();
    return index;
}

std::unique_ptr<KnownFamilyFile> FamilyIndex::known(const std::filesystem::path& outDir, const std::string& format,
                                                    const std::string& path) const {
    const auto found = layouts_.find({format, path});
    if (found == layouts_.end() || !stillThere(outDir, path, found->second.size)) return nullptr;
    auto file = std::make_unique<KnownFamilyFile>(outDir / path, found->second);
    return file->usable() ? std::move(file) : nullptr;
}

KnownFamilyFile::KnownFamilyFile(const std::filesystem::path& file, const FamilyFileLayout& layout)
    : file_(file.generic_string()), fd_(::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW)) {
    std::vector<std::uint64_t> next = layout.sectionStarts;
    for (const auto& entry : layout.entries) {
        Span span{entry.fingerprint, entry.sortKey, {}};
        for (std::size_t s = 0; s < entry.lengths.size(); ++s) {
            span.sections.emplace_back(next[s], entry.lengths[s]);
            next[s] += entry.lengths[s];
        }
        byNumber_.emplace(entry.number, std::move(span));
    }
}

KnownFamilyFile::~KnownFamilyFile() {
    if (fd_ >= 0) ::close(fd_);
}

std::optional<FamilyEntry> KnownFamilyFile::entry(const std::string& number, const std::string& fingerprint) const {
    const auto found = byNumber_.find(number);
    if (found == byNumber_.end() || fingerprint.empty() || found->second.fingerprint != fingerprint)
        return std::nullopt;
    FamilyEntry entry{found->second.sortKey, {}};
    for (const auto& [offset, length] : found->second.sections) {
        std::string text(length, '\0');
        std::size_t done = 0;
        while (done < length) {
            const auto got = ::pread(fd_, text.data() + done, length - done, static_cast<off_t>(offset + done));
            if (got <= 0)
                throw Error(ErrorCategory::io, file_ + ": cannot read back entries of the file being rewritten");
            done += static_cast<std::size_t>(got);
        }
        entry.sections.push_back(std::move(text));
    }
    return entry;
}

}  // namespace partgen
