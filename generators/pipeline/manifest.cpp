#include "pipeline/manifest.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace partgen {

bool isContainedPath(const std::string& path) {
    if (path.empty() || path.front() == '/' || path.back() == '/' || path.find('\\') != std::string::npos) return false;
    std::istringstream parts(path);
    for (std::string part; std::getline(parts, part, '/');)
        if (part.empty() || part == "." || part == "..") return false;
    return true;
}

std::optional<std::vector<ManifestEntry>> readManifest(const std::filesystem::path& outDir, std::string& error) {
    const auto file = outDir / manifestFileName;
    std::vector<ManifestEntry> entries;
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) return entries;
    std::ifstream in(file);
    if (!in) {
        error = file.generic_string() + ": cannot read the manifest";
        return std::nullopt;
    }
    int lineNumber = 0;
    for (std::string line; std::getline(in, line);) {
        ++lineNumber;
        if (line.empty() || line.front() == '#') continue;
        ManifestEntry entry;
        std::istringstream fields(line);
        std::getline(fields, entry.format, '\t');
        std::getline(fields, entry.owner, '\t');
        std::getline(fields, entry.path);
        if (entry.format.empty() || entry.owner.empty() || !isContainedPath(entry.path)) {
            error = file.generic_string() + ":" + std::to_string(lineNumber) + ": manifest entry '" + line +
                    "' is not FORMAT<tab>NUMBER<tab>PATH inside the output folder; remove the line or the manifest";
            return std::nullopt;
        }
        entries.push_back(entry);
    }
    return entries;
}

std::string manifestText(std::vector<ManifestEntry> entries) {
    std::sort(entries.begin(), entries.end(),
              [](const ManifestEntry& a, const ManifestEntry& b) { return a.path < b.path; });
    std::string text = "# Files written by partgen. It deletes only files listed here.\n";
    for (const auto& e : entries) text += e.format + "\t" + e.owner + "\t" + e.path + "\n";
    return text;
}

}  // namespace partgen
