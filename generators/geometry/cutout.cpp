#include "geometry/cutout.h"

namespace partgen {

std::optional<Cutout> cutoutOf(const Variant& v) {
    if (!v.kind.has() || !isPanelMount(*v.kind) || !v.cutoutWidth.has() || !v.cutoutHeight.has()) return std::nullopt;
    Cutout c;
    c.width = *v.cutoutWidth;
    c.height = *v.cutoutHeight;
    c.radius = v.cutoutRadius.has() ? *v.cutoutRadius : Length();
    c.tolerance = v.cutoutTolerance.has() ? *v.cutoutTolerance : Tolerance{};
    c.plateThickness = v.plateThickness.has() ? *v.plateThickness : Range<Length>{};
    c.estimated = v.cutoutWidth.source == Provenance::estimated || v.cutoutHeight.source == Provenance::estimated ||
                  v.cutoutRadius.source == Provenance::estimated;
    return c;
}

RoundedRect cutShape(const Cutout& c, ContourSize size, Point centre) {
    // Mid-tolerance moves each size by half the band's offset from nominal.
    const Length shift = size == ContourSize::nominal
                             ? Length()
                             : Length::fromSteps((c.tolerance.plus.steps() - c.tolerance.minus.steps()) / 2);
    return {centre, c.width + shift, c.height + shift, c.radius};
}

}  // namespace partgen
