#include "pipeline/inputs.h"

#include <cstdio>

#include "model/error.h"
#include "model/partgen_version.h"
#include "model/uuid.h"
#include "pipeline/source_digest.h"
#include "spec/file_bytes.h"

namespace partgen {

std::string inputsDigest(const std::vector<std::filesystem::path>& files, const std::string& options) {
    // Each part is preceded by its length, so no two different inputs run together alike.
    std::string all;
    const auto addPart = [&all](const std::string& part) { all += std::to_string(part.size()) + ":" + part; };
    addPart(sourceDigest());
    addPart(std::string(partgenVersion()));  // written into files, yet set outside the sources
    addPart(options);
    for (const auto& file : files) {
        const auto bytes = readFileBytes(file);
        if (!bytes) throw Error(ErrorCategory::io, file.generic_string() + ": cannot read the file");
        addPart(file.generic_string());
        addPart(*bytes);
    }
    return hexSha1(all);
}

std::string hexSha1(const std::string& text) {
    std::string hex;
    for (const auto byte : sha1(text)) {
        char digits[3];
        std::snprintf(digits, sizeof digits, "%02x", byte);
        hex += digits;
    }
    return hex;
}

}  // namespace partgen
