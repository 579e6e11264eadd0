#include "spec/diagnostics.h"

#include <algorithm>

namespace partgen {

void Diagnostics::error(const SourceLocation& at, std::string message) {
    items_.push_back({at, Severity::error, std::move(message)});
}

void Diagnostics::warning(const SourceLocation& at, std::string message) {
    items_.push_back({at, Severity::warning, std::move(message)});
}

bool Diagnostics::hasErrors() const {
    return std::any_of(items_.begin(), items_.end(), [](const Diagnostic& d) { return d.severity == Severity::error; });
}

std::size_t Diagnostics::errorCount() const {
    const auto all = sorted();
    return static_cast<std::size_t>(
        std::count_if(all.begin(), all.end(), [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

std::vector<Diagnostic> Diagnostics::sorted() const {
    std::vector<Diagnostic> out = items_;
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
        if (a.at.file != b.at.file) return a.at.file < b.at.file;
        return a.at.line < b.at.line;
    });
    // A mistake in a family default shows up in every product that inherits it: say it once.
    std::vector<Diagnostic> unique;
    for (auto& d : out) {
        const bool seen = std::any_of(unique.begin(), unique.end(), [&](const Diagnostic& u) {
            return u.at == d.at && u.severity == d.severity && u.message == d.message;
        });
        if (!seen) unique.push_back(std::move(d));
    }
    return unique;
}

std::string formatDiagnostic(const Diagnostic& d) {
    std::string text = d.at.file;
    if (d.at.line > 0) text += ":" + std::to_string(d.at.line);
    text += d.severity == Severity::error ? ": error: " : ": warning: ";
    return text + d.message;
}

}  // namespace partgen
