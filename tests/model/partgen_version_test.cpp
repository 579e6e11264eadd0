#include "model/partgen_version.h"

#include <regex>
#include <string>

#include "support/catch.h"

using namespace partgen;

TEST_CASE("the version is major.minor.patch from the project", "[model][version]") {
    CHECK(std::regex_match(std::string(partgenVersion()), std::regex(R"(\d+\.\d+\.\d+)")));
}

TEST_CASE("the KiCad-style version is the project version's major.minor", "[model][version]") {
    const std::string full(partgenVersion());
    const std::string majorMinor(partgenMajorMinorVersion());
    CHECK(std::regex_match(majorMinor, std::regex(R"(\d+\.\d+)")));
    CHECK(full.rfind(majorMinor + ".", 0) == 0);
}
