#pragma once
// Part numbers become file names only through here. A maker's number may contain a
// slash ("770-744/064-000"); anything that could climb out of the output folder or
// name a hidden or special file is refused rather than guessed at.

#include <optional>
#include <string>

namespace partgen {

// "770-744/064-000" -> "770-744_064-000"; nullopt with `error` set when the number
// cannot be made a safe file name.
std::optional<std::string> fileStemForNumber(const std::string& number, std::string& error);

}  // namespace partgen
