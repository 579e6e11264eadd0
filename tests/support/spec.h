#pragma once
// The repository's own spec, loaded once, and lookups into it.

#include <string>

#include "spec/load.h"

namespace partgen::test {

const LoadedSpec& repositorySpec();
const Variant& variantOf(const LoadedSpec& spec, const std::string& number);
inline const Variant& repositoryVariant(const std::string& number) { return variantOf(repositorySpec(), number); }

}  // namespace partgen::test
