#include "kicad/footprint_writer.h"

#include "kicad/sexpr.h"
#include "model/partgen_version.h"
#include "model/uuid.h"

namespace partgen {
namespace {

SExpr xy(const char* head, Point p) { return SExpr::of(head, p.x, p.y); }
SExpr layer(KicadLayer l) { return SExpr::of("layer", Str{std::string(kicadLayerName(l))}); }
SExpr font(const FpText& t) {
    return SExpr::of("effects", SExpr::of("font", SExpr::of("size", t.size, t.size), SExpr::of("thickness", t.thickness)));
}

// Derived from the footprint name and the item's place, so UUIDs never change by themselves.
class Ids {
public:
    explicit Ids(const std::string& name) : name_(name) {}
    std::string next() { return uuidFor("footprint/" + name_ + "/" + std::to_string(count_++)); }

private:
    std::string name_;
    int count_ = 0;
};

class V9Writer {
public:
    explicit V9Writer(const FootprintModel& fp) : fp_(fp), ids_(fp.name) {}

    std::string write() {
        SExpr root = SExpr::of("footprint", Str{fp_.name}, SExpr::of("version", 20241229),
                               SExpr::of("generator", Str{"partgen"}),
                               SExpr::of("generator_version", Str{std::string(partgenMajorMinorVersion())}),
                               layer(KicadLayer::fCu), SExpr::of("descr", Str{fp_.description}),
                               SExpr::of("tags", Str{fp_.tags}));
        root.add(property("Reference", fp_.reference, false));
        root.add(property("Value", fp_.value, false));
        root.add(property("Datasheet", {fp_.datasheet, {}, KicadLayer::fFab, fp_.value.size, fp_.value.thickness}, true));
        root.add(property("Description", {fp_.description, {}, KicadLayer::fFab, fp_.value.size, fp_.value.thickness}, true));
        root.add(SExpr::of("attr", Sym{"exclude_from_pos_files"}));
        for (const auto& g : fp_.graphics) root.add(std::visit([&](const auto& x) { return graphic(x); }, g));
        root.add(SExpr::of("fp_text", Sym{"user"}, Str{fp_.fabReference.text}, SExpr::of("at", fp_.fabReference.at.x,
                                                                                             fp_.fabReference.at.y, 0),
                           layer(fp_.fabReference.layer), uuid(), font(fp_.fabReference)));
        root.add(SExpr::of("embedded_fonts", Sym{"no"}));
        root.add(model());
        return root.render();
    }

private:
    SExpr uuid() { return SExpr::of("uuid", Str{ids_.next()}); }
    SExpr stroke(Length width) { return SExpr::of("stroke", SExpr::of("width", width), SExpr::of("type", Sym{"solid"})); }

    SExpr property(const char* name, const FpText& t, bool hidden) {
        SExpr p = SExpr::of("property", Str{name}, Str{t.text}, SExpr::of("at", t.at.x, t.at.y, 0), layer(t.layer));
        if (hidden) p.add(SExpr::of("hide", Sym{"yes"}));
        p.add(uuid());
        p.add(font(t));
        return p;
    }

    SExpr graphic(const FpLine& g) {
        return SExpr::of("fp_line", xy("start", g.start), xy("end", g.end), stroke(g.width), layer(g.layer), uuid());
    }
    SExpr graphic(const FpArc& g) {
        return SExpr::of("fp_arc", xy("start", g.start), xy("mid", g.mid), xy("end", g.end), stroke(g.width),
                         layer(g.layer), uuid());
    }
    SExpr graphic(const FpRect& g) {
        return SExpr::of("fp_rect", xy("start", g.start), xy("end", g.end), stroke(g.width),
                         SExpr::of("fill", Sym{"no"}), layer(g.layer), uuid());
    }
    SExpr graphic(const FpPoly& g) {
        SExpr pts("pts");
        for (const auto& p : g.points) pts.add(xy("xy", p));
        return SExpr::of("fp_poly", pts, stroke(g.width), SExpr::of("fill", Sym{"yes"}), layer(g.layer), uuid());
    }

    SExpr model() {
        return SExpr::of("model", Str{fp_.modelPath}, SExpr::of("offset", SExpr::of("xyz", 0, 0, 0)),
                         SExpr::of("scale", SExpr::of("xyz", 1, 1, 1)), SExpr::of("rotate", SExpr::of("xyz", 0, 0, 0)));
    }

    const FootprintModel& fp_;
    Ids ids_;
};

class V6Writer {
public:
    explicit V6Writer(const FootprintModel& fp) : fp_(fp), ids_(fp.name) {}

    std::string write() {
        SExpr root = SExpr::of("footprint", Str{fp_.name}, SExpr::of("version", 20211014),
                               SExpr::of("generator", Sym{"partgen"}), layer(KicadLayer::fCu),
                               SExpr::of("descr", Str{fp_.description}), SExpr::of("tags", Str{fp_.tags}),
                               SExpr::of("attr", Sym{"exclude_from_pos_files"}));
        root.add(text("reference", fp_.reference));
        root.add(text("value", fp_.value));
        root.add(text("user", fp_.fabReference));
        for (const auto& g : fp_.graphics) root.add(std::visit([&](const auto& x) { return graphic(x); }, g));
        root.add(SExpr::of("model", Str{fp_.modelPath},
                           SExpr::of("offset", SExpr::of("xyz", 0, 0, 0)), SExpr::of("scale", SExpr::of("xyz", 1, 1, 1)),
                           SExpr::of("rotate", SExpr::of("xyz", 0, 0, 0))));
        return root.render();
    }

private:
    SExpr tstamp() { return SExpr::of("tstamp", Sym{ids_.next()}); }

    SExpr text(const char* kind, const FpText& t) {
        return SExpr::of("fp_text", Sym{kind}, Str{t.text}, xy("at", t.at), layer(t.layer), font(t), tstamp());
    }

    SExpr graphic(const FpLine& g) {
        return SExpr::of("fp_line", xy("start", g.start), xy("end", g.end), layer(g.layer), SExpr::of("width", g.width),
                         tstamp());
    }
    SExpr graphic(const FpArc& g) {
        return SExpr::of("fp_arc", xy("start", g.start), xy("mid", g.mid), xy("end", g.end), layer(g.layer),
                         SExpr::of("width", g.width), tstamp());
    }
    SExpr graphic(const FpRect& g) {
        return SExpr::of("fp_rect", xy("start", g.start), xy("end", g.end), layer(g.layer), SExpr::of("width", g.width),
                         SExpr::of("fill", Sym{"none"}), tstamp());
    }
    SExpr graphic(const FpPoly& g) {
        SExpr pts("pts");
        for (const auto& p : g.points) pts.add(xy("xy", p));
        return SExpr::of("fp_poly", pts, layer(g.layer), SExpr::of("width", g.width), SExpr::of("fill", Sym{"solid"}),
                         tstamp());
    }

    const FootprintModel& fp_;
    Ids ids_;
};

}  // namespace

std::string writeFootprint(const FootprintModel& fp, KicadVersion version) {
    return version == KicadVersion::v9 ? V9Writer(fp).write() : V6Writer(fp).write();
}

}  // namespace partgen
