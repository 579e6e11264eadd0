#include "spec/diagnostics.h"

#include <algorithm>
#include <unordered_map>

namespace partgen {
namespace {

// The same words in another file are another mistake, and worth their own line.
std::string messageKey(const Diagnostic& d) {
    return d.at.file.str() + '\n' + (d.severity == Severity::error ? "e" : "w") + '\n' + d.message;
}

// A message at one place: kept once however often it is found.
std::string keyOf(const Diagnostic& d) { return messageKey(d) + '\n' + std::to_string(d.at.line); }

// "10559" -> "10,559"
std::string withThousands(std::size_t n) {
    std::string digits = std::to_string(n);
    for (auto i = static_cast<std::ptrdiff_t>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(static_cast<std::size_t>(i), ",");
    return digits;
}

// Up to this many places of one message are listed in full.
constexpr std::size_t placesShownInFull = 3;

}  // namespace

void Diagnostics::error(const SourceLocation& at, std::string message) {
    add({at, Severity::error, std::move(message)});
}

void Diagnostics::warning(const SourceLocation& at, std::string message) {
    add({at, Severity::warning, std::move(message)});
}

void Diagnostics::addAll(const Diagnostics& other) {
    for (const Diagnostic& d : other.items_) add(d);
}

void Diagnostics::add(Diagnostic d) {
    if (!keys_.insert(keyOf(d)).second) return;
    ++(d.severity == Severity::error ? errors_ : warnings_);
    items_.push_back(std::move(d));
}

std::vector<Diagnostic> Diagnostics::sorted() const {
    std::vector<Diagnostic> out = items_;
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
        if (a.at.file != b.at.file) return a.at.file < b.at.file;
        return a.at.line < b.at.line;
    });
    return out;
}

std::string formatDiagnostic(const Diagnostic& d) {
    std::string text = d.at.file;
    if (d.at.line > 0) text += ":" + std::to_string(d.at.line);
    text += d.severity == Severity::error ? ": error: " : ": warning: ";
    return text + d.message;
}

std::vector<std::string> formatDiagnostics(const Diagnostics& diagnostics) {
    const auto all = diagnostics.sorted();
    std::unordered_map<std::string, std::size_t> places;
    for (const auto& d : all) ++places[messageKey(d)];
    std::vector<std::string> lines;
    std::unordered_set<std::string> collapsed;
    for (const auto& d : all) {
        const auto key = messageKey(d);
        const std::size_t count = places[key];
        if (count <= placesShownInFull) {
            lines.push_back(formatDiagnostic(d));
        } else if (collapsed.insert(key).second) {
            lines.push_back(formatDiagnostic(d));
            lines.push_back("... and " + withThousands(count - 1) + " more like this");
        }
    }
    return lines;
}

}  // namespace partgen
