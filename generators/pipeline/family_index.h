#pragma once
// The family entry index: beside the manifest, for each family file the previous run
// wrote, where each variant's entry lies in it and the fingerprint it was made from. A
// run that finds a variant's fingerprint unchanged reads its entry back from the old
// file instead of making it again, so a change to a few variants of a large family costs
// little more than writing its files. It holds only for a whole commit, as the
// fingerprint record does (pipeline/fingerprint_record.h).

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "format/format.h"

namespace partgen {

constexpr const char* familyIndexFileName = ".partgen-family-entries";

// One family file's entries as the index records them, in the file's order.
struct FamilyFileLayout {
    std::string format;
    std::string path;
    std::int64_t size = 0;
    std::vector<std::uint64_t> sectionStarts;  // byte offset of each section's first entry

    struct Entry {
        std::string number;
        std::string fingerprint;
        std::string sortKey;
        std::vector<std::uint64_t> lengths;  // per section
    };
    std::vector<Entry> entries;
};

std::string familyIndexHeader();
// A family file's line and its entries' lines, each with its '\n': the index is written a
// line at a time, never held whole.
std::string familyFileLine(const FamilyFileLayout& file);  // its format, path, size and section starts
std::string familyEntryLine(const FamilyFileLayout::Entry& entry);

// A previous family file whose layout is known: entries are read back from it.
class KnownFamilyFile {
public:
    KnownFamilyFile(const std::filesystem::path& file, const FamilyFileLayout& layout);
    ~KnownFamilyFile();
    KnownFamilyFile(const KnownFamilyFile&) = delete;
    KnownFamilyFile& operator=(const KnownFamilyFile&) = delete;

    bool usable() const { return fd_ >= 0; }
    // Thread-safe. The entry of `number` when it was made from `fingerprint`; else nullopt.
    std::optional<FamilyEntry> entry(const std::string& number, const std::string& fingerprint) const;

private:
    struct Span {
        std::string fingerprint;
        std::string sortKey;
        std::vector<std::pair<std::uint64_t, std::uint64_t>> sections;  // offset, length
    };
    std::map<std::string, Span> byNumber_;
    std::string file_;
    int fd_ = -1;
};

// The previous run's index, read whole (a few dozen bytes per variant and family file).
class FamilyIndex {
public:
    // Empty when there is none or it does not read; a file's layout that does not fit its
    // recorded size is left out.
    static FamilyIndex read(const std::filesystem::path& outDir);

    // The previous file of `format` at `path`, when the index knows it and it is still
    // there (not through a link) at its recorded size; else null.
    std::unique_ptr<KnownFamilyFile> known(const std::filesystem::path& outDir, const std::string& format,
                                           const std::string& path) const;

private:
    std::map<std::pair<std::string, std::string>, FamilyFileLayout> layouts_;  // by format and path
};

}  // namespace partgen
