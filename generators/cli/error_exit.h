#pragma once
// How a failure that ends a command is reported: one row per error category with the exit
// code and the words around the error's own message. The category decides, not the C++
// type of the exception, so that a throw site anywhere in the layers says what went wrong.

#include <exception>
#include <iosfwd>
#include <string>

#include "model/error.h"

namespace partgen::cli {

struct ErrorExit {
    int code;
    const char* before;  // after "partgen: ", before the error's message
    const char* after;   // after the message
    bool withMessage;    // false where the message would add nothing (std::bad_alloc's)
};

// The row of the table for `category`.
ErrorExit errorExit(ErrorCategory category);

struct CaughtError {
    ErrorCategory category;
    std::string message;
};

// The category and message of an exception that escaped a command. partgen's Error carries
// its category; of other exceptions only those with a meaning of their own are told
// apart (the option parser's, the system's, out of memory); any other is a mistake of
// partgen: internal.
CaughtError classify(const std::exception_ptr& error);

// Prints the failure to `err` as its category's row says; returns the exit code.
int reportError(const std::exception_ptr& error, std::ostream& err);

}  // namespace partgen::cli
