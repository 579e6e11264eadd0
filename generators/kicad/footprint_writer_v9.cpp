#include "kicad/footprint_writer_v9.h"

#include "kicad/footprint_common.h"
#include "model/partgen_version.h"

namespace partgen::kicad9 {
namespace {

class V9Writer {
public:
    explicit V9Writer(const FootprintModel& fp) : fp_(fp) {}

    std::string write() {
        SExpr root = SExpr::of(
            "footprint", Str{fp_.name}, SExpr::of("version", 20241229), SExpr::of("generator", Str{"partgen"}),
            SExpr::of("generator_version", Str{std::string(partgenMajorMinorVersion())}), fpLayer(KicadLayer::fCu),
            SExpr::of("descr", Str{fp_.description}), SExpr::of("tags", Str{fp_.tags}));
        root.add(property("Reference", fp_.reference, false));
        root.add(property("Value", fp_.value, false));
        root.add(property("Datasheet", emptyText("datasheet"), true));
        root.add(property("Description", emptyText("description"), true));
        root.add(footprintAttributes());
        for (const auto& g : fp_.graphics) root.add(std::visit([&](const auto& x) { return graphic(x); }, g));
        root.add(SExpr::of("fp_text", Sym{"user"}, Str{fp_.fabReference.text},
                           SExpr::of("at", fp_.fabReference.at.x, fp_.fabReference.at.y, 0),
                           fpLayer(fp_.fabReference.layer), uuid(fp_.fabReference.key), fpFont(fp_.fabReference)));
        root.add(SExpr::of("embedded_fonts", Sym{"no"}));
        root.add(model());
        return root.render();
    }

private:
    SExpr uuid(const std::string& key) { return SExpr::of("uuid", Str{itemUuid(fp_, key)}); }

    // KLC F9.1: the Datasheet and Description properties stay empty (the text is in descr).
    // KiCad 9 gives every footprint both, in its default text, so they are written as it
    // writes them.
    FpText emptyText(const std::string& key) {
        constexpr Length kicadDefaultSize = Length::fromSteps(1'270'000);
        return {"", {}, KicadLayer::fFab, kicadDefaultSize, fp_.value.thickness, key};
    }

    SExpr stroke(Length width) {
        return SExpr::of("stroke", SExpr::of("width", width), SExpr::of("type", Sym{"solid"}));
    }

    SExpr property(const char* name, const FpText& t, bool hidden) {
        SExpr p = SExpr::of("property", Str{name}, Str{t.text}, SExpr::of("at", t.at.x, t.at.y, 0), fpLayer(t.layer));
        if (hidden) p.add(SExpr::of("hide", Sym{"yes"}));
        p.add(uuid(t.key));
        p.add(fpFont(t));
        return p;
    }

    SExpr graphic(const FpLine& g) {
        return SExpr::of("fp_line", fpXy("start", g.start), fpXy("end", g.end), stroke(g.width), fpLayer(g.layer),
                         uuid(g.key));
    }
    SExpr graphic(const FpArc& g) {
        return SExpr::of("fp_arc", fpXy("start", g.start), fpXy("mid", g.mid), fpXy("end", g.end), stroke(g.width),
                         fpLayer(g.layer), uuid(g.key));
    }
    SExpr graphic(const FpRect& g) {
        return SExpr::of("fp_rect", fpXy("start", g.start), fpXy("end", g.end), stroke(g.width),
                         SExpr::of("fill", Sym{"no"}), fpLayer(g.layer), uuid(g.key));
    }
    SExpr graphic(const FpPoly& g) {
        SExpr pts("pts");
        for (const auto& p : g.points) pts.add(fpXy("xy", p));
        return SExpr::of("fp_poly", pts, stroke(g.width), SExpr::of("fill", Sym{"yes"}), fpLayer(g.layer), uuid(g.key));
    }

    SExpr model() {
        return SExpr::of("model", Str{fp_.modelPath}, SExpr::of("offset", SExpr::of("xyz", 0, 0, 0)),
                         SExpr::of("scale", SExpr::of("xyz", 1, 1, 1)), SExpr::of("rotate", SExpr::of("xyz", 0, 0, 0)));
    }

    const FootprintModel& fp_;
};

}  // namespace

std::string footprintText(const FootprintModel& fp) { return V9Writer(fp).write(); }

}  // namespace partgen::kicad9
