#pragma once
// Two-way tables between an enum and the words that name it in files, so that no
// writer or reader spells an enum value as a loose string of its own.

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace partgen {

template <class E, std::size_t N>
class EnumTable {
public:
    constexpr explicit EnumTable(std::array<std::pair<E, std::string_view>, N> entries) : entries_(entries) {}

    constexpr std::string_view name(E value) const {
        for (const auto& [e, word] : entries_)
            if (e == value) return word;
        return {};
    }

    constexpr std::optional<E> find(std::string_view word) const {
        for (const auto& [e, w] : entries_)
            if (w == word) return e;
        return std::nullopt;
    }

    constexpr const auto& entries() const { return entries_; }

private:
    std::array<std::pair<E, std::string_view>, N> entries_;
};

}  // namespace partgen
