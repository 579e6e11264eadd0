#pragma once
// A generated file: where it goes below the output folder and its exact bytes.

#include <string>
#include <utility>
#include <vector>

namespace partgen {

struct Document {
    std::string path;   // relative, '/'-separated, e.g. "resolved/770-744.xml"
    std::string bytes;
};

// The documents moved into a list; a braced list would copy every file's bytes.
template <class... Documents>
std::vector<Document> documentList(Documents&&... documents) {
    std::vector<Document> list;
    list.reserve(sizeof...(documents));
    (list.push_back(std::forward<Documents>(documents)), ...);
    return list;
}

}  // namespace partgen
