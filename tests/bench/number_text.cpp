#include "number_text.h"

#include <cstdio>

namespace partgen::bench {

std::string fixed(double value, int decimals) {
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

}  // namespace partgen::bench
