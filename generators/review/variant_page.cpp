#include "review/variant_page.h"

#include "drawing/cutout_drawing.h"
#include "drawing/svg.h"
#include "geometry/cutout.h"
#include "kicad/footprint_model.h"
#include "kicad/symbol_model.h"
#include "review/footprint_svg.h"
#include "review/html_page.h"
#include "review/review_paths.h"
#include "review/symbol_svg.h"
#include "review/value_table.h"
#include "text/describe.h"
#include "text/provenance_note.h"
#include "views/model_views.h"

namespace partgen {
namespace {

struct Picture {
    std::string id;  // its file name part and element id (review_paths.h)
    std::string svg;
};

std::vector<Picture> picturesOf(const Variant& v, const Family& family, const ReviewRules& rules) {
    std::vector<Picture> pictures{{"symbol", symbolSvg(symbolOf(v, family, rules.kicad))}};
    const auto cutout = cutoutOf(v);
    if (!cutout) return pictures;
    pictures.push_back({"footprint", footprintSvg(footprintOf(v, family, rules.kicad))});
    pictures.push_back({"cutout", writeSvg(cutoutDrawing(v, *cutout, rules.drawing))});
    return pictures;
}

std::vector<Picture> modelPicturesOf(const Variant& v, const Family& family, const ReviewRules& rules) {
    std::vector<Picture> pictures;
    for (auto& view : modelViewSvgs(v, family, rules.model, rules.colours))
        pictures.push_back({"model-" + view.name, std::move(view.svg)});
    return pictures;
}

std::string figure(const Variant& v, const Picture& p) {
    return pictureFigure(p.id, pictureName(v, p.id), pictureCaption(p.id));
}

std::string heading(const Variant& v, const Family& family) {
    std::string html = "<p><a href=\"index.html\">" + htmlText(family.manufacturer.shortName + " " + family.series) +
                       "</a></p>\n<h1>" + htmlText(v.number) + "</h1>\n";
    html += "<p class=\"note\">" + htmlText(variantSummary(v)) + "</p>\n";
    html += "<p>Provenance of its values: " + provenanceBadges(provenancesOf(v)) + "</p>\n";
    if (const std::string note = provenanceNote(v); !note.empty())
        html += "<p class=\"note\"><strong>" + htmlText(note.substr(1)) + "</strong></p>\n";
    return html;
}

std::string pictureRow(const Variant& v, const std::vector<Picture>& pictures) {
    std::string html = "<div class=\"pictures\">\n";
    for (const auto& p : pictures) html += figure(v, p);
    return html + "</div>\n";
}

std::string pageOf(const Variant& v, const Family& family, const std::vector<Picture>& library,
                   const std::vector<Picture>& model) {
    std::string html = htmlPageOpening(v.number + " - " + family.series) + heading(v, family);
    html += pictureRow(v, library);
    html += "<h2>3D model</h2>\n" + pictureRow(v, model);
    html +=
        "<h2>Values</h2>\n<table id=\"values\">\n"
        "<tr><th>property</th><th>value</th><th>source</th><th>spec line</th></tr>\n";
    return html + valueTableRows(v) + "</table>\n" + htmlPageClosing();
}

}  // namespace

std::vector<Document> variantReview(const Variant& v, const Family& family, const ReviewRules& rules) {
    std::vector<Picture> library = picturesOf(v, family, rules);
    std::vector<Picture> model = modelPicturesOf(v, family, rules);
    const std::string folder = reviewFolder(family.id);
    std::vector<Document> documents{{folder + variantPageName(v), pageOf(v, family, library, model)}};
    for (auto* pictures : {&library, &model})
        for (auto& p : *pictures) documents.push_back({folder + pictureName(v, p.id), std::move(p.svg)});
    return documents;
}

}  // namespace partgen
