#pragma once
// Part numbers, family ids and series names become file names only through here. A
// maker's number may contain a slash ("770-744/064-000"); anything that could climb out
// of the output folder or name a hidden or special file is refused rather than guessed at.

#include <optional>
#include <string>

namespace partgen {

// "770-744/064-000" -> "770-744_064-000"; nullopt with `error` set when the number
// cannot be made a safe file name.
std::optional<std::string> fileStemForNumber(const std::string& number, std::string& error);

// A family id names files as it is ("eplan/<id>.xml"): letters, digits and - _ . + only.
// Empty when the id may be used, else the message.
std::string familyIdProblem(const std::string& id);

// A series name becomes part of library names: letters, digits, spaces and - _ . + only.
// Empty when the name may be used, else the message.
std::string seriesNameProblem(const std::string& series);

}  // namespace partgen
