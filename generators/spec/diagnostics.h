#pragma once
// Problems found in the spec, collected rather than thrown one at a time, so that a
// user sees every mistake of a file in one run.

#include <string>
#include <unordered_set>
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
    // A problem already reported at the same place is kept once: a mistake in a family
    // default shows up in every product that inherits it.
    void error(const SourceLocation& at, std::string message);
    void warning(const SourceLocation& at, std::string message);
    // Every diagnostic of `other`, in the order it found them.
    void addAll(const Diagnostics& other);

    // Counted as they come, so that asking costs nothing however many there are.
    bool hasErrors() const { return errors_ > 0; }
    std::size_t errorCount() const { return errors_; }
    std::size_t warningCount() const { return warnings_; }
    // In file and line order; ties keep the order in which they were found.
    std::vector<Diagnostic> sorted() const;

private:
    void add(Diagnostic d);

    std::vector<Diagnostic> items_;
    std::unordered_set<std::string> keys_;  // of items_, to find a repeat at once
    std::size_t errors_ = 0;
    std::size_t warnings_ = 0;
};

// "file:line: error: message" (the line is left out when unknown).
std::string formatDiagnostic(const Diagnostic& d);

// Every diagnostic as a line, in order. A message given at more than a few places of one
// file is shown at its first and followed by "... and N more like this", so that one
// mistake repeated across a large catalog stays readable.
std::vector<std::string> formatDiagnostics(const Diagnostics& diagnostics);

}  // namespace partgen
