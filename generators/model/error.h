#pragma once
// partgen's own exception: the words for the user and the category of the failure. The
// category, not the C++ type of the exception, decides how the command line reports the
// failure and with which exit code (cli/error_exit.h), so a throw site states what went
// wrong in terms the user can act on, wherever in the layers it is.

#include <stdexcept>
#include <string>

namespace partgen {

enum class ErrorCategory {
    usage,              // a bad option or option value, or an --out that partgen refuses
    invalidSpec,        // the spec asks for a part that partgen cannot make
    outputBusy,         // another run holds the output folder
    outputRefused,      // the output folder is not in a state partgen may write into as asked
    io,                 // reading or writing failed before anything in the output was changed
    interruptedCommit,  // writing failed after the first rename of a commit (the journal repairs it)
    internal,           // a mistake of partgen itself
    outOfMemory,
};

class Error : public std::runtime_error {
public:
    Error(ErrorCategory category, const std::string& message) : std::runtime_error(message), category_(category) {}

    ErrorCategory category() const noexcept { return category_; }

private:
    ErrorCategory category_;
};

}  // namespace partgen
