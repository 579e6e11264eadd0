#include "review/review_paths.h"

#include <stdexcept>

namespace partgen {

std::string reviewFolder(const std::string& familyId) { return "review/" + familyId + "/"; }

std::string variantPageName(const Variant& v) { return v.fileStem + ".html"; }

std::string pictureName(const Variant& v, const std::string& picture) { return pictureName(v.fileStem, picture); }

std::string pictureName(const std::string& stem, const std::string& picture) { return stem + "." + picture + ".svg"; }

const std::vector<PictureKind>& pictureKinds() {
    static const std::vector<PictureKind> kinds{{"symbol", "Schematic symbol"},
                                                {"footprint", "Footprint (F.Fab, F.SilkS, F.CrtYd, Edge.Cuts)"},
                                                {"cutout", "Panel cutout drawing"},
                                                {"model-front", "3D model, front view"},
                                                {"model-top", "3D model, top view"},
                                                {"model-right", "3D model, right side view"},
                                                {"model-isometric", "3D model, isometric view"}};
    return kinds;
}

const std::string& pictureCaption(const std::string& id) {
    for (const auto& kind : pictureKinds())
        if (kind.id == id) return kind.caption;
    throw std::logic_error("no review picture '" + id + "'");
}

}  // namespace partgen
