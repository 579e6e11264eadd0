#include "kicad/footprint_writer.h"

#include "kicad/sexpr.h"
#include "model/partgen_version.h"
#include "model/uuid.h"

namespace partgen {
namespace {

SExpr xy(const char* head, Point p) { return SExpr::of(head, p.x, p.y); }
SExpr layer(KicadLayer l) { return SExpr::of("layer", Str{std::string(kicadLayerName(l))}); }
SExpr font(const FpText& t) {
    return SExpr::of("effects",
                     SExpr::of("font", SExpr::of("size", t.size, t.size), SExpr::of("thickness", t.thickness)));
}

// From the footprint's name and the item's key (what the item is), never from its place in
// the file: adding an item changes no other item's UUID.
std::string itemUuid(const FootprintModel& fp, const std::string& key) {
    return uuidFor("footprint/" + fp.name + "/" + key);
}

// A cutout is no component: out of the BOM and the position files, like KiCad's mounting
// holes, and board-only, so a cutout placed by hand is no extra footprint to the schematic
// parity check (one placed from its cutout symbol keeps its link; the flag changes nothing).
SExpr footprintAttributes() {
    return SExpr::of("attr", Sym{"board_only"}, Sym{"exclude_from_pos_files"}, Sym{"exclude_from_bom"});
}

class V9Writer {
public:
    explicit V9Writer(const FootprintModel& fp) : fp_(fp) {}

    std::string write() {
        SExpr root = SExpr::of(
            "footprint", Str{fp_.name}, SExpr::of("version", 20241229), SExpr::of("generator", Str{"partgen"}),
            SExpr::of("generator_version", Str{std::string(partgenMajorMinorVersion())}), layer(KicadLayer::fCu),
            SExpr::of("descr", Str{fp_.description}), SExpr::of("tags", Str{fp_.tags}));
        root.add(property("Reference", fp_.reference, false));
        root.add(property("Value", fp_.value, false));
        root.add(property("Datasheet", emptyText("datasheet"), true));
        root.add(property("Description", emptyText("description"), true));
        root.add(footprintAttributes());
        for (const auto& g : fp_.graphics) root.add(std::visit([&](const auto& x) { return graphic(x); }, g));
        root.add(SExpr::of("fp_text", Sym{"user"}, Str{fp_.fabReference.text},
                           SExpr::of("at", fp_.fabReference.at.x, fp_.fabReference.at.y, 0),
                           layer(fp_.fabReference.layer), uuid(fp_.fabReference.key), font(fp_.fabReference)));
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
        SExpr p = SExpr::of("property", Str{name}, Str{t.text}, SExpr::of("at", t.at.x, t.at.y, 0), layer(t.layer));
        if (hidden) p.add(SExpr::of("hide", Sym{"yes"}));
        p.add(uuid(t.key));
        p.add(font(t));
        return p;
    }

    SExpr graphic(const FpLine& g) {
        return SExpr::of("fp_line", xy("start", g.start), xy("end", g.end), stroke(g.width), layer(g.layer),
                         uuid(g.key));
    }
    SExpr graphic(const FpArc& g) {
        return SExpr::of("fp_arc", xy("start", g.start), xy("mid", g.mid), xy("end", g.end), stroke(g.width),
                         layer(g.layer), uuid(g.key));
    }
    SExpr graphic(const FpRect& g) {
        return SExpr::of("fp_rect", xy("start", g.start), xy("end", g.end), stroke(g.width),
                         SExpr::of("fill", Sym{"no"}), layer(g.layer), uuid(g.key));
    }
    SExpr graphic(const FpPoly& g) {
        SExpr pts("pts");
        for (const auto& p : g.points) pts.add(xy("xy", p));
        return SExpr::of("fp_poly", pts, stroke(g.width), SExpr::of("fill", Sym{"yes"}), layer(g.layer), uuid(g.key));
    }

    SExpr model() {
        return SExpr::of("model", Str{fp_.modelPath}, SExpr::of("offset", SExpr::of("xyz", 0, 0, 0)),
                         SExpr::of("scale", SExpr::of("xyz", 1, 1, 1)), SExpr::of("rotate", SExpr::of("xyz", 0, 0, 0)));
    }

    const FootprintModel& fp_;
};

class V6Writer {
public:
    explicit V6Writer(const FootprintModel& fp) : fp_(fp) {}

    std::string write() {
        SExpr root = SExpr::of("footprint", Str{fp_.name}, SExpr::of("version", 20211014),
                               SExpr::of("generator", Sym{"partgen"}), layer(KicadLayer::fCu),
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
        return SExpr::of("fp_text", Sym{kind}, Str{t.text}, xy("at", t.at), layer(t.layer), font(t), tstamp(t.key));
    }

    SExpr graphic(const FpLine& g) {
        return SExpr::of("fp_line", xy("start", g.start), xy("end", g.end), layer(g.layer), SExpr::of("width", g.width),
                         tstamp(g.key));
    }
    SExpr graphic(const FpArc& g) {
        return SExpr::of("fp_arc", xy("start", g.start), xy("mid", g.mid), xy("end", g.end), layer(g.layer),
                         SExpr::of("width", g.width), tstamp(g.key));
    }
    SExpr graphic(const FpRect& g) {
        return SExpr::of("fp_rect", xy("start", g.start), xy("end", g.end), layer(g.layer), SExpr::of("width", g.width),
                         SExpr::of("fill", Sym{"none"}), tstamp(g.key));
    }
    SExpr graphic(const FpPoly& g) {
        SExpr pts("pts");
        for (const auto& p : g.points) pts.add(xy("xy", p));
        return SExpr::of("fp_poly", pts, layer(g.layer), SExpr::of("width", g.width), SExpr::of("fill", Sym{"solid"}),
                         tstamp(g.key));
    }

    const FootprintModel& fp_;
};

}  // namespace

std::string writeFootprint(const FootprintModel& fp, KicadVersion version) {
    return version == KicadVersion::v9 ? V9Writer(fp).write() : V6Writer(fp).write();
}

}  // namespace partgen
