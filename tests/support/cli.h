#pragma once
// Runs partgen's command line in-process with parts/, templates/ and out/ of a folder
// (support/child.h runs the program as a child process).

#include <filesystem>
#include <string>
#include <vector>

namespace partgen::test {

struct CliResult {
    int code;
    std::string out;
    std::string err;
};

CliResult runPartgen(const std::vector<std::string>& args);

// `partgen COMMAND --parts DIR/parts --templates DIR/templates [--out DIR/out] EXTRA...`
CliResult runIn(const std::filesystem::path& dir, const std::string& command, std::vector<std::string> extra = {});

// The repository's spec copied into `dir` and `generate EXTRA...` run on it, which must
// succeed: returns DIR/out.
std::filesystem::path generateIn(const std::filesystem::path& dir, std::vector<std::string> extra = {});

}  // namespace partgen::test
