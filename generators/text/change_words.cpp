#include "text/change_words.h"

#include "text/strings.h"

namespace partgen {

std::string formatCountsText(const std::map<std::string, FileCounts>& byFormat) {
    std::string text;
    for (const auto& [format, n] : byFormat) {
        std::string counts;
        const auto add = [&](std::size_t k, const char* what) {
            if (k > 0) counts += (counts.empty() ? "" : ", ") + std::to_string(k) + " " + what;
        };
        add(n.created, "created");
        add(n.changed, "changed");
        add(n.removed, "removed");
        text += (text.empty() ? "" : "; ") + format + " " + counts;
    }
    return text;
}

std::string fileCountText(std::size_t n, const char* verb) { return counted(n, "file", "files") + " " + verb; }

std::string originWords(const std::string& origin) { return origin == "series" ? "series rule" : origin; }

}  // namespace partgen
