#include "drawing/dxf_r2000.h"

#include <cstdio>

#include "drawing/dxf_bulge.h"
#include "drawing/dxf_stream.h"

namespace partgen {
namespace {

// Handles are hexadecimal and given out in writing order, so they are the same on
// every run.
class Handles {
public:
    std::string next() {
        char text[20];
        std::snprintf(text, sizeof text, "%X", next_++);
        return text;
    }
    std::string seed() const {
        char text[20];
        std::snprintf(text, sizeof text, "%X", next_);
        return text;
    }

private:
    unsigned next_ = 0x10;
};

class R2000Writer {
public:
    explicit R2000Writer(const Drawing& d) : drawing_(d) {}

    std::string write() {
        // The header names the next free handle, so the body is written first.
        DxfStream body;
        s_ = &body;
        section("CLASSES", [] {});
        section("TABLES", [&] { tables(); });
        section("BLOCKS", [&] { blocks(); });
        section("ENTITIES", [&] {
            for (const auto& e : drawing_.entities) std::visit([&](const auto& x) { entity(x); }, e);
        });
        section("OBJECTS", [&] { objects(); });
        body.tag(0, "EOF");

        DxfStream head;
        s_ = &head;
        section("HEADER", [&] { header(); });
        return head.take() + body.take();
    }

private:
    template <class F>
    void section(const char* name, F&& content) {
        s_->tag(0, "SECTION");
        s_->tag(2, name);
        content();
        s_->tag(0, "ENDSEC");
    }

    void header() {
        const Box box = drawing_.extents();
        const auto var = [&](const char* name) { s_->tag(9, name); };
        var("$ACADVER");
        s_->tag(1, "AC1015");
        var("$DWGCODEPAGE");
        s_->tag(3, "ANSI_1252");
        var("$HANDSEED");
        s_->tag(5, handles_.seed());
        var("$INSBASE");
        s_->point(10, {});
        var("$EXTMIN");
        s_->point(10, box.min);
        var("$EXTMAX");
        s_->point(10, box.max);
        var("$MEASUREMENT");
        s_->tag(70, 1);
        var("$INSUNITS");
        s_->tag(70, 4);
    }

    // A table and its records; `records` writes each record through record().
    template <class F>
    void table(const char* name, int count, F&& records) {
        s_->tag(0, "TABLE");
        s_->tag(2, name);
        tableHandle_ = handles_.next();
        s_->tag(5, tableHandle_);
        s_->tag(330, "0");
        s_->tag(100, "AcDbSymbolTable");
        s_->tag(70, count);
        records();
        s_->tag(0, "ENDTAB");
    }

    std::string record(const char* type, const char* subclass, std::string_view name) {
        const std::string handle = handles_.next();
        s_->tag(0, type);
        s_->tag(5, handle);
        s_->tag(330, tableHandle_);
        s_->tag(100, "AcDbSymbolTableRecord");
        s_->tag(100, subclass);
        s_->tag(2, name);
        s_->tag(70, 0);
        return handle;
    }

    void tables() {
        table("VPORT", 0, [] {});
        table("LTYPE", 3, [&] {
            for (const char* name : {"ByBlock", "ByLayer", "Continuous"}) {
                record("LTYPE", "AcDbLinetypeTableRecord", name);
                s_->tag(3, std::string_view(name) == "Continuous" ? "Solid line" : "");
                s_->tag(72, 65);
                s_->tag(73, 0);
                s_->tag(40, "0");
            }
        });
        table("LAYER", static_cast<int>(drawing_.layers.size()) + 1, [&] {
            const auto layer = [&](std::string_view name, int colour) {
                record("LAYER", "AcDbLayerTableRecord", name);
                s_->tag(62, colour);
                s_->tag(6, "Continuous");
            };
            layer("0", 7);
            for (const auto& style : drawing_.layers) layer(style.name, style.aciColour);
        });
        table("STYLE", 1, [&] {
            record("STYLE", "AcDbTextStyleTableRecord", "Standard");
            s_->tag(40, "0");
            s_->tag(41, "1");
            s_->tag(50, "0");
            s_->tag(71, 0);
            s_->tag(42, "2.5");
            s_->tag(3, "txt");
            s_->tag(4, "");
        });
        table("VIEW", 0, [] {});
        table("UCS", 0, [] {});
        table("APPID", 1, [&] { record("APPID", "AcDbRegAppTableRecord", "ACAD"); });
        table("DIMSTYLE", 0, [&] { s_->tag(100, "AcDbDimStyleTable"); });
        table("BLOCK_RECORD", 2, [&] {
            modelSpace_ = record("BLOCK_RECORD", "AcDbBlockTableRecord", "*Model_Space");
            paperSpace_ = record("BLOCK_RECORD", "AcDbBlockTableRecord", "*Paper_Space");
        });
    }

    void blocks() {
        for (const auto& [owner, name] :
             {std::pair{modelSpace_, "*Model_Space"}, std::pair{paperSpace_, "*Paper_Space"}}) {
            s_->tag(0, "BLOCK");
            s_->tag(5, handles_.next());
            s_->tag(330, owner);
            s_->tag(100, "AcDbEntity");
            s_->tag(8, "0");
            s_->tag(100, "AcDbBlockBegin");
            s_->tag(2, name);
            s_->tag(70, 0);
            s_->point(10, {});
            s_->tag(3, name);
            s_->tag(1, "");
            s_->tag(0, "ENDBLK");
            s_->tag(5, handles_.next());
            s_->tag(330, owner);
            s_->tag(100, "AcDbEntity");
            s_->tag(8, "0");
            s_->tag(100, "AcDbBlockEnd");
        }
    }

    void entityStart(const char* type, DrawingLayer layer, const char* subclass) {
        s_->tag(0, type);
        s_->tag(5, handles_.next());
        s_->tag(330, modelSpace_);
        s_->tag(100, "AcDbEntity");
        s_->tag(8, drawing_.styleOf(layer).name);
        s_->tag(100, subclass);
    }

    void entity(const PolylineEntity& e) {
        entityStart("LWPOLYLINE", e.layer, "AcDbPolyline");
        s_->tag(90, static_cast<int>(e.contour.segments.size()));
        s_->tag(70, 1);  // closed
        for (const auto& segment : e.contour.segments) {
            const Point start = startOf(segment);
            s_->length(10, start.x);
            s_->length(20, start.y);
            if (const auto* arc = std::get_if<Arc>(&segment)) s_->tag(42, dxfBulge(*arc));
        }
    }

    void entity(const LineEntity& e) {
        entityStart("LINE", e.layer, "AcDbLine");
        s_->point(10, e.from);
        s_->point(11, e.to);
    }

    void entity(const TextEntity& e) {
        entityStart("TEXT", e.layer, "AcDbText");
        s_->point(10, e.at);
        s_->length(40, e.height);
        s_->tag(1, dxfText(e.text));
        if (e.align == TextAlign::centre) {
            s_->tag(72, 1);
            s_->point(11, e.at);
        }
        s_->tag(100, "AcDbText");
    }

    void objects() {
        const std::string root = handles_.next(), groups = handles_.next();
        s_->tag(0, "DICTIONARY");
        s_->tag(5, root);
        s_->tag(330, "0");
        s_->tag(100, "AcDbDictionary");
        s_->tag(281, 1);
        s_->tag(3, "ACAD_GROUP");
        s_->tag(350, groups);
        s_->tag(0, "DICTIONARY");
        s_->tag(5, groups);
        s_->tag(330, root);
        s_->tag(100, "AcDbDictionary");
        s_->tag(281, 1);
    }

    const Drawing& drawing_;
    DxfStream* s_ = nullptr;
    Handles handles_;
    std::string tableHandle_, modelSpace_, paperSpace_;
};

}  // namespace

std::string writeDxfR2000(const Drawing& drawing) { return R2000Writer(drawing).write(); }

}  // namespace partgen
