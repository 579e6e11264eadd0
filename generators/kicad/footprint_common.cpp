#include "kicad/footprint_common.h"

#include "model/uuid.h"

namespace partgen {

SExpr fpXy(const char* head, Point p) { return SExpr::of(head, p.x, p.y); }
SExpr fpLayer(KicadLayer l) { return SExpr::of("layer", Str{std::string(kicadLayerName(l))}); }
SExpr fpFont(const FpText& t) {
    return SExpr::of("effects",
                     SExpr::of("font", SExpr::of("size", t.size, t.size), SExpr::of("thickness", t.thickness)));
}

std::string itemUuid(const FootprintModel& fp, const std::string& key) {
    return uuidFor("footprint/" + fp.name + "/" + key);
}

// A cutout is no component: out of the BOM and the position files, like KiCad's mounting
// holes, and board-only, so a cutout placed by hand is no extra footprint to the schematic
// parity check (one placed from its cutout symbol keeps its link; the flag changes nothing).
SExpr footprintAttributes() {
    return SExpr::of("attr", Sym{"board_only"}, Sym{"exclude_from_pos_files"}, Sym{"exclude_from_bom"});
}

}  // namespace partgen
