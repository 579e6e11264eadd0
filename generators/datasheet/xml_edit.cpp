#include "datasheet/xml_edit.h"

#include <cctype>

namespace partgen {
namespace {

// One piece of markup: a start tag (perhaps self-closing), an end tag, or something
// without a name to match (comment, CDATA, declaration).
struct Tag {
    enum Kind { startTag, endTag, other } kind = other;
    std::string name;
    bool selfClosing = false;
    std::size_t begin = 0;
    std::size_t end = 0;  // just after the closing '>'
};

bool isNameChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == ':' || c == '.' ||
           static_cast<unsigned char>(c) >= 0x80;
}

// The end of a construct that closes with `close`, or npos when the text ends first.
std::size_t after(const std::string& text, std::size_t from, const std::string& close) {
    const auto at = text.find(close, from);
    return at == std::string::npos ? std::string::npos : at + close.size();
}

// The tag that begins at `at` (a '<'); its end is npos when the text is cut off.
Tag tagAt(const std::string& text, std::size_t at) {
    Tag tag;
    tag.begin = at;
    if (text.compare(at, 4, "<!--") == 0) {
        tag.end = after(text, at + 4, "-->");
        return tag;
    }
    if (text.compare(at, 9, "<![CDATA[") == 0) {
        tag.end = after(text, at + 9, "]]>");
        return tag;
    }
    if (text.compare(at, 2, "<?") == 0 || text.compare(at, 2, "<!") == 0) {
        tag.end = after(text, at + 2, ">");
        return tag;
    }
    std::size_t i = at + 1;
    tag.kind = Tag::startTag;
    if (i < text.size() && text[i] == '/') {
        tag.kind = Tag::endTag;
        ++i;
    }
    const std::size_t nameStart = i;
    while (i < text.size() && isNameChar(text[i])) ++i;
    tag.name = text.substr(nameStart, i - nameStart);
    // Attributes: a '>' inside quotes does not close the tag.
    char quote = 0;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (quote) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            tag.selfClosing = tag.kind == Tag::startTag && text[i - 1] == '/';
            tag.end = i + 1;
            return tag;
        }
    }
    tag.end = std::string::npos;
    return tag;
}

}  // namespace

std::size_t lineStart(const std::string& text, int line) {
    std::size_t at = 0;
    for (int l = 1; l < line; ++l) {
        at = text.find('\n', at);
        if (at == std::string::npos) return text.size();
        ++at;
    }
    return at;
}

std::optional<TextSpan> elementSpan(const std::string& text, int line, const std::string& name) {
    const std::size_t from = lineStart(text, line);
    const std::size_t lineEnd = text.find('\n', from);
    std::optional<std::size_t> begin;
    int depth = 0;
    for (std::size_t at = text.find('<', from); at != std::string::npos; at = text.find('<', at)) {
        const Tag tag = tagAt(text, at);
        if (tag.end == std::string::npos) return std::nullopt;
        at = tag.end;
        if (tag.kind == Tag::other || tag.name != name) continue;
        if (!begin) {
            if (tag.kind != Tag::startTag || tag.begin > lineEnd) return std::nullopt;
            begin = tag.begin;
            if (tag.selfClosing) return TextSpan{*begin, tag.end};
            depth = 1;
            continue;
        }
        if (tag.kind == Tag::startTag && !tag.selfClosing) ++depth;
        if (tag.kind == Tag::endTag && --depth == 0) return TextSpan{*begin, tag.end};
    }
    return std::nullopt;
}

}  // namespace partgen
