#pragma once
// DXF group-code/value pairs, the shape every DXF version shares.

#include <string>
#include <string_view>

#include "geometry/shapes.h"

namespace partgen {

enum class DxfVersion { r12, r2000 };

class DxfStream {
public:
    void tag(int code, std::string_view value);
    void tag(int code, int value) { tag(code, std::string_view(std::to_string(value))); }
    void length(int code, Length value);
    void point(int code, Point p);  // code, code + 10, code + 20 (z = 0)
    std::string take() { return std::move(text_); }

private:
    std::string text_;
};

// Text for a DXF string value: ASCII as is, anything else as \U+XXXX (how DXF readers
// take characters outside the drawing's code page).
std::string dxfText(std::string_view utf8);

}  // namespace partgen
