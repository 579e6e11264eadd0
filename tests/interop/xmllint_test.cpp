// The XML files the project ships must be well-formed for every XML reader, not only for
// tinyxml2, which accepts some mistakes (a "--" inside a comment, for one). xmllint
// (libxml2) is the strict reader.

#include <algorithm>
#include <cstdlib>
#include <set>

#include "support/catch.h"
#include "support/scratch.h"

namespace fs = std::filesystem;

namespace {

// Bad specs that are malformed on purpose: each tests what partgen says about it.
const std::set<std::string>& malformedOnPurpose() {
    static const std::set<std::string> names{"01-truncated-xml.xml",
                                             "03-empty-file.xml",
                                             "44-invalid-utf8-in-description.xml",
                                             "45-control-character-in-attribute.xml",
                                             "46-overlong-utf8.xml",
                                             "47-utf16-surrogate.xml",
                                             "48-above-unicode.xml"};
    return names;
}

std::vector<fs::path> shippedXmlFiles() {
    std::vector<fs::path> files;
    for (const char* folder : {"examples", "parts", "templates", "tests/bad-specs"})
        for (const auto& entry : fs::directory_iterator(partgen::test::sourceDir() / folder))
            if (entry.path().extension() == ".xml" && !malformedOnPurpose().count(entry.path().filename().string()))
                files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

TEST_CASE("every shipped XML file is well-formed for xmllint", "[interop][xml]") {
    const auto files = shippedXmlFiles();
    CHECK(files.size() >= 40);
    for (const auto& file : files) {
        INFO(file.generic_string());
        CHECK(std::system(("xmllint --noout '" + file.string() + "' 2>&1").c_str()) == 0);
    }
}

TEST_CASE("the bad specs left out of the xmllint check are malformed indeed", "[interop][xml]") {
    for (const auto& name : malformedOnPurpose()) {
        INFO(name);
        const fs::path file = partgen::test::sourceDir() / "tests/bad-specs" / name;
        REQUIRE(fs::exists(file));
        CHECK(std::system(("xmllint --noout '" + file.string() + "' >/dev/null 2>&1").c_str()) != 0);
    }
}
