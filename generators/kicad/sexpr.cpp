#include "kicad/sexpr.h"

#include <algorithm>

#include "model/decimal.h"

namespace partgen {
namespace {

constexpr std::size_t lineLimit = 99;

std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out + "\"";
}

}  // namespace

std::string kicadNumber(Length l) { return formatUnits(l, 6); }

SExpr& SExpr::add(const SExpr& child) {
    children_.push_back(child);
    return *this;
}

SExpr& SExpr::add(const Sym& s) {
    children_.push_back(SExpr(s.text, false));
    return *this;
}

SExpr& SExpr::add(const Str& s) {
    children_.push_back(SExpr(quoted(s.text), false));
    return *this;
}

SExpr& SExpr::add(Length l) {
    children_.push_back(SExpr(kicadNumber(l), false));
    return *this;
}

SExpr& SExpr::add(int value) {
    children_.push_back(SExpr(std::to_string(value), false));
    return *this;
}

bool SExpr::inline_(std::string& out) const {
    if (!list_) {
        out += atom_;
        return true;
    }
    const bool atomsOnly = std::none_of(children_.begin(), children_.end(), [](const SExpr& c) { return c.list_; });
    out += "(" + atom_;
    for (const auto& c : children_) {
        out += " ";
        if (!c.inline_(out) || (!atomsOnly && out.size() > lineLimit)) return false;
    }
    out += ")";
    return atomsOnly || out.size() <= lineLimit;
}

void SExpr::render(std::string& out, int depth) const {
    const std::string indent(static_cast<std::size_t>(depth), '\t');
    std::string line;
    if (!list_ || inline_(line)) {
        out += indent + (list_ ? line : atom_) + "\n";
        return;
    }
    out += indent + "(" + atom_;
    // Leading atoms stay on the head's line: (symbol "Name" ...), (pin passive line ...).
    std::size_t i = 0;
    for (; i < children_.size() && !children_[i].list_; ++i) out += " " + children_[i].atom_;
    out += "\n";
    for (; i < children_.size(); ++i) children_[i].render(out, depth + 1);
    out += indent + ")\n";
}

std::string SExpr::render() const {
    std::string out;
    render(out, 0);
    return out;
}

}  // namespace partgen
