// The STEP text buffer: what is put comes out in order once flushed, however it meets the
// buffer's capacity; references and REALs in part 21 form.

#include "model3d/step_line.h"

#include "support/catch.h"

using namespace partgen;

namespace {

template <class Write>
std::string written(Write&& write) {
    std::string out;
    StepLine line(out);
    write(line);
    line.flush();
    return out;
}

}  // namespace

TEST_CASE("nothing reaches the text before a flush", "[model3d][step_line]") {
    std::string out = "HEADER;\n";
    StepLine line(out);
    line.put("#1=X();\n");
    CHECK(out == "HEADER;\n");
    line.flush();
    CHECK(out == "HEADER;\n#1=X();\n");
    line.flush();
    CHECK(out == "HEADER;\n#1=X();\n");
}

TEST_CASE("a reference is # and the decimal id", "[model3d][step_line]") {
    CHECK(written([](StepLine& l) { l.ref(1); }) == "#1");
    CHECK(written([](StepLine& l) {
              l.ref(2147483647);
              l.put(',');
              l.ref(40);
          }) == "#2147483647,#40");
}

TEST_CASE("pieces keep their order across the buffer's capacity", "[model3d][step_line]") {
    // Far more than one buffer of small pieces, of a size that does not divide it.
    std::string expected;
    const std::string out = written([&](StepLine& l) {
        for (int i = 0; i < 5000; ++i) {
            const std::string piece = "P" + std::to_string(i) + ";";
            expected += piece;
            l.put(piece);
            l.put('\n');
            expected += '\n';
        }
    });
    CHECK(out == expected);
}

TEST_CASE("a piece larger than the buffer follows what was gathered", "[model3d][step_line]") {
    const std::string large(20'000, 'x');
    CHECK(written([&](StepLine& l) {
              l.put("a");
              l.put(large);
              l.put("b");
          }) == "a" + large + "b");
}

TEST_CASE("REALs in steps of 10^-12 always have a decimal point", "[model3d][step_line]") {
    CHECK(written([](StepLine& l) { l.realSteps(1'000'000'000'000); }) == "1.");
    CHECK(written([](StepLine& l) { l.realSteps(-1); }) == "-0.000000000001");
    CHECK(written([](StepLine& l) { l.realSteps(0); }) == "0.");
    CHECK(written([](StepLine& l) { l.realSteps(2'500'000'000'000); }) == "2.5");
}

TEST_CASE("lengths are written in millimetres from nanometre steps", "[model3d][step_line]") {
    CHECK(written([](StepLine& l) { l.length(nanometres(1'500'000)); }) == "1.5");
    CHECK(written([](StepLine& l) { l.length(-millimetres(3)); }) == "-3.");
}

TEST_CASE("a real's steps are the nearest whole 10^-12, never a negative zero", "[model3d][step_line]") {
    CHECK(stepRealSteps(1.0) == 1'000'000'000'000);
    CHECK(stepRealSteps(-0.5) == -500'000'000'000);
    CHECK(stepRealSteps(-1e-15) == 0);
    CHECK(stepRealSteps(-0.0) == 0);
    CHECK(stepRealSteps(0.9e-12) == 1);
}

TEST_CASE("two reals equal to 12 decimals have the same steps", "[model3d][step_line]") {
    CHECK(stepRealSteps(0.1 + 0.2) == stepRealSteps(0.3));
}
