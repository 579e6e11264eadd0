#pragma once
// The frame every review page shares: one self-contained HTML file with its style inline,
// no scripts and nothing fetched from outside, so it opens from file:// on a machine
// without network.

#include <string>

namespace partgen {

// `extraStyle`: rules only this page needs, after the shared ones.
std::string htmlPageOpening(const std::string& title, const std::string& extraStyle = "");
std::string htmlPageClosing();

// A picture in its fixed box with its caption under it; `id` names the figure, so that a
// screenshot test finds its box.
std::string pictureFigure(const std::string& id, const std::string& source, const std::string& caption);

// Text for element content and attribute values.
std::string htmlText(const std::string& text);

}  // namespace partgen
