#pragma once
// Entity ids by key for the STEP writer: open addressing in one array, so that looking
// up and adding the thousands of points, vertices and edges of a model costs no
// allocation each, unlike a node-based map.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace partgen {

// Keys map to positive ids; Hash gives a 64-bit hash of a key.
template <class Key, class Hash>
class IdTable {
public:
    explicit IdTable(std::size_t expected = 64) { slots_.resize(capacityFor(expected)); }

    // The id of `key`, or 0 when it has none.
    int find(const Key& key) const {
        for (std::size_t i = start(key);; i = (i + 1) & mask()) {
            const Slot& s = slots_[i];
            if (s.id == 0) return 0;
            if (s.key == key) return s.id;
        }
    }

    // `key` must not have an id yet.
    void add(const Key& key, int id) {
        if (2 * (count_ + 1) > slots_.size()) grow();
        place(key, id);
        ++count_;
    }

private:
    struct Slot {
        Key key{};
        int id = 0;
    };

    static std::size_t capacityFor(std::size_t expected) {
        std::size_t capacity = 16;
        while (capacity < 2 * expected) capacity *= 2;
        return capacity;
    }
    std::size_t mask() const { return slots_.size() - 1; }
    std::size_t start(const Key& key) const {
        const std::uint64_t h = Hash{}(key);
        return static_cast<std::size_t>(h ^ (h >> 32)) & mask();
    }
    void place(const Key& key, int id) {
        std::size_t i = start(key);
        while (slots_[i].id != 0) i = (i + 1) & mask();
        slots_[i] = {key, id};
    }
    void grow() {
        std::vector<Slot> old(slots_.size() * 2);
        old.swap(slots_);
        for (const Slot& s : old)
            if (s.id != 0) place(s.key, s.id);
    }

    std::vector<Slot> slots_;
    std::size_t count_ = 0;
};

}  // namespace partgen
