#pragma once
// Items that come from several threads in any order, handed on in the order of their
// positions (0, 1, ...): each waits only until those before it have come.

#include <cstddef>
#include <map>
#include <utility>

namespace partgen {

template <class Item>
class InOrder {
public:
    // Not thread-safe: the caller holds its lock. `handOn(item)` runs for this item and
    // every waiting one after it that is now due.
    template <class HandOn>
    void add(std::size_t position, Item item, HandOn&& handOn) {
        waiting_.emplace(position, std::move(item));
        for (auto it = waiting_.begin(); it != waiting_.end() && it->first == next_; it = waiting_.erase(it)) {
            handOn(std::move(it->second));
            ++next_;
        }
    }

private:
    std::size_t next_ = 0;
    std::map<std::size_t, Item> waiting_;
};

}  // namespace partgen
