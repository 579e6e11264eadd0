#pragma once
// A generated file: where it goes below the output folder and its exact bytes.

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace partgen {

struct Document {
    std::string path;  // relative, '/'-separated, e.g. "resolved/770-744.xml"
    std::string bytes;
};

// Where a streamed document's bytes go, piece by piece, in order.
using ByteSink = std::function<void(std::string_view piece)>;

// A file too large to hold whole, such as a library of every variant of a family: its
// writer hands it to a sink one record at a time, so memory does not grow with the
// number of variants. `write` may be called once, while the catalog it reads lives.
struct StreamedDocument {
    std::string path;
    std::function<void(const ByteSink&)> write;
};

// The whole of a streamed document, for small cases and tests.
inline Document collected(const StreamedDocument& document) {
    Document whole{document.path, {}};
    document.write([&whole](std::string_view piece) { whole.bytes += piece; });
    return whole;
}

// The documents moved into a list; a braced list would copy every file's bytes.
template <class... Documents>
std::vector<Document> documentList(Documents&&... documents) {
    std::vector<Document> list;
    list.reserve(sizeof...(documents));
    (list.push_back(std::forward<Documents>(documents)), ...);
    return list;
}

}  // namespace partgen
