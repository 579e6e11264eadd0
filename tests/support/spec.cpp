#include "support/spec.h"

#include <stdexcept>

#include "pipeline/formats.h"
#include "support/scratch.h"

namespace partgen::test {

const LoadedSpec& repositorySpec() {
    static const LoadedSpec spec = loadSpec(sourceDir() / "parts", sourceDir() / "templates", specReaders());
    return spec;
}

const std::vector<Variant>& repositoryVariants() {
    static const std::vector<Variant> variants = repositorySpec().all();
    return variants;
}

Variant variantOf(const LoadedSpec& spec, const std::string& number) {
    auto v = spec.variantNumbered(number);
    if (!v) throw std::runtime_error("no variant " + number + " in the spec");
    return std::move(*v);
}

const Variant& repositoryVariant(const std::string& number) {
    for (const auto& v : repositoryVariants())
        if (v.number == number) return v;
    throw std::runtime_error("no variant " + number + " in the spec");
}

}  // namespace partgen::test
