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
    for (const char* bad : {"", "../770-744", "770/../../etc", "/770-744", "770-744/", ".hidden", "770 744",
                            "770\\744", "770:744", "770-744\n"}) {
        std::string error;
        INFO(bad);
        CHECK_FALSE(fileStemForNumber(bad, error));
        CHECK(error.find("part number") == 0);
    }
    std::string error;
    CHECK_FALSE(fileStemForNumber(std::string(101, '7'), error));
}
