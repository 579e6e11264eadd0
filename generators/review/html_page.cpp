#include "review/html_page.h"

#include "model/xml_text.h"

namespace partgen {
namespace {

// Fixed picture boxes, so a screenshot test finds each picture where the layout puts it.
constexpr const char* style = R"(<style>
body{font-family:sans-serif;margin:16px;color:#222;background:#fff}
table{border-collapse:collapse}
th,td{border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top}
.pictures{display:flex;flex-wrap:wrap;gap:16px;margin:12px 0}
figure{margin:0}
figure .box{width:320px;height:240px;border:1px solid #888;display:flex;align-items:center;justify-content:center}
figure img{max-width:312px;max-height:232px;width:312px;height:232px;object-fit:contain}
#variants img{width:64px;height:48px;object-fit:contain}
tr.g th{position:sticky;top:0;background:#eee}
i.s,i.w,i.n,i.d,i.e{font-style:normal;border-radius:3px;padding:0 4px;font-size:85%;color:#fff}
.s{background:#2a7a2a}.w{background:#2a5a9a}.n{background:#7a5a2a}.d{background:#8a6a00}.e{background:#b02020}
.note{max-width:60em}
</style>
)";

}  // namespace

std::string htmlText(const std::string& text) { return xmlEscape(text); }

std::string htmlPageOpening(const std::string& title, const std::string& extraStyle) {
    const std::string extra = extraStyle.empty() ? "" : "<style>\n" + extraStyle + "</style>\n";
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + htmlText(title) +
           "</title>\n" + style + extra + "</head>\n<body>\n";
}

std::string pictureFigure(const std::string& id, const std::string& source, const std::string& caption) {
    return "<figure id=\"" + htmlText(id) + "\"><div class=\"box\"><img src=\"" + htmlText(source) + "\" alt=\"" +
           htmlText(caption) + "\"></div><figcaption>" + htmlText(caption) + "</figcaption></figure>\n";
}

std::string htmlPageClosing() { return "</body>\n</html>\n"; }

}  // namespace partgen
