#pragma once
// The output formats `partgen generate` knows: the registered descriptors, and what the
// command line, the spec loader and the inputs digest derive from them.

#include <optional>
#include <string>
#include <vector>

#include "format/format.h"
#include "spec/load.h"

namespace partgen {

// Every registered format, in the order `--format all` writes them.
const std::vector<const Format*>& allFormats();

// Every option of every format, each once, in registration order.
std::vector<FormatOption> allFormatOptions();

// Each option at its default (its first choice).
FormatSettings defaultSettings();

// What every command that reads a spec reads it with: every format's templates/ files and
// every format's checks, so `check` and `generate` refuse the same specs whatever formats
// are chosen.
SpecReaders specReaders();

std::string formatNames();  // "resolved, ..." for help and messages

// "resolved,kicad-sym" -> those formats; "all" or empty -> every format.
std::optional<std::vector<const Format*>> selectFormats(const std::string& list, std::string& error);

}  // namespace partgen
