#pragma once
// A small S-expression tree between KiCad's models and bytes: writers build lists,
// and one printer decides quoting, number text and line breaks, so every KiCad file
// partgen writes is laid out the same way.

#include <string>
#include <vector>

#include "model/quantity.h"

namespace partgen {

struct Sym {
    std::string text;  // a bare token: yes, passive, F.Cu
};

struct Str {
    std::string text;  // a quoted string
};

class SExpr {
public:
    explicit SExpr(std::string head) : atom_(std::move(head)), list_(true) {}

    template <class... Args>
    static SExpr of(std::string head, const Args&... args) {
        SExpr e(std::move(head));
        (e.add(args), ...);
        return e;
    }

    SExpr& add(const SExpr& child);
    SExpr& add(const Sym& s);
    SExpr& add(const Str& s);
    SExpr& add(Length l);  // millimetres, at most six decimals
    SExpr& add(int value);

    // Tab-indented; a list of atoms only, or one that fits on a line of 99 characters,
    // stays on one line.
    std::string render() const;
    // Appends the rendering as a child at `depth` (tabs) of lists written around it.
    void render(std::string& out, int depth) const;

private:
    SExpr(std::string atom, bool) : atom_(std::move(atom)), list_(false) {}
    bool inline_(std::string& out) const;

    std::string atom_;  // a list's head, or an atom's text as written
    bool list_;
    std::vector<SExpr> children_;
};

// KiCad's text for a length in mm: "-19.2", "0".
std::string kicadNumber(Length l);

}  // namespace partgen
