#include "review/review_index.h"

#include <map>
#include <stdexcept>

#include "review/html_page.h"
#include "review/review_paths.h"
#include "review/value_table.h"
#include "text/drawing_numbers.h"

namespace partgen {
namespace {

constexpr char headingEnd = '\t';  // no heading or row holds one: their text is escaped or a number

std::string cell(const std::string& html) { return "<td>" + html + "</td>"; }

// A part on flying leads has no cutout.
std::string cutoutText(const Variant& v) {
    if (!v.cutoutWidth.has() || !v.cutoutHeight.has()) return "none";
    return drawingSize(*v.cutoutWidth) + "\u00d7" + drawingSize(*v.cutoutHeight);
}

std::string familyName(const Family& family) { return family.manufacturer.shortName + " " + family.series; }

// File stems hold only letters, digits and - _ . + (spec/part_number.cpp), so the row's
// attribute values need no quotes; leaving them out, and the cells' end tags, which HTML
// makes optional, keeps a row near half the size.
std::string row(const Variant& v) {
    return "<tr><td><a href=" + htmlText(variantPageName(v)) + ">" + htmlText(v.number) + "</a><td>" +
           std::to_string(*v.poles) + "<td>" + drawingSize(*v.width) + "<td>" + drawingSize(*v.height) + "<td>" +
           drawingSize(*v.depth) + "<td>" + cutoutText(v) +
           "<td><img loading=lazy alt src=" + htmlText(pictureName(v, "symbol")) + ">";
}

constexpr int columns = 7;

std::string heading(const Variant& v) {
    std::string text = htmlText(std::string(kindTitle(*v.kind)));
    if (v.pitch.has()) text += ", pitch " + drawingSize(*v.pitch) + " mm";
    return "<tbody><tr class=g><th colspan=" + std::to_string(columns) + " scope=rowgroup>" + text + " " +
           provenanceBadges(provenancesOf(v));
}

}  // namespace

std::string familyIndexEntry(const Variant& v) { return heading(v) + headingEnd + row(v) + "\n"; }

void FamilyIndexRows::add(std::string_view piece) {
    pending_ += piece;
    std::size_t start = 0;
    for (std::size_t end; (end = pending_.find('\n', start)) != std::string::npos; start = end + 1)
        addEntry(std::string_view(pending_).substr(start, end - start));
    pending_.erase(0, start);
}

void FamilyIndexRows::finish() const {
    if (!pending_.empty()) throw std::logic_error("a review index entry without its line break");
}

void FamilyIndexRows::addEntry(std::string_view entry) {
    const std::size_t split = entry.find(headingEnd);
    if (split == std::string_view::npos) throw std::logic_error("a review index entry without its group heading");
    const std::string_view heading = entry.substr(0, split);
    if (heading != heading_) {
        heading_ = heading;
        sink_(heading_ + "\n");
    }
    sink_(std::string(entry.substr(split + 1)) + "\n");
}

std::string familyIndexOpening(const Family& family) {
    return htmlPageOpening(familyName(family)) +
           "<p><a href=\"../index.html\">All families</a> &#183; <a href=\"../changes.html\">What the last run "
           "changed</a></p>\n<h1>" +
           htmlText(familyName(family)) +
           "</h1>\n<p>Sizes in mm; the cutout is width &#215; height. The variants are in number order, under "
           "a grey heading for each run of them with the same kind, pitch and provenances of their values.</p>\n"
           "<p>Provenance: " +
           provenanceLegend() +
           "</p>\n<table id=\"variants\">\n<thead><tr><th>number<th>poles<th>width<th>height<th>depth"
           "<th>cutout<th>symbol</thead>\n";
}

std::string familyIndexClosing() { return "</table>\n" + htmlPageClosing(); }

Document catalogIndex(const Catalog& catalog) {
    std::map<std::string, std::size_t> counts;
    for (std::size_t i = 0; i < catalog.size(); ++i) ++counts[catalog.familyId(i)];
    std::string html =
        htmlPageOpening("partgen review") +
        "<p><a href=\"changes.html\">What the last run changed</a></p>\n<h1>Families</h1>\n<table id=\"families\">\n"
        "<tr><th>family</th><th>variants</th></tr>\n";
    for (const Family& family : catalog.families)
        html += "<tr>" +
                cell("<a href=\"" + htmlText(family.id) + "/index.html\">" + htmlText(familyName(family)) + "</a>") +
                cell(std::to_string(counts[family.id])) + "</tr>\n";
    return {"review/index.html", html + "</table>\n" + htmlPageClosing()};
}

}  // namespace partgen
