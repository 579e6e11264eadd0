#include "datasheet/value_forms.h"

#include "support/catch.h"

using namespace partgen;

TEST_CASE("tolerances in the ways datasheets write them", "[datasheet][values]") {
    CHECK(toleranceText("+ 0.1 mm") == "+0.1 mm");
    CHECK(toleranceText("+ 0.2 mm / - 0.1 mm") == "+0.2 / -0.1 mm");
    CHECK(toleranceText("+0.1/-0 mm") == "+0.1 / -0 mm");
    CHECK(toleranceText("\xC2\xB1 0,05 mm") == "+0.05 / -0.05 mm");
    CHECK_FALSE(toleranceText("0.1 mm"));
    CHECK_FALSE(toleranceText("+0.1"));
    CHECK_FALSE(toleranceText("+0.1 inch"));
    CHECK_FALSE(toleranceText("+0.1 mm / + 0.2 mm"));
}

TEST_CASE("counts with thousands separators and without", "[datasheet][values]") {
    CHECK(countText("200, without resistive load") == "200");
    CHECK(countText("1,000, without resistive load") == "1000");
    CHECK(countText("1.000") == "1000");
    CHECK(countText("10,000,000") == "10000000");
    CHECK_FALSE(countText("1,5"));
    CHECK_FALSE(countText("approx. 200"));
}

TEST_CASE("the metric half of a dual-unit value, in either order", "[datasheet][values]") {
    Remarks remarks;
    CHECK(metricHalf("45,5 mm / 1.791 inch", remarks) == "45.5 mm");
    CHECK(metricHalf("1.791 inches / 45.5 mm", remarks) == "45.5 mm");
    CHECK(metricHalf("9 mm / 0.35 inches", remarks) == "9 mm");
    CHECK(remarks.empty());
    CHECK(metricHalf("45.5 mm / 1.891 inch", remarks) == "45.5 mm");
    CHECK(remarks == Remarks{"'45.5 mm / 1.891 inch': the inches say 48 mm; the millimetres are read"});
}

TEST_CASE("ranges, AWG sizes and conductors", "[datasheet][values]") {
    Remarks remarks;
    CHECK(rangeText("-5 \xC2\xB0"
                    "C ... +40 \xC2\xB0"
                    "C",
                    remarks) ==
          "-5 ... 40 \xC2\xB0"
          "C");
    CHECK(rangeText("approx. 20 ... 70 N (depending on pole number)", remarks) == "20 ... 70 N");
    CHECK(remarks.empty());
    CHECK(rangeText("0.5 2 mm / 0.02 0.079 inches", remarks) == "0.5 ... 2 mm");
    CHECK(remarks.size() == 1);
    CHECK_FALSE(
        rangeText("-5 \xC2\xB0"
                  "C ... +40 K",
                  remarks));
    CHECK(awgText("AWG 20 ... 12") == "20 ... 12");
    CHECK(awgText("20 12 AWG") == "20 ... 12");
    CHECK(awgText("16 AWG") == "16");
    CHECK_FALSE(awgText("twenty AWG"));
    CHECK(conductorText("0,5 ... 4 mm\xC2\xB2 / AWG 20 ... 12", remarks) == "0.5 ... 4 mm\xC2\xB2 / 20 ... 12 AWG");
    CHECK(conductorText("4 mm\xC2\xB2", remarks) == "4 mm\xC2\xB2");
    CHECK_FALSE(conductorText("4 mm\xC2\xB2 / 12", remarks));
}

TEST_CASE("qualifiers of labels", "[datasheet][values]") {
    CHECK(splitQualifier("Rated current (III / 3)").label == "Rated current");
    CHECK(splitQualifier("Rated current (III / 3)").qualifier == "(III / 3)");
    CHECK(splitQualifier("Width").qualifier.empty());
    CHECK(ratingConditions("(III/2)")->pollutionDegree == "2");
    CHECK(ratingConditions("(III / 3)")->overvoltageCategory == "III");
    CHECK_FALSE(ratingConditions("(factory wiring only)"));
}

TEST_CASE("cutout sizes", "[datasheet][values][cutout]") {
    const auto a = cutoutText("40,8 x 16,2 mm, R 0,5");
    REQUIRE(a);
    CHECK(a->width == "40.8 mm");
    CHECK(a->height == "16.2 mm");
    CHECK(a->radius == "0.5 mm");
    const auto b = cutoutText("40.8 mm \xC3\x97 16.2 mm");
    REQUIRE(b);
    CHECK(b->radius.empty());
    CHECK_FALSE(cutoutText("40.8 x 16.2"));
    CHECK_FALSE(cutoutText("40.8 x 16.2 mm, corners rounded"));
}
