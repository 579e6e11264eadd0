#pragma once
// Problems found in the spec, collected rather than thrown one at a time, so that a
// user sees every mistake of a file in one run.

#include <string>
#include <vector>

#include "model/provenance.h"

namespace partgen {

enum class Severity { error, warning };

struct Diagnostic {
    SourceLocation at;
    Severity severity = Severity::error;
    std::string message;
};

class Diagnostics {
public:
    void error(const SourceLocation& at, std::string message);
    void warning(const SourceLocation& at, std::string message);

    bool hasErrors() const;
    std::size_t errorCount() const;
    // In file and line order; ties keep the order in which they were found.
    std::vector<Diagnostic> sorted() const;

private:
    std::vector<Diagnostic> items_;
};

// "file:line: error: message" (the line is left out when unknown).
std::string formatDiagnostic(const Diagnostic& d);

}  // namespace partgen
