#include "pipeline/model_files.h"

#include "kicad/kicad_names.h"
#include "model3d/connector_model.h"
#include "model3d/step_writer.h"
#include "model3d/vrml_writer.h"

namespace partgen {

std::vector<Document> stepDocuments(const Variant& v, const Family& family, const Templates& templates) {
    const std::string stem = kicadModelStem(v, family, templates.kicad);
    const std::string fileName = stem.substr(stem.rfind('/') + 1) + ".step";
    return documentList(Document{stem + ".step", writeStep(connectorModel(v, family, templates), fileName)});
}

std::vector<Document> vrmlDocuments(const Variant& v, const Family& family, const Templates& templates) {
    return documentList(Document{kicadModelStem(v, family, templates.kicad) + ".wrl", writeVrml(connectorModel(v, family, templates))});
}

}  // namespace partgen
