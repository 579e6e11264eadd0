#include "catalog_copies.h"

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "partgen_runner.h"

namespace partgen::bench {
namespace {

std::string readWhole(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::size_t countOf(const std::string& text, const std::string& word) {
    std::size_t count = 0;
    for (auto at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) ++count;
    return count;
}

void writeCatalog(const std::filesystem::path& dir, const std::string& text) {
    std::filesystem::create_directories(dir);
    std::ofstream out(dir / "catalog.xml", std::ios::binary);
    out << text;
    if (!out) throw std::runtime_error("cannot write " + (dir / "catalog.xml").string());
}

}  // namespace

std::filesystem::path writeCatalogCopy(const std::filesystem::path& root, const std::filesystem::path& dir) {
    writeCatalog(dir, readWhole(root / catalogDir / "catalog.xml"));
    return dir;
}

std::filesystem::path writeOneRuleChangedCatalog(const std::filesystem::path& root, const std::filesystem::path& dir) {
    std::string text = readWhole(root / catalogDir / "catalog.xml");
    const std::size_t begin = text.find("<series ");
    const std::size_t end = text.find("</series>", begin);
    if (begin == std::string::npos || end == std::string::npos)
        throw std::runtime_error("the benchmark catalog has no series rule");
    std::string rule = text.substr(begin, end - begin);
    if (countOf(rule, "gray") == 0) throw std::runtime_error("the benchmark catalog's first rule is not gray");
    for (auto at = rule.find("gray"); at != std::string::npos; at = rule.find("gray", at)) rule.replace(at, 4, "black");
    text.replace(begin, end - begin, rule);
    writeCatalog(dir, text);
    return dir;
}

std::filesystem::path writeQuarterCatalog(const std::filesystem::path& root, const std::filesystem::path& dir) {
    const std::string whole = readWhole(root / catalogDir / "catalog.xml");
    const std::string closing = "</series>\n";
    const std::size_t keep = countOf(whole, closing) / 4;
    if (keep == 0) throw std::runtime_error("the benchmark catalog has too few series rules to quarter");
    // The text up to the end of the keep-th rule, then the family's closing tag.
    std::size_t end = 0;
    for (std::size_t i = 0; i < keep; ++i) end = whole.find(closing, end) + closing.size();
    writeCatalog(dir, whole.substr(0, end) + "</family>\n");
    return dir;
}

}  // namespace partgen::bench
