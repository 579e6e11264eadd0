#include "review/review_paths.h"

namespace partgen {

std::string reviewFolder(const std::string& familyId) { return "review/" + familyId + "/"; }

std::string variantPageName(const Variant& v) { return v.fileStem + ".html"; }

std::string pictureName(const Variant& v, const std::string& picture) { return v.fileStem + "." + picture + ".svg"; }

}  // namespace partgen
