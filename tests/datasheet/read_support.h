#pragma once
// Reading the seed datasheet texts, and altered copies of them, in the datasheet tests.

#include <string>
#include <vector>

#include "datasheet/datasheet_reader.h"

namespace partgen::test {

std::string fixture(const std::string& name);

// The layouts in the repository's templates/datasheets.
const DatasheetLayout& repositoryLayouts();

struct Read {
    ImportedPart part;
    std::vector<std::string> messages;  // "sheet.txt:12: warning: ..."
};

Read readText(const std::string& text);

// The value read for `property`, or "(none)".
std::string value(const Read& r, const std::string& property);

bool hasMessage(const Read& r, const std::string& text);

// The text with its first `from` replaced by `to`; fails the test when `from` is absent.
std::string replaced(std::string text, const std::string& from, const std::string& to);

// As `replaced`, for any text.
std::string replacedText(std::string text, const std::string& from, const std::string& to);

// The number of the first line of `text` that contains `what` (1-based), 0 when none does.
int lineOf(const std::string& text, const std::string& what);

}  // namespace partgen::test
