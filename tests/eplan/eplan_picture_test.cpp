// The product picture of an EPLAN part: the 3D model's isometric view as PNG.

#include "eplan/eplan_picture.h"

#include "geometry/projection.h"
#include "model3d/connector_model.h"
#include "picture/view_surface.h"
#include "support/catch.h"
#include "support/png.h"
#include "support/spec.h"

using namespace partgen;

namespace {

const LoadedSpec& spec() { return test::repositorySpec(); }
const Variant& variant(const std::string& number) { return test::repositoryVariant(number); }
const Family& family() { return spec().catalog.families.front(); }

Document picture(const std::string& number) {
    return eplanPicture(variant(number), family(), spec().rules.get<ModelRules>(), spec().rules.get<ColourTable>());
}

}  // namespace

TEST_CASE("an EPLAN picture lies in the eplan folder, named as EPLAN's images folder finds it", "[eplan]") {
    const Variant& v = variant("770-744/064-000");
    CHECK(eplanPicturePath(v, family()) == "eplan/pictures/wago-winsta-midi/770-744_064-000.png");
    CHECK(eplanPictureFile(v, family()) == "$(MD_IMAGES)\\wago-winsta-midi\\770-744_064-000.png");
    CHECK(picture("770-744/064-000").path == eplanPicturePath(v, family()));
}

TEST_CASE("an EPLAN picture shows the part in the middle on a white ground", "[eplan]") {
    const test::Pixels pixels = test::decodePng(picture("770-744").bytes);
    REQUIRE(pixels.width > 0);
    CHECK(pixels.at(0, 0) == 0xffffffu);
    CHECK(pixels.at(pixels.width / 2, pixels.height / 2) != 0xffffffu);
    std::size_t painted = 0;
    for (const auto p : pixels.rgb) painted += p != 0xffffffu;
    CHECK(painted > pixels.rgb.size() / 10);  // the part fills a good part of the picture
}

TEST_CASE("an EPLAN picture decodes to exactly the pixels its view is drawn with", "[eplan]") {
    const test::Pixels decoded = test::decodePng(picture("770-744").bytes);
    const View2d view = isometricView(
        connectorModel(variant("770-744"), family(), spec().rules.get<ModelRules>(), spec().rules.get<ColourTable>()));
    const CairoSurface drawn = drawView(view, decoded.width);
    CHECK(decoded.rgb == test::pixelsOf(drawn.get()).rgb);
}

TEST_CASE("an EPLAN picture is the same bytes every time", "[eplan]") {
    CHECK(picture("770-745").bytes == picture("770-745").bytes);
}
