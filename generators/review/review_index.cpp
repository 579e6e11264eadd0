#include "review/review_index.h"

#include <map>

#include "review/html_page.h"
#include "review/review_paths.h"
#include "review/value_table.h"
#include "text/drawing_numbers.h"

namespace partgen {
namespace {

std::string cell(const std::string& html) { return "<td>" + html + "</td>"; }

std::string sizeText(const Variant& v) {
    return drawingSize(*v.width) + " &#215; " + drawingSize(*v.height) + " &#215; " + drawingSize(*v.depth);
}

// A part on flying leads has no cutout.
std::string cutoutText(const Variant& v) {
    if (!v.cutoutWidth.has() || !v.cutoutHeight.has()) return "none";
    return drawingSize(*v.cutoutWidth) + " &#215; " + drawingSize(*v.cutoutHeight);
}

std::string familyName(const Family& family) { return family.manufacturer.shortName + " " + family.series; }

}  // namespace

std::string familyIndexRow(const Variant& v) {
    const std::string page = htmlText(variantPageName(v));
    return "<tr>" + cell("<a href=\"" + page + "\">" + htmlText(v.number) + "</a>") +
           cell(htmlText(std::string(kindTitle(*v.kind)))) + cell(std::to_string(*v.poles)) + cell(sizeText(v)) +
           cell(cutoutText(v)) + cell(provenanceBadges(provenancesOf(v))) +
           cell("<img class=\"thumb\" loading=\"lazy\" src=\"" + htmlText(pictureName(v, "symbol")) + "\" alt=\"\">") +
           "</tr>\n";
}

std::string familyIndexOpening(const Family& family) {
    return htmlPageOpening(familyName(family)) + "<p><a href=\"../index.html\">All families</a></p>\n<h1>" +
           htmlText(familyName(family)) +
           "</h1>\n<p>Sizes in mm: width &#215; height &#215; depth; cutout width &#215; height.</p>\n"
           "<table id=\"variants\">\n<tr><th>number</th><th>kind</th><th>poles</th><th>size</th><th>cutout</th>"
           "<th>provenance</th><th>symbol</th></tr>\n";
}

std::string familyIndexClosing() { return "</table>\n" + htmlPageClosing(); }

Document catalogIndex(const Catalog& catalog) {
    std::map<std::string, std::size_t> counts;
    for (std::size_t i = 0; i < catalog.size(); ++i) ++counts[catalog.familyId(i)];
    std::string html = htmlPageOpening("partgen review") +
                       "<h1>Families</h1>\n<table id=\"families\">\n"
                       "<tr><th>family</th><th>variants</th></tr>\n";
    for (const Family& family : catalog.families)
        html += "<tr>" +
                cell("<a href=\"" + htmlText(family.id) + "/index.html\">" + htmlText(familyName(family)) + "</a>") +
                cell(std::to_string(counts[family.id])) + "</tr>\n";
    return {"review/index.html", html + "</table>\n" + htmlPageClosing()};
}

}  // namespace partgen
