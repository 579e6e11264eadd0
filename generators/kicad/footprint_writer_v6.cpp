#include "kicad/footprint_writer_v6.h"

#include "kicad/footprint_common.h"

namespace partgen::kicad6 {
namespace {

class V6Writer {
public:
    explicit V6Writer(const FootprintModel& fp) : fp_(fp) {}

    std::string write() {
        SExpr root = SExpr::of("footprint", Str{fp_.name}, SExpr::of("version", 20211014),
                               SExpr::of("generator", Sym{"partgen"}), fpLayer(KicadLayer::fCu),
                               SExpr::of("descr", Str{fp_.description}), SExpr::of("tags", Str{fp_.tags}),
                               footprintAttributes());
        root.add(text("reference", fp_.reference));
        root.add(text("value", fp_.value));
        root.add(text("user", fp_.fabReference));
        for (const auto& g : fp_.graphics) root.add(std::visit([&](const auto& x) { return graphic(x); }, g));
        root.add(SExpr::of("model", Str{fp_.modelPath}, SExpr::of("offset", SExpr::of("xyz", 0, 0, 0)),
                           SExpr::of("scale", SExpr::of("xyz", 1, 1, 1)),
                           SExpr::of("rotate", SExpr::of("xyz", 0, 0, 0))));
        return root.render();
    }

private:
    SExpr tstamp(const std::string& key) { return SExpr::of("tstamp", Sym{itemUuid(fp_, key)}); }

    SExpr text(const char* kind, const FpText& t) {
        return SExpr::of("fp_text", Sym{kind}, Str{t.text}, fpXy("at", t.at), fpLayer(t.layer), fpFont(t),
                         tstamp(t.key));
    }

    SExpr graphic(const FpLine& g) {
        return SExpr::of("fp_line", fpXy("start", g.start), fpXy("end", g.end), fpLayer(g.layer),
                         SExpr::of("width", g.width), tstamp(g.key));
    }
    SExpr graphic(const FpArc& g) {
        return SExpr::of("fp_arc", fpXy("start", g.start), fpXy("mid", g.mid), fpXy("end", g.end), fpLayer(g.layer),
                         SExpr::of("width", g.width), tstamp(g.key));
    }
    SExpr graphic(const FpRect& g) {
        return SExpr::of("fp_rect", fpXy("start", g.start), fpXy("end", g.end), fpLayer(g.layer),
                         SExpr::of("width", g.width), SExpr::of("fill", Sym{"none"}), tstamp(g.key));
    }
    SExpr graphic(const FpPoly& g) {
        SExpr pts("pts");
        for (const auto& p : g.points) pts.add(fpXy("xy", p));
        return SExpr::of("fp_poly", pts, fpLayer(g.layer), SExpr::of("width", g.width), SExpr::of("fill", Sym{"solid"}),
                         tstamp(g.key));
    }

    const FootprintModel& fp_;
};

}  // namespace

std::string footprintText(const FootprintModel& fp) { return V6Writer(fp).write(); }

}  // namespace partgen::kicad6
