#include "model/uuid.h"

#include <cstdio>

#include "support/catch.h"

using namespace partgen;

namespace {

std::string hex(const std::array<std::uint8_t, 20>& d) {
    std::string out;
    char byte[3];
    for (auto b : d) {
        std::snprintf(byte, sizeof byte, "%02x", b);
        out += byte;
    }
    return out;
}

}  // namespace

TEST_CASE("SHA-1 matches the FIPS 180 test vectors", "[model][uuid]") {
    CHECK(hex(sha1("abc")) == "a9993e364706816aba3e25717850c26c9cd0d89d");
    CHECK(hex(sha1("")) == "da39a3ee5e6b4b0d3255bfef95601890afd80709");
    CHECK(hex(sha1("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")) ==
          "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
}

TEST_CASE("name-based UUIDs are stable, version 5 and distinct", "[model][uuid]") {
    const std::string a = uuidFor("footprint/X/0");
    CHECK(a == uuidFor("footprint/X/0"));
    CHECK(a != uuidFor("footprint/X/1"));
    CHECK(a.size() == 36);
    CHECK(a[14] == '5');
    CHECK(std::string("89ab").find(a[19]) != std::string::npos);
}
