#include "geometry/cutout.h"

namespace partgen {

namespace {

std::vector<CutoutValue> estimatedValuesOf(const Variant& v) {
    std::vector<CutoutValue> estimated;
    const auto note = [&](CutoutValue value, Provenance source) {
        if (source == Provenance::estimated) estimated.push_back(value);
    };
    note(CutoutValue::width, v.cutoutWidth.source);
    note(CutoutValue::height, v.cutoutHeight.source);
    if (v.cutoutRadius.has()) note(CutoutValue::radius, v.cutoutRadius.source);
    if (v.cutoutTolerance.has()) note(CutoutValue::tolerance, v.cutoutTolerance.source);
    return estimated;
}

}  // namespace

std::string_view cutoutValueName(CutoutValue value) {
    switch (value) {
        case CutoutValue::width:
            return "cutout-width";
        case CutoutValue::height:
            return "cutout-height";
        case CutoutValue::radius:
            return "cutout-radius";
        case CutoutValue::tolerance:
            return "cutout-tolerance";
    }
    return "cutout";
}

std::optional<Cutout> cutoutOf(const Variant& v) {
    if (!v.kind.has() || !isPanelMount(*v.kind) || !v.cutoutWidth.has() || !v.cutoutHeight.has()) return std::nullopt;
    Cutout c;
    c.width = *v.cutoutWidth;
    c.height = *v.cutoutHeight;
    c.radius = v.cutoutRadius.has() ? *v.cutoutRadius : Length();
    c.tolerance = v.cutoutTolerance.has() ? *v.cutoutTolerance : Tolerance{};
    c.plateThickness = v.plateThickness.has() ? *v.plateThickness : Range<Length>{};
    c.estimatedValues = estimatedValuesOf(v);
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
