#include "format/format.h"

#include <stdexcept>

namespace partgen {

const std::string& FormatContext::option(const std::string& name) const {
    const auto found = settings.find(name);
    if (found == settings.end()) throw std::logic_error("format option --" + name + " was not declared");
    return found->second;
}

}  // namespace partgen
