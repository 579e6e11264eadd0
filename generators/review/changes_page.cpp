#include "review/changes_page.h"

#include "review/data_uri.h"
#include "review/html_page.h"
#include "review/review_paths.h"
#include "review/value_table.h"
#include "spec/part_number.h"
#include "text/change_words.h"

namespace partgen {
namespace {

// A product the page shows pictures of.
struct Pictured {
    const FamilyChanges* family;
    const ProductChange* product;
    std::string stem;
};

std::vector<Pictured> picturedOf(const ChangeReport& report) {
    std::vector<Pictured> pictured;
    for (const auto& family : report.families)
        for (const auto& product : family.products) {
            if (pictured.size() == picturedProducts) return pictured;
            std::string error;
            if (const auto stem = fileStemForNumber(product.number, error))
                pictured.push_back({&family, &product, *stem});
        }
    return pictured;
}

std::string picturePath(const Pictured& p, const std::string& picture) {
    return reviewFolder(p.family->id) + pictureName(p.stem, picture);
}

// "wago-winsta-midi.xml:68" of "parts/wago-winsta-midi.xml:68": no folder of the machine.
std::string fileAndLine(const std::string& at) { return at.substr(at.rfind('/') + 1); }

std::string sideHtml(const std::string& text, const std::optional<Provenance>& source) {
    return source ? htmlText(text) + " " + provenanceBadges({*source}) : "<i>none</i>";
}

std::string valueChangeHtml(const ValueChange& v) {
    std::string html = "<li><b>" + htmlText(v.field) + "</b> " + sideHtml(v.before, v.beforeSource) + " &#8594; " +
                       sideHtml(v.after, v.afterSource);
    if (!v.at.empty()) html += " <small>" + htmlText(fileAndLine(v.at)) + "</small>";
    return html + "</li>";
}

std::string productLink(const std::string& familyId, const ProductChange& p) {
    std::string error;
    const auto stem = fileStemForNumber(p.number, error);
    if (p.kind == ProductChange::Kind::removed || !stem) return htmlText(p.number);
    return "<a href=\"" + htmlText(familyId + "/" + *stem + ".html") + "\">" + htmlText(p.number) + "</a>";
}

// "series rule, wago-winsta-midi.xml:12": where the spec makes (or made) the product.
std::string originText(const ProductChange& p) { return htmlText(originWords(p.origin) + ", " + fileAndLine(p.at)); }

std::string productRow(const std::string& familyId, const ProductChange& p) {
    std::string what, details;
    switch (p.kind) {
        case ProductChange::Kind::added:
            what = "added";
            details = originText(p) + "; " + fileCountText(p.files, "created");
            break;
        case ProductChange::Kind::removed:
            what = "removed";
            details = originText(p) + "; " + fileCountText(p.files, "removed");
            break;
        case ProductChange::Kind::changed:
            what = "changed";
            details = "<ul>";
            for (const auto& v : p.values) details += valueChangeHtml(v);
            details += "</ul>" + fileCountText(p.files, "changed");
            break;
    }
    return "<tr><td>" + productLink(familyId, p) + "</td><td>" + what + "</td><td>" + details + "</td></tr>\n";
}

std::string familySection(const FamilyChanges& family) {
    std::string html = "<h2>" + htmlText(family.id) + "</h2>\n";
    if (!family.byFormat.empty()) html += "<p>Files: " + htmlText(formatCountsText(family.byFormat)) + "</p>\n";
    if (family.products.empty()) return html + "<p>No product's values changed.</p>\n";
    html += "<table class=\"changes\">\n<tr><th>product</th><th>change</th><th>what</th></tr>\n";
    for (const auto& p : family.products) html += productRow(family.id, p);
    return html + "</table>\n";
}

// The figure "<stem>.<picture>.<side>", e.g. "770-744.model-top.before", captioned
// "Before: 3D model, top view".
std::string figureOf(const Pictured& p, const std::string& picture, std::string side, const std::string& source) {
    const std::string id = p.stem + "." + picture + "." + side;
    side.front() = static_cast<char>(side.front() - 'a' + 'A');
    return pictureFigure(id, source, side + ": " + pictureCaption(picture));
}

// Before and after are drawn at one scale, their own size in mm times the zoom of their
// kind (a page's boxes fit each picture alone, which would hide a change of size). Each
// picture's figures are a group; the groups of a product wrap in one row.
constexpr const char* comparisonStyle =
    ".compare>div{display:flex;gap:16px}\n"
    ".compare figure .box{width:auto;height:auto;min-width:120px;min-height:80px;padding:4px}\n"
    ".compare figure img{width:auto;height:auto;max-width:none;max-height:none}\n"
    ".z2 figure img{zoom:2}.z3 figure img{zoom:3}\n";

// Symbols and footprints are a few centimetres; cutout drawings are the panel's size.
const char* zoomClass(const std::string& picture) {
    if (picture == "cutout") return "";
    return picture == "symbol" || picture == "footprint" ? "z3" : "z2";
}

// One picture's group: before beside after, or the one side there is.
std::string pictureGroup(const Pictured& p, const std::string& picture, const FileFate& fate) {
    std::string figures;
    if (fate.before) figures += figureOf(p, picture, "before", svgDataUri(*fate.before));
    const std::string now = p.family->id + "/" + pictureName(p.stem, picture);
    if (fate.kind == FileFate::Kind::changed) figures += figureOf(p, picture, "after", now);
    if (fate.kind == FileFate::Kind::created) figures += figureOf(p, picture, "new", now);
    if (figures.empty()) return "";
    return "<div class=\"" + std::string(zoomClass(picture)) + "\">\n" + figures + "</div>\n";
}

void addName(std::string& list, const std::string& name) { list += (list.empty() ? "" : ", ") + name; }

// The pictures of a product the run changed, each before beside after; the others named.
std::string productPictures(const Pictured& p, const RunChanges& run) {
    std::string groups, unchanged, unknown;
    for (const auto& kind : pictureKinds()) {
        const auto found = run.files.find(picturePath(p, kind.id));
        if (found == run.files.end()) continue;
        const FileFate& fate = found->second;
        groups += pictureGroup(p, kind.id, fate);
        if (fate.kind == FileFate::Kind::kept) addName(unchanged, kind.caption);
        if (fate.replaced() && !fate.before) addName(unknown, kind.caption);
    }
    std::string html = "<h3 id=\"" + htmlText(p.stem) + "\">" + htmlText(p.product->number) + "</h3>\n";
    if (!groups.empty()) html += "<div class=\"pictures compare\">\n" + groups + "</div>\n";
    if (!unknown.empty()) html += "<p>Changed, its picture before not known: " + htmlText(unknown) + ".</p>\n";
    if (!unchanged.empty()) html += "<p>Unchanged: " + htmlText(unchanged) + ".</p>\n";
    return html;
}

std::string comparedWith(const ChangeReport& report) {
    switch (report.previous) {
        case ChangeReport::Previous::none:
            return "There was nothing to compare with: the folder had no value record (a first run).";
        case ChangeReport::Previous::fromOlderPartgen:
            return "There was nothing to compare with: an older partgen wrote the folder, without a value record.";
        case ChangeReport::Previous::unreadable:
            return "There was nothing to compare with: " + report.note;
        case ChangeReport::Previous::compared:
            break;
    }
    return report.empty() ? "The run changed nothing." : "";
}

constexpr const char* explanation =
    "The change report of the last generate that changed this folder: each product's values against those "
    "of the run before it, the products added and removed, and the files created, changed and removed. A "
    "run that changes nothing leaves this page as it is. A picture <i>before</i> is the file as the run "
    "before left it, kept in this page; a picture <i>after</i> is the library's file now. Both are drawn "
    "at the same scale, so a change of size shows.";

std::string opening(const RunChanges& run) {
    std::string html = htmlPageOpening("partgen review: what the last run changed", comparisonStyle) +
                       "<p><a href=\"index.html\">All families</a></p>\n<h1>What the last run changed</h1>\n"
                       "<p class=\"note\">" +
                       std::string(explanation) + "</p>\n<p>Provenance: " + provenanceLegend() + "</p>\n";
    if (run.repairedKilledRun)
        html +=
            "<p class=\"note\"><strong>This run finished a generate that was killed part-way, whose new files "
            "were partly in place: the pictures before it are no one run's, so none is shown.</strong></p>\n";
    if (const std::string state = comparedWith(run.report); !state.empty())
        html += "<p class=\"note\"><strong>" + htmlText(state) + "</strong></p>\n";
    return html;
}

std::size_t productsListed(const ChangeReport& report) {
    std::size_t n = 0;
    for (const auto& family : report.families) n += family.products.size();
    return n;
}

std::string picturesSection(const RunChanges& run) {
    const auto pictured = picturedOf(run.report);
    if (pictured.empty()) return "";
    std::string html = "<h2>Pictures before and after</h2>\n";
    if (const std::size_t listed = productsListed(run.report); listed > pictured.size())
        html += "<p class=\"note\">Pictures of the first " + std::to_string(pictured.size()) + " of the " +
                std::to_string(listed) + " products listed; each product's own page shows its pictures now.</p>\n";
    for (const auto& p : pictured) html += productPictures(p, run);
    return html;
}

}  // namespace

std::vector<std::string> changesPageFiles(const ChangeReport& report) {
    std::vector<std::string> files;
    for (const auto& p : picturedOf(report))
        for (const auto& kind : pictureKinds()) files.push_back(picturePath(p, kind.id));
    return files;
}

void writeChangesPage(const RunChanges& run, const ByteSink& sink) {
    sink(opening(run));
    for (const auto& family : run.report.families) sink(familySection(family));
    if (!run.report.catalogFiles.empty())
        sink("<p>Files made from the whole catalog: " + htmlText(formatCountsText(run.report.catalogFiles)) + "</p>\n");
    sink(picturesSection(run));
    sink(htmlPageClosing());
}

}  // namespace partgen
