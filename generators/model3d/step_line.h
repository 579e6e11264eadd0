#pragma once
// The text of a STEP file's data section, gathered in a small buffer and handed on in
// large pieces: a model is tens of thousands of short tokens, and appending each one to
// the file's text on its own costs more than formatting it.

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "model/quantity.h"

namespace partgen {

// A REAL goes through whole steps of 10^-12, so rounding and text never depend on the
// locale, "-0" cannot appear, and two values written alike have equal steps.
std::int64_t stepRealSteps(double value);

class StepLine {
public:
    explicit StepLine(std::string& out) : out_(out) {}
    StepLine(const StepLine&) = delete;
    StepLine& operator=(const StepLine&) = delete;

    void put(std::string_view text) {
        if (text.size() > capacity) {
            flush();
            out_ += text;
            return;
        }
        room(text.size());
        std::memcpy(buffer_ + size_, text.data(), text.size());
        size_ += text.size();
    }
    void put(char c) {
        room(1);
        buffer_[size_++] = c;
    }
    void ref(int id);                    // #id
    void length(Length l);               // millimetres as a STEP REAL
    void realSteps(std::int64_t steps);  // steps of 10^-12 as a STEP REAL
    void real(double value) { realSteps(stepRealSteps(value)); }

    // Hands what is gathered to the text.
    void flush() {
        out_.append(buffer_, size_);
        size_ = 0;
    }

private:
    static constexpr std::size_t capacity = 8192;
    void room(std::size_t n) {
        if (size_ + n > capacity) flush();
    }
    void withPoint(std::int64_t steps, int scaleDigits);

    std::string& out_;
    char buffer_[capacity];
    std::size_t size_ = 0;
};

}  // namespace partgen
