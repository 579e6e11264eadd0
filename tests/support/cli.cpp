#include "support/cli.h"

#include <sstream>

#include "cli/commands.h"
#include "support/catch.h"
#include "support/scratch.h"

namespace partgen::test {

CliResult runPartgen(const std::vector<std::string>& args) {
    std::vector<const char*> argv{"partgen"};
    for (const auto& a : args) argv.push_back(a.c_str());
    std::ostringstream out, err;
    const int code = runCli(static_cast<int>(argv.size()), argv.data(), out, err);
    return {code, out.str(), err.str()};
}

CliResult runIn(const std::filesystem::path& dir, const std::string& command, std::vector<std::string> extra) {
    std::vector<std::string> args{command, "--parts", (dir / "parts").string(), "--templates",
                                  (dir / "templates").string()};
    if (command == "generate") {
        args.push_back("--out");
        args.push_back((dir / "out").string());
    }
    args.insert(args.end(), extra.begin(), extra.end());
    return runPartgen(args);
}

std::filesystem::path generateIn(const std::filesystem::path& dir, std::vector<std::string> extra) {
    copySpec(dir);
    const CliResult result = runIn(dir, "generate", std::move(extra));
    INFO(result.err);
    REQUIRE(result.code == exitSuccess);
    return dir / "out";
}

}  // namespace partgen::test
