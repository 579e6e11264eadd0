#include "model3d/model_rules.h"

#include "spec/template_reader.h"

namespace partgen {

template <class F>
void visitFields(ModelRules& r, F&& f) {
    f("chamfer", r.chamfer);
    f("flange-thickness", r.flangeThickness);
    f("body-clearance", r.bodyClearance);
    f("wing-reach", r.wingReach);
    f("wing-length", r.wingLength);
    f("wing-width", r.wingWidth);
    f("contact-width", r.contactWidth);
    f("contact-height", r.contactHeight);
    f("contact-depth", r.contactDepth);
    f("coding-width", r.codingWidth);
    f("coding-height", r.codingHeight);
    f("coding-depth", r.codingDepth);
    f("entry-clearance", r.entryClearance);
}

const RuleFile& modelRuleFile() {
    static const RuleFile file = settingsFileOf<ModelRules>("model3d.xml", "model3d");
    return file;
}

}  // namespace partgen
