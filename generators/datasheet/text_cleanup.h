#pragma once
// Repairs what PDF-to-text extraction does to datasheets: CRLF line ends, Unicode
// ellipses and spaces, "mm ²", decimal commas, words broken at line ends, and Cyrillic
// letters that look like Latin ones.

#include <string>
#include <vector>

namespace partgen {

// Line ends, ellipsis, no-break and thin spaces, "mm ²" -> "mm²"; one entry per line.
std::vector<std::string> cleanLines(const std::string& text);

// "0,5" -> "0.5" (a comma between digits only; "200, without" stays).
std::string pointDecimals(const std::string& text);

// "Ship- ping" -> "Shipping"
std::string joinBrokenWords(const std::string& text);

// Cyrillic capitals that look like Latin ones replaced; `changed` tells whether any were.
std::string latinLookalikes(const std::string& text, bool& changed);

std::string trimmed(const std::string& text);
std::string collapseSpaces(const std::string& text);
std::vector<std::string> tabCells(const std::string& line);  // non-empty, trimmed

// A sentence or a bullet of one; a table row is short and has no full stop.
bool isSentence(const std::string& line);
bool hasDigit(const std::string& text);

}  // namespace partgen
