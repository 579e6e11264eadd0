#pragma once
// Where a value came from. Ordered from most to least trustworthy, so that a value
// computed from others is as weak as its weakest input.

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace partgen {

// `inherited`: a variant's value taken from the part it varies, which its own datasheet
// does not state; partgen sets it, a spec may also write it.
enum class Provenance { datasheet, drawing, inherited, derived, estimated };

std::string_view provenanceName(Provenance p);
std::optional<Provenance> provenanceFromName(std::string_view word);
std::string provenanceNames();  // "datasheet, drawing, inherited, derived, estimated" for messages

constexpr Provenance weakest(Provenance a, Provenance b) { return a > b ? a : b; }

// A file name kept once for the whole process: every value of a spec records the file
// it came from, and a large catalog makes hundreds of thousands of such values.
class FileName {
public:
    FileName();
    FileName(const std::string& name);  // NOLINT(google-explicit-constructor): a file name is its text
    FileName(const char* name) : FileName(std::string(name)) {}  // NOLINT(google-explicit-constructor)

    const std::string& str() const { return *name_; }
    operator const std::string&() const { return *name_; }  // NOLINT(google-explicit-constructor)

    // Names are kept once, so equal names are the same object.
    friend bool operator==(FileName a, FileName b) { return a.name_ == b.name_; }
    friend bool operator<(FileName a, FileName b) { return *a.name_ < *b.name_; }
    friend std::ostream& operator<<(std::ostream& out, FileName f) { return out << *f.name_; }

private:
    const std::string* name_;
};

// Where a value was written: file and 1-based line. Plain data, kept so that checks
// run after resolution can still point at the spec line at fault.
struct SourceLocation {
    FileName file;
    int line = 0;
    bool operator==(const SourceLocation&) const = default;
};

}  // namespace partgen
