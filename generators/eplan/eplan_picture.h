#pragma once
// The product picture EPLAN shows with a part: an isometric view of the same 3D model
// the STEP files hold, as PNG, in the eplan folder beside the parts file.

#include <string>

#include "model/document.h"
#include "model/variant.h"
#include "model3d/model_rules.h"
#include "spec/colour_table.h"

namespace partgen {

// Below the output folder: eplan/pictures/<family-id>/<file stem>.png.
std::string eplanPicturePath(const Variant& v, const Family& family);

// The same file as P_ARTICLE_PICTUREFILE names it: below EPLAN's images folder, through
// its path variable, "$(MD_IMAGES)\wago-winsta-midi\770-744.png". Copy the folder
// eplan/pictures/ into EPLAN's images folder, and the parts find their pictures.
std::string eplanPictureFile(const Variant& v, const Family& family);

Document eplanPicture(const Variant& v, const Family& family, const ModelRules& model, const ColourTable& colours);

}  // namespace partgen
