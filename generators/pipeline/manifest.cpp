#include "pipeline/manifest.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

#include "model/decimal.h"

namespace partgen {
namespace {

const std::string inputsLine = "# inputs ";

std::vector<std::string> tabFields(const std::string& line) {
    std::vector<std::string> fields;
    std::istringstream in(line);
    for (std::string field; std::getline(in, field, '\t');) fields.push_back(field);
    return fields;
}

bool parseCount(const std::string& text, std::int64_t& value) {
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc() && end == text.data() + text.size() && value >= 0;
}

// FORMAT<tab>NUMBER<tab>SIZE<tab>PATH, or the older FORMAT<tab>NUMBER<tab>PATH.
std::optional<ManifestEntry> parseEntry(const std::string& line) {
    const auto fields = tabFields(line);
    ManifestEntry entry;
    if (fields.size() == 3) {
        entry = {fields[0], fields[1], fields[2]};
    } else if (fields.size() == 4) {
        entry = {fields[0], fields[1], fields[3]};
        if (!parseCount(fields[2], entry.size)) return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (entry.format.empty() || entry.owner.empty() || !isContainedPath(entry.path)) return std::nullopt;
    return entry;
}

// "# inputs DIGEST VARIANTS"
void parseInputs(const std::string& line, ManifestHeader& manifest) {
    std::istringstream in(line.substr(inputsLine.size()));
    std::string digest;
    std::size_t variants = 0;
    if (in >> digest >> variants) {
        manifest.inputs = digest;
        manifest.variants = variants;
    }
}

enum class Opened { missing, open, failed };

// A folder without a manifest is one partgen has not written yet; one it cannot read stops
// the run, with `error` saying so.
Opened openManifest(const std::filesystem::path& file, std::ifstream& in, std::string& error) {
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) return Opened::missing;
    in.open(file);
    if (in) return Opened::open;
    error = file.generic_string() + ": cannot read the manifest";
    return Opened::failed;
}

}  // namespace

std::optional<ManifestEntry> parseManifestLine(const std::string& line) { return parseEntry(line); }

bool isContainedPath(const std::string& path) {
    if (path.empty() || path.front() == '/' || path.back() == '/' || path.find('\\') != std::string::npos) return false;
    // Split by hand: every path of a catalog's manifest and records passes here.
    const std::string_view all(path);
    for (std::size_t start = 0; start <= all.size();) {
        const std::size_t slash = std::min(all.find('/', start), all.size());
        const std::string_view part = all.substr(start, slash - start);
        if (part.empty() || part == "." || part == "..") return false;
        start = slash + 1;
    }
    return true;
}

std::optional<ManifestHeader> visitManifest(const std::filesystem::path& outDir,
                                            const std::function<void(const ManifestEntry&)>& visit,
                                            std::string& error) {
    return visitManifestFile(outDir / manifestFileName, visit, error);
}

std::optional<ManifestHeader> visitManifestFile(const std::filesystem::path& file,
                                                const std::function<void(const ManifestEntry&)>& visit,
                                                std::string& error) {
    ManifestHeader header;
    std::ifstream in;
    const Opened opened = openManifest(file, in, error);
    if (opened != Opened::open) return opened == Opened::missing ? std::optional(header) : std::nullopt;
    int lineNumber = 0;
    for (std::string line; std::getline(in, line);) {
        ++lineNumber;
        if (line.rfind(inputsLine, 0) == 0) parseInputs(line, header);
        if (line.empty() || line.front() == '#') continue;
        const auto entry = parseEntry(line);
        if (!entry) {
            error = file.generic_string() + ":" + std::to_string(lineNumber) + ": manifest entry '" + line +
                    "' is not FORMAT<tab>NUMBER<tab>SIZE<tab>PATH inside the output folder; remove the line or the "
                    "manifest";
            return std::nullopt;
        }
        visit(*entry);
    }
    return header;
}

std::optional<ManifestHeader> readManifestHeader(const std::filesystem::path& outDir, std::string& error) {
    ManifestHeader header;
    std::ifstream in;
    const Opened opened = openManifest(outDir / manifestFileName, in, error);
    if (opened != Opened::open) return opened == Opened::missing ? std::optional(header) : std::nullopt;
    for (std::string line; std::getline(in, line) && !line.empty() && line.front() == '#';)
        if (line.rfind(inputsLine, 0) == 0) parseInputs(line, header);
    return header;
}

std::optional<Manifest> readManifest(const std::filesystem::path& outDir, std::string& error) {
    Manifest manifest;
    const auto header = visitManifest(
        outDir, [&](const ManifestEntry& e) { manifest.entries.push_back(e); }, error);
    if (!header) return std::nullopt;
    static_cast<ManifestHeader&>(manifest) = *header;
    return manifest;
}

std::string manifestHeaderText(const ManifestHeader& header) {
    std::string text = "# Files written by partgen. It deletes only files listed here.\n";
    if (!header.inputs.empty()) text += inputsLine + header.inputs + " " + std::to_string(header.variants) + "\n";
    return text;
}

void appendManifestLine(std::string& text, const ManifestEntry& e) {
    text += e.format;
    text += '\t';
    text += e.owner;
    text += '\t';
    if (e.size >= 0) {  // an entry carried over from the older form has none
        appendInteger(text, e.size);
        text += '\t';
    }
    text += e.path;
    text += '\n';
}

bool manifestOrder(const ManifestEntry& a, const ManifestEntry& b) {
    if (a.owner != b.owner) return a.owner < b.owner;
    return a.path < b.path;
}

std::string manifestText(Manifest manifest) {
    std::sort(manifest.entries.begin(), manifest.entries.end(), manifestOrder);
    std::string text = manifestHeaderText(manifest);
    for (const auto& e : manifest.entries) appendManifestLine(text, e);
    return text;
}

}  // namespace partgen
