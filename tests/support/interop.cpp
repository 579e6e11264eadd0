#include "support/interop.h"

#include <cstdlib>

#include "support/scratch.h"

namespace partgen::test {

int runInteropCheck(const std::string& script, const std::string& args, const std::string& environment) {
    const std::string command = environment + " " + PARTGEN_SYSTEM_PYTHON + " " +
                                (sourceDir() / "tests/interop" / script).string() + " " + args;
    return std::system(command.c_str());
}

}  // namespace partgen::test
