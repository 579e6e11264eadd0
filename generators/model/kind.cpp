#include "model/kind.h"

#include <array>

namespace partgen {
namespace {

struct KindInfo {
    Kind kind;
    std::string_view name;
    std::string_view title;
    bool panelMount;
    bool female;
};

constexpr std::array<KindInfo, 4> kinds{{
    {Kind::snapInSocket, "snap-in-socket", "Snap-in socket", true, true},
    {Kind::snapInPlug, "snap-in-plug", "Snap-in plug", true, false},
    {Kind::socket, "socket", "Socket", false, true},
    {Kind::plug, "plug", "Plug", false, false},
}};

const KindInfo& info(Kind k) {
    for (const auto& i : kinds)
        if (i.kind == k) return i;
    return kinds.front();
}

}  // namespace

std::string_view kindName(Kind k) { return info(k).name; }
std::string_view kindTitle(Kind k) { return info(k).title; }
bool isPanelMount(Kind k) { return info(k).panelMount; }
bool isFemale(Kind k) { return info(k).female; }

std::optional<Kind> kindFromName(std::string_view word) {
    for (const auto& i : kinds)
        if (i.name == word) return i.kind;
    return std::nullopt;
}

std::vector<Kind> allKinds() {
    std::vector<Kind> all;
    for (const auto& i : kinds) all.push_back(i.kind);
    return all;
}

std::string kindNames() {
    std::string names;
    for (const auto& i : kinds) names += (names.empty() ? "" : ", ") + std::string(i.name);
    return names;
}

}  // namespace partgen
