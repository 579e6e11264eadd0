#include "review/value_table.h"

#include "support/catch.h"
#include "support/spec.h"

using namespace partgen;

TEST_CASE("the value table names the spec file without its folder, and the line", "[review]") {
    CHECK(specLine({"/some/where/parts/family.xml", 70}) == "family.xml:70");
    CHECK(specLine({"family.xml", 3}) == "family.xml:3");
}

TEST_CASE("a value's row shows its provenance, so an estimate never reads as datasheet fact", "[review]") {
    Variant v;
    v.cutoutWidth.set(millimetres(40) + nanometres(400'000), Provenance::estimated, {"parts/f.xml", 70});
    v.description.set("<b> & co", Provenance::datasheet, {"parts/f.xml", 5});
    const std::string rows = valueTableRows(v);
    CHECK(rows.find("<th>cutout-width</th><td>40.4 mm</td><td><i class=e>estimated</i>"
                    "</td><td>f.xml:70</td>") != std::string::npos);
    CHECK(rows.find("&lt;b&gt; &amp; co") != std::string::npos);
    CHECK(rows.find("<b>") == std::string::npos);
}

TEST_CASE("the badges of a variant are the provenances among its values, most trustworthy first", "[review]") {
    const Variant& v = test::repositoryVariant("770-744/064-000");
    const auto found = provenancesOf(v);
    CHECK(found.count(Provenance::datasheet) == 1);
    CHECK(found.count(Provenance::inherited) == 1);
    CHECK(provenanceBadges({Provenance::estimated, Provenance::datasheet}) ==
          "<i class=s>datasheet</i> <i class=e>estimated</i>");
}
