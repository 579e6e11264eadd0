#pragma once
// The words a KiCad user searches and reads: keywords of symbols and footprints, and the
// description of a panel cutout, which its footprint and its cutout symbol share.

#include <string>

#include "kicad/kicad_rules.h"
#include "model/variant.h"

namespace partgen {

// The kind's keywords (kicad.xml), then manufacturer, series, number and coding.
std::string kicadKeywords(const Variant& v, const Family& family, const KicadRules& rules);

// "panel cutout" and the same words, for the cutout symbol and the footprint.
std::string kicadCutoutKeywords(const Variant& v, const Family& family, const KicadRules& rules);

// "Panel cutout 40.4 x 15.8 mm, R1, tolerance +0.1/0 mm, plate 0.5 ... 2 mm"
std::string cutoutSize(const Variant& v);

// "Panel cutout 40.4 x 15.8 mm, R1, tolerance +0.1/0 mm, plate 0.5 ... 2 mm, for the
// 770-744 snap-in socket (4 poles)." and what of it is estimated.
std::string cutoutDescription(const Variant& v);

// The Datasheet field: the product's own datasheet, or "~", KiCad's word for none, for a
// product derived from another's datasheet (its description names that one).
std::string kicadDatasheet(const Variant& v);

}  // namespace partgen
