#include "eplan/eplan_picture.h"

#include "geometry/projection.h"
#include "model3d/connector_model.h"
#include "picture/png_picture.h"

namespace partgen {
namespace {

// Large enough to recognise the part in EPLAN's preview, small enough for a library of
// many variants: a picture's time grows with its area, and at 400 px the pictures made the
// eplan format of a 10,560-variant catalog several times slower than every other format.
constexpr int picturePixels = 256;

}  // namespace

std::string eplanPicturePath(const Variant& v, const Family& family) {
    return "eplan/pictures/" + family.id + "/" + v.fileStem + ".png";
}

std::string eplanPictureFile(const Variant& v, const Family& family) {
    return "$(MD_IMAGES)\\" + family.id + "\\" + v.fileStem + ".png";
}

Document eplanPicture(const Variant& v, const Family& family, const ModelRules& model, const ColourTable& colours) {
    const View2d view = isometricView(connectorModel(v, family, model, colours));
    return {eplanPicturePath(v, family), pngPicture(view, picturePixels)};
}

}  // namespace partgen
