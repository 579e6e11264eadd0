#include "kicad/footprint_writer.h"

#include <algorithm>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "geometry/cutout.h"
#include "support/catch.h"
#include "support/spec.h"

using namespace partgen;

namespace {

FootprintModel footprintOf(const std::string& number) {
    const LoadedSpec& spec = test::repositorySpec();
    return partgen::footprintOf(test::repositoryVariant(number), spec.catalog.families.front(),
                                spec.rules.get<KicadRules>());
}

const std::regex uuidPattern(R"(\((?:uuid "|tstamp )([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}))");

// The UUIDs of a footprint file in file order: (uuid "...") in KiCad 9, (tstamp ...) in KiCad 6.
std::vector<std::string> uuidsOf(const std::string& file) {
    std::vector<std::string> found;
    for (std::sregex_iterator it(file.begin(), file.end(), uuidPattern), end; it != end; ++it)
        found.push_back((*it)[1]);
    return found;
}

// Each item of a footprint file that has a UUID, by its text without the UUID: which
// UUID each item got, wherever it stands in the file.
std::map<std::string, std::string> uuidPerItem(const std::string& file) {
    std::map<std::string, std::string> items;
    std::size_t start = file.find("\n\t(");
    while (start != std::string::npos) {
        const std::size_t end = file.find("\n\t(", start + 1);
        const std::string item = file.substr(start, end == std::string::npos ? std::string::npos : end - start);
        std::smatch uuid;
        if (std::regex_search(item, uuid, uuidPattern)) items[std::regex_replace(item, uuidPattern, "")] = uuid[1];
        start = end;
    }
    return items;
}

}  // namespace

TEST_CASE("adding an item to a footprint changes no other item's UUID", "[kicad][footprint]") {
    for (const KicadVersion version : {KicadVersion::v9, KicadVersion::v6}) {
        FootprintModel fp = footprintOf("770-744");
        const auto before = uuidPerItem(writeFootprint(fp, version));
        // First among the graphics, so every graphic after it moves one place down the file.
        const FpLine extra{
            {}, {Length::fromSteps(1'000'000), {}}, KicadLayer::fFab, Length::fromSteps(100'000), "fab/extra"};
        fp.graphics.insert(fp.graphics.begin(), extra);
        auto after = uuidPerItem(writeFootprint(fp, version));
        CHECK(before.size() > 10);
        CHECK(after.size() == before.size() + 1);
        for (const auto& [item, uuid] : before) {
            INFO(item);
            CHECK(after[item] == uuid);
        }
    }
}

TEST_CASE("no two items of the library's footprints share a UUID", "[kicad][footprint]") {
    const LoadedSpec& spec = test::repositorySpec();
    for (const KicadVersion version : {KicadVersion::v9, KicadVersion::v6}) {
        std::vector<std::string> all;
        for (const Variant& v : test::repositoryVariants()) {
            if (!cutoutOf(v)) continue;
            const auto uuids = uuidsOf(writeFootprint(
                partgen::footprintOf(v, spec.catalog.families.front(), spec.rules.get<KicadRules>()), version));
            all.insert(all.end(), uuids.begin(), uuids.end());
        }
        CHECK(all.size() > 20);
        CHECK(std::set<std::string>(all.begin(), all.end()).size() == all.size());
    }
}

TEST_CASE("an item has the same UUID in KiCad 6 and KiCad 9 files", "[kicad][footprint]") {
    const FootprintModel fp = footprintOf("770-744");
    const auto nine = uuidsOf(writeFootprint(fp, KicadVersion::v9));
    const auto six = uuidsOf(writeFootprint(fp, KicadVersion::v6));
    REQUIRE(!six.empty());
    for (const auto& uuid : six) CHECK(std::count(nine.begin(), nine.end(), uuid) == 1);
}
