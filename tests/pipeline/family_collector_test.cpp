#include "pipeline/family_collector.h"

#include <thread>

#include "support/catch.h"

using namespace partgen;

namespace {

std::string section(const FamilyCollector& entries, std::size_t n) {
    std::string text;
    entries.copySection(n, [&](std::string_view piece) { text += piece; });
    return text;
}

}  // namespace

TEST_CASE("family entries come out sorted by key, ties in catalog order, section by section", "[pipeline][family]") {
    FamilyCollector entries;
    entries.add(3, {"b", {"b3.", "B3."}});
    entries.add(1, {"a", {"a1.", ""}});
    entries.add(0, {"b", {"b0.", "B0."}});
    entries.add(2, {"a", {"a2."}});
    entries.sort();
    CHECK(section(entries, 0) == "a1.a2.b0.b3.");
    CHECK(section(entries, 1) == "B0.B3.");
    CHECK(section(entries, 2).empty());
}

TEST_CASE("entries added from several threads give the same file", "[pipeline][family]") {
    FamilyCollector entries;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&entries, t] {
            for (std::size_t i = 0; i < 100; ++i) {
                const std::size_t position = i * 4 + static_cast<std::size_t>(t);
                entries.add(position, {"", {std::to_string(position) + ","}});
            }
        });
    for (auto& thread : threads) thread.join();
    entries.sort();
    std::string expected;
    for (std::size_t position = 0; position < 400; ++position) expected += std::to_string(position) + ",";
    CHECK(section(entries, 0) == expected);
}
