#include "spec/part_number.h"

#include "support/catch.h"

using namespace partgen;

TEST_CASE("a variant slash becomes an underscore", "[spec][part-number]") {
    std::string error;
    CHECK(fileStemForNumber("770-744/064-000", error) == "770-744_064-000");
    CHECK(fileStemForNumber("770-744", error) == "770-744");
    CHECK(fileStemForNumber("A1.2+x", error) == "A1.2+x");
}

TEST_CASE("numbers that would leave the folder or name odd files are refused", "[spec][part-number]") {
    for (const char* bad : {"", "../770-744", "770/../../etc", "/770-744", "770-744/", ".hidden", "770 744", "770\\744",
                            "770:744", "770-744\n"}) {
        std::string error;
        INFO(bad);
        CHECK_FALSE(fileStemForNumber(bad, error));
        CHECK(error.find("part number") == 0);
    }
    std::string error;
    CHECK_FALSE(fileStemForNumber(std::string(101, '7'), error));
}

TEST_CASE("family ids are file names: no path, no odd characters", "[spec][part-number]") {
    CHECK(familyIdProblem("wago-winsta-midi") == "");
    CHECK(familyIdProblem("../../escaped") ==
          "family id '../../escaped' contains '..' and cannot be used in a file name");
    CHECK(familyIdProblem("a/b") == "family id 'a/b' contains '/'; only letters, digits and - _ . + are allowed");
    CHECK(familyIdProblem(".hidden") == "family id '.hidden' starts with '.' and would name a hidden file");
    CHECK(familyIdProblem("K\xC3\xA4se") ==
          "family id 'K\xC3\xA4se' contains '\xC3\xA4'; only letters, digits and - _ . + are allowed");
    CHECK(familyIdProblem(std::string(101, 'a')).find("is longer than 100 characters") != std::string::npos);
}

TEST_CASE("series names may hold spaces but no path", "[spec][part-number]") {
    CHECK(seriesNameProblem("WINSTA MIDI") == "");
    CHECK(seriesNameProblem("TEST/X") ==
          "series 'TEST/X' contains '/'; only letters, digits, spaces and - _ . + are allowed");
    CHECK(seriesNameProblem("..") == "series '..' contains '..' and cannot be used in a file name");
}
