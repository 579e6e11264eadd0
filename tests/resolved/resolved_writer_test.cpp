#include "resolved/resolved_writer.h"

#include "model/xml_text.h"
#include "spec/load.h"
#include "support/catch.h"
#include "support/golden.h"
#include "support/scratch.h"
#include "support/spec.h"

using namespace partgen;

using test::variantOf;

TEST_CASE("the resolved file of 770-744/064-000 matches its golden file", "[resolved][golden]") {
    const LoadedSpec spec = loadSpec(test::sourceDir() / "parts", test::sourceDir() / "templates");
    REQUIRE_FALSE(spec.diagnostics.hasErrors());
    const Variant& v = variantOf(spec, "770-744/064-000");
    const Document doc = writeResolved(v, *spec.catalog.family(v.familyId));
    CHECK(doc.path == "resolved/770-744_064-000.xml");
    CHECK(test::goldenDifference("resolved/golden/770-744_064-000.xml", doc.bytes) == "");
}

TEST_CASE("resolved files escape XML and show every provenance", "[resolved]") {
    Variant v;
    v.number = "A&B";
    v.fileStem = "A_B";
    v.description.set("<quoted> \"text\"", Provenance::datasheet, {});
    v.cutoutWidth.set(millimetres(40) + nanometres(400'000), Provenance::estimated, {});
    v.approvals.set({{"UL & Co", "UL 1977", "E1"}}, Provenance::datasheet, {});
    Family f;
    f.id = "fam";
    const std::string xml = writeResolved(v, f).bytes;
    CHECK(xml.find("number=\"A&amp;B\"") != std::string::npos);
    CHECK(xml.find("<description source=\"datasheet\">&lt;quoted&gt; &quot;text&quot;</description>") !=
          std::string::npos);
    CHECK(xml.find("<cutout-width source=\"estimated\">40.4 mm</cutout-width>") != std::string::npos);
    CHECK(xml.find("<approval body=\"UL &amp; Co\" standard=\"UL 1977\" certificate=\"E1\"/>") != std::string::npos);
    CHECK(xml.find("<width") == std::string::npos);  // values not given are left out
}

TEST_CASE("xmlEscape encodes control characters", "[resolved]") {
    CHECK(xmlEscape(std::string("a\x01z")) == "a&#1;z");
    CHECK(xmlEscape("tab\tkept") == "tab\tkept");
}
