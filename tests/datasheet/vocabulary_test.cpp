#include "datasheet/vocabulary.h"

#include "datasheet/read_support.h"
#include "support/catch.h"

using namespace partgen;

TEST_CASE("labels are compared as keys, in any of the layouts' languages", "[datasheet][layout]") {
    const Vocabulary words(test::repositoryLayouts());
    CHECK(labelKey("Fine-stranded conductor;  with insulated ferrule") ==
          "fine-stranded conductor, with insulated ferrule");
    CHECK(words.ruleFor("WIDTH")->property == "width");
    CHECK(words.ruleFor("Breite")->property == "width");
    CHECK(words.ruleFor("Polzahl")->form == "count");
    CHECK(words.ruleFor("Rated current (III / 3)") == nullptr);  // the qualifier is split off by the reader
    CHECK(words.leadingLabel("rated current per ul 1977 23 a") == "rated current per ul 1977");
    CHECK(words.isKnownLabel("Actuation type"));
    CHECK(words.isFurniture(labelKey("Subject to changes. Please also observe ...")));
    CHECK(words.isFurniture(labelKey("Änderungen vorbehalten. Bitte ...")));
    CHECK(words.opensProseSection("downloads environmental product compliance"));
    CHECK(words.isHeading("Geometrical Data"));
    CHECK_FALSE(words.isHeading("Width"));
}
