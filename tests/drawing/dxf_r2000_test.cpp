// DXF R2000 (AC1015): LWPOLYLINE contours and handles in writing order.

#include "drawing/dxf_r2000.h"

#include <set>
#include <sstream>

#include "drawing/format.h"
#include "support/catch.h"
#include "support/formats.h"
#include "support/occurrences.h"
#include "support/spec.h"

using namespace partgen;

namespace {

const Variant& variant(const std::string& number) { return test::repositoryVariant(number); }

// Every handle (group code 5) of an object, in order; not the header's $HANDSEED, which
// is written with the same group code.
std::vector<std::string> handles(const std::string& dxf) {
    std::vector<std::string> out;
    std::istringstream in(dxf);
    std::string previous;
    for (std::string code, value; std::getline(in, code) && std::getline(in, value); previous = value)
        if (code == "  5" && previous != "$HANDSEED") out.push_back(value);
    return out;
}

}  // namespace

TEST_CASE("R2000 has handles in writing order and a handle seed past the last", "[drawing][dxf]") {
    const auto first = test::variantDocuments(dxfFormat(), variant("770-745"), {{"dxf-version", "2000"}})[0].bytes;
    const auto again = test::variantDocuments(dxfFormat(), variant("770-745"), {{"dxf-version", "2000"}})[0].bytes;
    CHECK(first == again);
    CHECK(first.find("AC1015") != std::string::npos);
    CHECK(test::occurrences(first, "\nLWPOLYLINE\n") == 1);
    CHECK(first.find("$HANDSEED\n  5\n") != std::string::npos);
    CHECK(first.find("*Model_Space") != std::string::npos);
}

TEST_CASE("an R2000 arc's bulge follows the vertex at its start", "[drawing][dxf]") {
    // A half circle over the x axis, closed by its diameter: bulge tan(180 / 4) = 1.
    const Arc top{{}, millimetres(5), {0}, {2}};
    Drawing d;
    d.add(PolylineEntity{DrawingLayer::cut, Contour{{top, LineSegment{endOf(top), startOf(top)}}}});
    CHECK(writeDxfR2000(d).find(" 90\n2\n 70\n1\n 10\n5\n 20\n0\n 42\n1\n 10\n-5\n 20\n0\n  0\n") != std::string::npos);
}

TEST_CASE("every R2000 handle is hexadecimal and unique, the seed past the last", "[drawing][dxf]") {
    const std::string dxf = test::variantDocuments(dxfFormat(), variant("770-744"), {{"dxf-version", "2000"}})[0].bytes;
    const auto all = handles(dxf);
    REQUIRE_FALSE(all.empty());
    std::set<unsigned long> seen;
    for (const auto& h : all) {
        INFO(h);
        REQUIRE(h.find_first_not_of("0123456789ABCDEF") == std::string::npos);
        CHECK(seen.insert(std::stoul(h, nullptr, 16)).second);
    }
    const auto seedAt = dxf.find("$HANDSEED\n  5\n");
    REQUIRE(seedAt != std::string::npos);
    const auto seedStart = seedAt + std::string("$HANDSEED\n  5\n").size();
    const std::string seed = dxf.substr(seedStart, dxf.find('\n', seedStart) - seedStart);
    CHECK(std::stoul(seed, nullptr, 16) > *seen.rbegin());
}

TEST_CASE("an R2000 file ends with EOF", "[drawing][dxf]") {
    const std::string dxf = test::variantDocuments(dxfFormat(), variant("770-744"), {{"dxf-version", "2000"}})[0].bytes;
    CHECK(dxf.ends_with("  0\nEOF\n"));
}
