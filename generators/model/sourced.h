#pragma once
// A spec value together with where it came from and where it was written.

#include <optional>
#include <utility>

#include "model/provenance.h"

namespace partgen {

template <class T>
struct Sourced {
    std::optional<T> value;
    Provenance source = Provenance::datasheet;
    SourceLocation at;

    bool has() const { return value.has_value(); }
    const T& operator*() const { return *value; }
    const T* operator->() const { return &*value; }
    void set(T v, Provenance p, SourceLocation where) {
        value = std::move(v);
        source = p;
        at = std::move(where);
    }
};

}  // namespace partgen
