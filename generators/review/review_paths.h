#pragma once
// Where the review pages go below the output folder: review/index.html for the catalog,
// review/changes.html for the last run's changes, review/<family>/index.html and
// review/<family>/<file stem>.html (with its pictures beside it) per family, so that every
// link between them is relative.

#include <string>
#include <vector>

#include "model/variant.h"

namespace partgen {

std::string reviewFolder(const std::string& familyId);  // "review/<family>/"

// File names within the family's folder.
std::string variantPageName(const Variant& v);                                 // "<stem>.html"
std::string pictureName(const Variant& v, const std::string& picture);         // "<stem>.symbol.svg"
std::string pictureName(const std::string& stem, const std::string& picture);  // the same from the stem

// Every picture a variant page can show, in page order: the part of its file name and what
// a reader sees under it.
struct PictureKind {
    std::string id;  // "symbol", "footprint", "cutout", "model-front", ...
    std::string caption;
};
const std::vector<PictureKind>& pictureKinds();
const std::string& pictureCaption(const std::string& id);

}  // namespace partgen
