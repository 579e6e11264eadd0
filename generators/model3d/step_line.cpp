#include "model3d/step_line.h"

#include <charconv>
#include <cmath>

#include "model/decimal.h"

namespace partgen {

std::int64_t stepRealSteps(double value) { return static_cast<std::int64_t>(std::llround(value * 1e12)); }

void StepLine::ref(int id) {
    room(16);
    buffer_[size_++] = '#';
    size_ = static_cast<std::size_t>(std::to_chars(buffer_ + size_, buffer_ + capacity, id).ptr - buffer_);
}

void StepLine::length(Length l) { withPoint(l.steps(), 6); }

void StepLine::realSteps(std::int64_t steps) { withPoint(steps, 12); }

// A REAL always has a decimal point: "12.5", "0.", "-3.".
void StepLine::withPoint(std::int64_t steps, int scaleDigits) {
    room(49);
    char* start = buffer_ + size_;
    char* end = writeDecimal(start, steps, scaleDigits, scaleDigits);
    if (std::memchr(start, '.', static_cast<std::size_t>(end - start)) == nullptr) *end++ = '.';
    size_ = static_cast<std::size_t>(end - buffer_);
}

}  // namespace partgen
