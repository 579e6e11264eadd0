#include "kicad/lib_table.h"

#include <algorithm>
#include <optional>

#include "model/error.h"

namespace partgen {
namespace {

// A token of the table's text: "(", ")", a quoted string or a bare word, and its line.
struct Token {
    std::string_view text;
    std::size_t offset;
    int line;
};

class Tokens {
public:
    Tokens(std::string_view text, std::string file) : text_(text), file_(std::move(file)) {}

    std::optional<Token> next() {
        skipSpace();
        if (at_ >= text_.size()) return std::nullopt;
        const std::size_t start = at_;
        const char c = text_[at_];
        if (c == '(' || c == ')')
            ++at_;
        else if (c == '"')
            skipString();
        else
            while (at_ < text_.size() && !isSpace(text_[at_]) && text_[at_] != '(' && text_[at_] != ')') ++at_;
        return Token{text_.substr(start, at_ - start), start, line_};
    }

    Token expect(std::string_view what) {
        const auto t = next();
        if (!t) fail("the table ends where " + std::string(what) + " was expected");
        return *t;
    }

    [[noreturn]] void fail(const std::string& what) const {
        throw Error(ErrorCategory::usage, file_ + ":" + std::to_string(line_) + ": " + what);
    }

    std::string_view text() const { return text_; }

private:
    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

    void skipSpace() {
        while (at_ < text_.size() && isSpace(text_[at_])) {
            if (text_[at_] == '\n') ++line_;
            ++at_;
        }
    }

    void skipString() {
        for (++at_; at_ < text_.size() && text_[at_] != '"'; ++at_) {
            if (text_[at_] == '\\') ++at_;
            if (at_ < text_.size() && text_[at_] == '\n') ++line_;
        }
        if (at_ >= text_.size()) fail("a string that never ends");
        ++at_;
    }

    std::string_view text_;
    std::string file_;
    std::size_t at_ = 0;
    int line_ = 1;
};

std::string unquoted(std::string_view token) {
    if (token.size() < 2 || token.front() != '"') return std::string(token);
    std::string text;
    for (std::size_t i = 1; i + 1 < token.size(); ++i) {
        if (token[i] == '\\' && i + 2 < token.size()) ++i;
        text += token[i];
    }
    return text;
}

// The rest of a list whose "(" and head are read; its text ends at the returned offset.
// The value of a (name "...") child, at any depth of one, is written to `name`.
std::size_t skipList(Tokens& tokens, std::string* name) {
    for (int depth = 1;;) {
        const Token t = tokens.expect("')'");
        if (t.text == "(") {
            ++depth;
            const Token head = tokens.expect("a word");
            if (name && depth == 2 && head.text == "name") *name = unquoted(tokens.expect("a name").text);
            if (head.text == ")") --depth;
            if (head.text == "(") ++depth;
        } else if (t.text == ")" && --depth == 0) {
            return t.offset + 1;
        }
    }
}

LibTableEntry readEntry(Tokens& tokens, const Token& open) {
    LibTableEntry entry;
    const std::size_t end = skipList(tokens, &entry.name);
    if (entry.name.empty()) tokens.fail("a (lib ...) entry without a (name ...)");
    entry.text = std::string(tokens.text().substr(open.offset, end - open.offset));
    return entry;
}

}  // namespace

LibTable parseLibTable(std::string_view text, std::string_view kind, const std::string& file) {
    Tokens tokens(text, file);
    LibTable table{std::string(kind), "", {}};
    if (tokens.expect("'('").text != "(" || tokens.expect(kind).text != kind)
        tokens.fail("not a KiCad library table: it does not start with (" + std::string(kind));
    for (;;) {
        const Token t = tokens.expect("')'");
        if (t.text == ")") break;
        if (t.text != "(") tokens.fail("'" + std::string(t.text) + "' where an entry (lib ...) was expected");
        const Token head = tokens.expect("an entry");
        if (head.text == "lib") {
            table.entries.push_back(readEntry(tokens, t));
        } else if (head.text == "version" && table.versionText.empty() && table.entries.empty()) {
            table.versionText = std::string(text.substr(t.offset, skipList(tokens, nullptr) - t.offset));
        } else {
            tokens.fail("(" + std::string(head.text) + " ...) where an entry (lib ...) was expected");
        }
    }
    if (const auto rest = tokens.next()) tokens.fail("'" + std::string(rest->text) + "' after the table's end");
    return table;
}

std::string renderLibTable(const LibTable& table) {
    std::string text = "(" + table.kind + "\n";
    if (!table.versionText.empty()) text += "\t" + table.versionText + "\n";
    for (const auto& e : table.entries) text += "\t" + e.text + "\n";
    return text + ")\n";
}

LibTable mergedLibTable(LibTable theirs, const LibTable& ours) {
    for (const auto& entry : ours.entries) {
        const auto same = std::find_if(theirs.entries.begin(), theirs.entries.end(),
                                       [&](const LibTableEntry& e) { return e.name == entry.name; });
        if (same == theirs.entries.end())
            theirs.entries.push_back(entry);
        else
            *same = entry;
    }
    return theirs;
}

LibTable rebasedLibTable(LibTable table, std::string_view variable, const std::string& base) {
    const std::string from = "(uri \"" + std::string(variable);
    std::string escaped;
    for (const char c : base) escaped += (c == '"' || c == '\\') ? std::string{'\\', c} : std::string{c};
    for (auto& entry : table.entries)
        if (const auto at = entry.text.find(from); at != std::string::npos)
            entry.text.replace(at, from.size(), "(uri \"" + escaped);
    return table;
}

}  // namespace partgen
