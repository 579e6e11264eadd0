#include "pipeline/variant_files.h"

#include <sys/stat.h>

#include <algorithm>
#include <stdexcept>

#include "pipeline/fingerprint.h"

namespace partgen {
namespace {

const FingerprintLine* lineOf(const std::vector<FingerprintLine>& lines, const std::string& format) {
    for (const FingerprintLine& line : lines)
        if (line.format == format) return &line;
    return nullptr;
}

// The recorded files, taken as made by this run and unchanged.
void keepFiles(const Format& format, const std::string& owner, const FingerprintLine& before,
               std::vector<Produced>& produced) {
    for (const auto& [path, size] : before.files)
        produced.push_back({{format.name, owner, path, size}, FileChange::unchanged});
}

}  // namespace

void checkContained(const Format& format, const std::string& path) {
    if (!isContainedPath(path)) throw std::logic_error("format " + format.name + " made the path '" + path + "'");
}

void stageAll(const Format& format, const std::string& owner, const std::vector<Document>& documents, OutputTree& tree,
              std::vector<Produced>& produced) {
    for (const Document& document : documents) {
        checkContained(format, document.path);
        const auto size = static_cast<std::int64_t>(document.bytes.size());
        produced.push_back({{format.name, owner, document.path, size}, tree.stage(document)});
    }
}

bool stillThere(const std::filesystem::path& outDir, const std::string& path, std::int64_t size) {
    // One lstat: a run keeping a catalog's files asks this of every one of them.
    struct stat found {};
    return size >= 0 && ::lstat((outDir / path).c_str(), &found) == 0 && S_ISREG(found.st_mode) &&
           found.st_size == size;
}

bool VariantFiles::keepable(const FingerprintLine* before, const FingerprintLine& now) const {
    if (!s_.reuse || !before || now.fingerprint.empty() || before->fingerprint != now.fingerprint) return false;
    return std::all_of(before->files.begin(), before->files.end(),
                       [&](const auto& file) { return stillThere(s_.outDir, file.first, file.second); });
}

bool VariantFiles::runs(const std::string& format) const {
    return std::any_of(s_.formats.begin(), s_.formats.end(), [&](const Format* f) { return f->name == format; });
}

std::vector<Produced> VariantFiles::make(const Variant& v, const Family& family, const std::string& variantPrint,
                                         std::vector<FingerprintLine>& lines) const {
    std::vector<FingerprintLine> previous = s_.previous.take(v.number);
    std::vector<Produced> produced;
    for (std::size_t f = 0; f < s_.formats.size(); ++f) {
        const Format& format = *s_.formats[f];
        if (!format.perVariant) continue;
        FingerprintLine now{v.number, format.name, combinedFingerprint(variantPrint, s_.formatPrints[f]), {}};
        const std::size_t first = produced.size();
        if (const FingerprintLine* before = lineOf(previous, format.name); keepable(before, now))
            keepFiles(format, v.number, *before, produced);
        else
            stageAll(format, v.number, format.perVariant(v, family, s_.context), s_.tree, produced);
        for (std::size_t i = first; i < produced.size(); ++i)
            now.files.emplace_back(produced[i].entry.path, produced[i].entry.size);
        if (!now.fingerprint.empty()) lines.push_back(std::move(now));
    }
    // A format the run does not make keeps its files, so its line stays true.
    for (FingerprintLine& before : previous)
        if (!runs(before.format)) lines.push_back(std::move(before));
    std::sort(lines.begin(), lines.end(),
              [](const FingerprintLine& a, const FingerprintLine& b) { return a.format < b.format; });
    return produced;
}

}  // namespace partgen
