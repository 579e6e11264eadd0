#pragma once
// partgen's command line, callable in-process so tests run it without a shell.

#include <iosfwd>

namespace partgen {

enum ExitCode : int { exitSuccess = 0, exitInvalid = 1, exitUsage = 2, exitIo = 3, exitInternal = 4 };

int runCli(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace partgen
