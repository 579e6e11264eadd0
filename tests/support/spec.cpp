#include "support/spec.h"

#include <stdexcept>

#include "support/scratch.h"

namespace partgen::test {

const LoadedSpec& repositorySpec() {
    static const LoadedSpec spec = loadSpec(sourceDir() / "parts", sourceDir() / "templates");
    return spec;
}

const Variant& variantOf(const LoadedSpec& spec, const std::string& number) {
    for (const auto& v : spec.catalog.variants)
        if (v.number == number) return v;
    throw std::runtime_error("no variant " + number + " in the spec");
}

}  // namespace partgen::test
