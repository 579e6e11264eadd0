#include "support/scratch.h"

#include <unistd.h>

#include <atomic>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace partgen::test {
namespace fs = std::filesystem;

ScratchDir::ScratchDir() {
    static std::atomic<int> counter{0};
    path_ =
        fs::temp_directory_path() / ("partgen-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(path_);
    fs::create_directories(path_);
}

ScratchDir::~ScratchDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
}

fs::path sourceDir() { return PARTGEN_SOURCE_DIR; }

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeFile(const fs::path& path, const std::string& bytes) {
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

std::map<std::string, std::string> snapshot(const fs::path& root) {
    std::map<std::string, std::string> files;
    if (!fs::exists(root)) return files;
    for (const auto& entry : fs::recursive_directory_iterator(root))
        if (entry.is_regular_file()) files[fs::relative(entry.path(), root).generic_string()] = readFile(entry.path());
    return files;
}

std::map<std::string, std::string> specOutputs(const fs::path& root) {
    auto files = snapshot(root);
    files.erase("review/changes.html");
    return files;
}

void copySpec(const fs::path& dir) {
    fs::copy(sourceDir() / "parts", dir / "parts", fs::copy_options::recursive);
    fs::copy(sourceDir() / "templates", dir / "templates", fs::copy_options::recursive);
}

void replaceInFile(const fs::path& path, const std::string& from, const std::string& to) {
    std::string text = readFile(path);
    const auto pos = text.find(from);
    if (pos == std::string::npos) throw std::runtime_error("'" + from + "' not found in " + path.string());
    text.replace(pos, from.size(), to);
    writeFile(path, text);
}

}  // namespace partgen::test
