#pragma once
// The category of the partgen::Error an action throws, for tests of throw sites. Any other
// exception goes on to Catch2, which reports it as unexpected.

#include <optional>

#include "model/error.h"

namespace partgen::test {

template <class Action>
std::optional<ErrorCategory> thrownCategory(Action&& action) {
    try {
        action();
    } catch (const Error& e) {
        return e.category();
    }
    return std::nullopt;
}

}  // namespace partgen::test
