#pragma once
// What a part is: how it mounts and which gender its contacts are. Generators ask
// these questions instead of comparing kind names.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace partgen {

enum class Kind { snapInSocket, snapInPlug, socket, plug };

std::string_view kindName(Kind k);   // spec word, e.g. "snap-in-socket"
std::string_view kindTitle(Kind k);  // for descriptions, e.g. "Snap-in socket"
std::optional<Kind> kindFromName(std::string_view word);
std::string kindNames();  // every spec word, for messages
std::vector<Kind> allKinds();

bool isPanelMount(Kind k);  // needs a panel cutout
bool isFemale(Kind k);

}  // namespace partgen
