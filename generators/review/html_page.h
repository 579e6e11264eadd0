#pragma once
// The frame every review page shares: one self-contained HTML file with its style inline,
// no scripts and nothing fetched from outside, so it opens from file:// on a machine
// without network.

#include <string>

namespace partgen {

std::string htmlPageOpening(const std::string& title);
std::string htmlPageClosing();

// Text for element content and attribute values.
std::string htmlText(const std::string& text);

}  // namespace partgen
