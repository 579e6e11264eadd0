#include "views/model_views.h"

#include "geometry/projection.h"
#include "model3d/connector_model.h"
#include "views/model_svg.h"

namespace partgen {

std::vector<ModelViewSvg> modelViewSvgs(const Variant& v, const Family& family, const ModelRules& rules,
                                        const ColourTable& colours) {
    struct Named {
        const char* name;
        ViewDirection direction;
    };
    static constexpr Named views[] = {{"front", ViewDirection::front},
                                      {"top", ViewDirection::top},
                                      {"right", ViewDirection::right},
                                      {"isometric", ViewDirection::isometric}};
    const Model3d model = connectorModel(v, family, rules, colours);
    std::vector<ModelViewSvg> svgs;
    for (const auto& view : views)
        svgs.push_back(
            {view.name, modelViewSvg(projectedView(model, view.direction), v.number + ", " + view.name + " view")});
    return svgs;
}

}  // namespace partgen
