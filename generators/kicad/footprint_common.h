#pragma once
// The pieces of a footprint that every footprint file version partgen writes (KiCad 6
// and 9) spells alike. A version that spells one differently writes its own.

#include <string>

#include "kicad/footprint_model.h"
#include "kicad/sexpr.h"

namespace partgen {

SExpr fpXy(const char* head, Point p);
SExpr fpLayer(KicadLayer l);
// (effects (font (size s s) (thickness t)))
SExpr fpFont(const FpText& t);

// From the footprint's name and the item's key (what the item is), never from its place in
// the file: adding an item changes no other item's UUID.
std::string itemUuid(const FootprintModel& fp, const std::string& key);

// (attr board_only exclude_from_pos_files exclude_from_bom)
SExpr footprintAttributes();

}  // namespace partgen
