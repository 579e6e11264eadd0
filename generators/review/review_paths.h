#pragma once
// Where the review pages go below the output folder: review/index.html for the catalog,
// review/<family>/index.html and review/<family>/<file stem>.html (with its pictures
// beside it) per family, so that every link between them is relative.

#include <string>

#include "model/variant.h"

namespace partgen {

std::string reviewFolder(const std::string& familyId);  // "review/<family>/"

// File names within the family's folder.
std::string variantPageName(const Variant& v);                          // "<stem>.html"
std::string pictureName(const Variant& v, const std::string& picture);  // "<stem>.symbol.svg"

}  // namespace partgen
