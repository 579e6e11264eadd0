#include "pipeline/formats.h"

#include <sstream>

#include "drawing/dxf.h"
#include "eplan/eplan_library.h"
#include "kicad/kicad_library.h"
#include "model3d/connector_model.h"
#include "pipeline/model_files.h"
#include "qet/qet_library.h"
#include "resolved/resolved_writer.h"

namespace partgen {

const std::vector<Format>& allFormats() {
    static const std::vector<Format> formats{
        {"resolved",
         [](const Variant& v, const Family& f, const Templates&, const OutputSettings&) {
             return documentList(writeResolved(v, f));
         },
         {}, {}},
        {"dxf",
         [](const Variant& v, const Family&, const Templates& t, const OutputSettings& s) {
             return cutoutDocuments(v, t, s.dxfVersion);
         },
         {}, {}},
        {"kicad-sym", {},
         [](const Family& f, const VariantSelection& vs, const Templates& t, const OutputSettings& s) {
             return std::vector<StreamedDocument>{symbolLibraryDocument(f, vs, t, s.kicadVersion)};
         },
         [](const Catalog& c, const Templates& t) { return documentList(libraryTable(c, t, true)); }},
        {"kicad-mod",
         [](const Variant& v, const Family& f, const Templates& t, const OutputSettings& s) {
             return footprintDocuments(v, f, t, s.kicadVersion);
         },
         {}, [](const Catalog& c, const Templates& t) { return documentList(libraryTable(c, t, false)); }},
        {"step",
         [](const Variant& v, const Family& f, const Templates& t, const OutputSettings&) {
             return stepDocuments(v, f, t);
         },
         {}, {}},
        {"wrl",
         [](const Variant& v, const Family& f, const Templates& t, const OutputSettings&) {
             return vrmlDocuments(v, f, t);
         },
         {}, {}},
        {"eplan", {},
         [](const Family& f, const VariantSelection& vs, const Templates& t, const OutputSettings&) {
             return std::vector<StreamedDocument>{eplanDocument(f, vs, t)};
         },
         {}},
        {"qet",
         [](const Variant& v, const Family& f, const Templates& t, const OutputSettings&) {
             return documentList(elementDocument(v, f, t));
         },
         {}, {}},
    };
    return formats;
}

std::vector<std::string> outputFitProblems(const Variant& v, const Templates& templates) {
    return connectorModelProblems(v, templates.model3d);
}

std::string formatNames() {
    std::string names;
    for (const auto& f : allFormats()) names += (names.empty() ? "" : ", ") + f.name;
    return names;
}

std::optional<std::vector<const Format*>> selectFormats(const std::string& list, std::string& error) {
    std::vector<const Format*> selected;
    if (list.empty() || list == "all") {
        for (const auto& f : allFormats()) selected.push_back(&f);
        return selected;
    }
    std::istringstream in(list);
    for (std::string name; std::getline(in, name, ',');) {
        const Format* found = nullptr;
        for (const auto& f : allFormats())
            if (f.name == name) found = &f;
        if (!found) {
            error = "unknown format '" + name + "'; known formats: " + formatNames();
            return std::nullopt;
        }
        bool duplicate = false;
        for (const Format* s : selected) duplicate = duplicate || s == found;
        if (!duplicate) selected.push_back(found);
    }
    return selected;
}

}  // namespace partgen
