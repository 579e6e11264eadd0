#pragma once
// The house rules of templates/, each set read by the reader of the folder that uses it
// (kicad/ reads kicad.xml, drawing/ drawing.xml, ...). The spec layer keeps them by type
// without knowing them, so a new format brings its rules without touching spec/.

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <typeindex>
#include <vector>

namespace partgen {

class Diagnostics;

class HouseRules {
public:
    template <class Rules>
    void put(Rules rules) {
        sets_[typeid(Rules)] = std::make_shared<const Rules>(std::move(rules));
    }

    // The set read from its file; a format asking for a set nobody read is a bug.
    template <class Rules>
    const Rules& get() const {
        const auto found = sets_.find(typeid(Rules));
        if (found == sets_.end()) throw std::logic_error(std::string("house rules not read: ") + typeid(Rules).name());
        return *static_cast<const Rules*>(found->second.get());
    }

private:
    std::map<std::type_index, std::shared_ptr<const void>> sets_;
};

// One file of templates/ and the reader that puts its rules into a HouseRules. Every
// setting is required and unknown ones are errors, reported at their file and line.
struct RuleFile {
    std::string name;  // e.g. "kicad.xml"
    std::function<void(const std::filesystem::path& dir, const std::string& displayDir, Diagnostics&, HouseRules&)>
        read;
};

}  // namespace partgen
