#pragma once
// The repository's own spec, loaded once, and lookups into it.

#include <string>
#include <vector>

#include "spec/load.h"

namespace partgen::test {

const LoadedSpec& repositorySpec();
// The repository's variants, all made once.
const std::vector<Variant>& repositoryVariants();
Variant variantOf(const LoadedSpec& spec, const std::string& number);
const Variant& repositoryVariant(const std::string& number);

}  // namespace partgen::test
