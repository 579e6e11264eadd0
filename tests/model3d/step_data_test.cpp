// A STEP file's DATA section: entities numbered in writing order, each "#N=...;" on a
// line of its own; points, directions, vectors and repeated texts written once and shared.

#include "model3d/step_data.h"

#include <stdexcept>

#include "support/catch.h"

using namespace partgen;

namespace {

Point3 at(std::int64_t x, std::int64_t y, std::int64_t z) { return {millimetres(x), millimetres(y), millimetres(z)}; }

}  // namespace

TEST_CASE("entities are numbered from 1 in writing order, after the prefix", "[model3d][step_data]") {
    StepData data("DATA;\n");
    CHECK(data.add("A()") == 1);
    CHECK(data.add("B()") == 2);
    CHECK(data.finish("ENDSEC;\n") == "DATA;\n#1=A();\n#2=B();\nENDSEC;\n");
}

TEST_CASE("an entity text given twice is written once and shared", "[model3d][step_data]") {
    StepData data("");
    const int first = data.add("COLOUR_RGB('',1.,0.,0.)");
    data.add("OTHER()");
    CHECK(data.add("COLOUR_RGB('',1.,0.,0.)") == first);
    CHECK(data.finish("") == "#1=COLOUR_RGB('',1.,0.,0.);\n#2=OTHER();\n");
}

TEST_CASE("a point is a CARTESIAN_POINT in millimetres, one per position", "[model3d][step_data]") {
    StepData data("");
    const Point3 p{Length::fromSteps(1'500'000), millimetres(-2), Length()};
    CHECK(data.point(p) == 1);
    CHECK(data.point(at(0, 0, 0)) == 2);
    CHECK(data.point(p) == 1);
    CHECK(data.finish("") == "#1=CARTESIAN_POINT('',(1.5,-2.,0.));\n#2=CARTESIAN_POINT('',(0.,0.,0.));\n");
}

TEST_CASE("a direction is written as its unit vector, shared by every length", "[model3d][step_data]") {
    StepData data("");
    CHECK(data.direction({0, 0, 5}) == 1);
    CHECK(data.direction({0, 0, 0.25}) == 1);
    CHECK(data.direction({3, 4, 0}) == 2);  // a 3-4-5 triangle: (0.6, 0.8, 0)
    CHECK(data.finish("") == "#1=DIRECTION('',(0.,0.,1.));\n#2=DIRECTION('',(0.6,0.8,0.));\n");
}

TEST_CASE("a direction of zero length is a programming error", "[model3d][step_data]") {
    StepData data("");
    CHECK_THROWS_AS(data.direction({0, 0, 0}), std::logic_error);
}

TEST_CASE("a vector is its direction and length, one per difference of points", "[model3d][step_data]") {
    StepData data("");
    const int v = data.vector(at(0, 0, 0), at(3, 4, 0));
    CHECK(v == 2);                                            // its direction first
    CHECK(data.vector(at(10, 10, 10), at(13, 14, 10)) == v);  // the same edge moved
    CHECK(data.vector(at(0, 0, 0), at(6, 8, 0)) == 3);        // same direction, twice as long
    CHECK(data.finish("") ==
          "#1=DIRECTION('',(0.6,0.8,0.));\n"
          "#2=VECTOR('',#1,5.);\n"
          "#3=VECTOR('',#1,10.);\n");
}

TEST_CASE("an entity written piece by piece refers to those written before", "[model3d][step_data]") {
    StepData data("");
    const int p = data.point(at(1, 0, 0));
    const int d = data.direction({1, 0, 0});
    const int line = Entity(data, "LINE(''").ref(p).ref(d).end(")");
    const int loop = Entity(data, "EDGE_LOOP(''").refs({p, d, line}).end(")");
    const int empty = Entity(data, "SET(''").refs({}).text(",.T.").end(")");
    CHECK(line == 3);
    CHECK(loop == 4);
    CHECK(empty == 5);
    const std::string text = data.finish("");
    CHECK(text.ends_with("#3=LINE('',#1,#2);\n#4=EDGE_LOOP('',(#1,#2,#3));\n#5=SET('',(),.T.);\n"));
}

TEST_CASE("a reference appended to text is # and the id", "[model3d][step_data]") {
    std::string out = "(";
    appendRef(out, 12);
    appendRef(out, 3);
    CHECK(out == "(#12#3");
}

TEST_CASE("each of many points keeps the id it was first written with", "[model3d][step_data]") {
    StepData data("");
    std::vector<int> ids;
    for (int i = 0; i < 2000; ++i) ids.push_back(data.point(at(i, -i, i % 7)));
    for (int i = 0; i < 2000; ++i) CHECK(data.point(at(i, -i, i % 7)) == ids[static_cast<std::size_t>(i)]);
    CHECK(ids.back() == 2000);
}
