#include "spec/validate.h"

#include <cstring>

#include "model/variant_fields.h"
#include "spec/diagnostics.h"
#include "text/value_text.h"

namespace partgen {
namespace {

class VariantChecks {
public:
    VariantChecks(const Variant& v, const std::set<std::string>& given, const ColourTable& t, Diagnostics& d)
        : v_(v), given_(given), colours_(t), diag_(d) {}

    void run() {
        requireAll(
            {"description", "kind", "coding", "colour", "marking", "poles", "pitch", "width", "height", "depth"});
        if (v_.kind.has() && isPanelMount(*v_.kind))
            requireAll({"cutout-width", "cutout-height", "cutout-radius", "cutout-tolerance", "plate-thickness"});
        checkPoles();
        checkLengths();
        checkMarking();
        checkCutout();
        checkColour();
    }

private:
    void error(const SourceLocation& at, const std::string& message) { diag_.error(at, v_.number + ": " + message); }

    void requireAll(std::initializer_list<const char*> names) {
        for (const char* required : names)
            visitFields(v_, [&](const char* name, const auto& field) {
                if (std::strcmp(name, required) == 0 && !field.has() && !given_.count(name))
                    error(v_.at, "<" + std::string(name) + "> is required but not given");
            });
    }

    void checkPoles() {
        if (!v_.poles.has()) return;
        if (*v_.poles < 1 || *v_.poles > maxPoles)
            error(v_.poles.at,
                  "poles = " + std::to_string(*v_.poles) + " is outside 1 ... " + std::to_string(maxPoles));
        if (v_.connectionPointsPerPole.has() && *v_.connectionPointsPerPole < 1)
            error(v_.connectionPointsPerPole.at, "connection-points-per-pole must be at least 1");
    }

    void checkLength(const char* name, const Sourced<Length>& field, bool zeroAllowed) {
        if (!field.has()) return;
        const bool tooSmall = zeroAllowed ? *field < Length() : *field <= Length();
        if (tooSmall || *field > maxLength)
            error(field.at, std::string(name) + " = " + valueText(*field) + " must be " +
                                (zeroAllowed ? "at least 0 mm" : "above 0 mm") + " and at most " +
                                valueText(maxLength));
    }

    void checkLengths() {
        checkLength("pitch", v_.pitch, false);
        checkLength("width", v_.width, false);
        checkLength("height", v_.height, false);
        checkLength("depth", v_.depth, false);
        checkLength("strip-length", v_.stripLength, false);
        checkLength("cutout-width", v_.cutoutWidth, false);
        checkLength("cutout-height", v_.cutoutHeight, false);
        checkLength("cutout-radius", v_.cutoutRadius, true);
        if (v_.plateThickness.has() && (v_.plateThickness->min <= Length() || v_.plateThickness->max > maxLength))
            error(v_.plateThickness.at, "plate-thickness " + valueText(*v_.plateThickness) +
                                            " must be above 0 mm and at most " + valueText(maxLength));
        if (v_.pitch.has() && v_.poles.has() && v_.width.has() && *v_.poles >= 1 && *v_.poles <= maxPoles &&
            *v_.pitch * (*v_.poles - 1) >= *v_.width)
            error(v_.width.at, "width " + valueText(*v_.width) + " cannot hold " + std::to_string(*v_.poles) +
                                   " poles at a pitch of " + valueText(*v_.pitch));
    }

    void checkMarking() {
        if (!v_.marking.has() || !v_.poles.has()) return;
        const auto labels = v_.marking->size();
        if (labels != static_cast<std::size_t>(*v_.poles))
            error(v_.marking.at, "marking '" + valueText(*v_.marking) + "' has " + std::to_string(labels) +
                                     " label(s) for " + std::to_string(*v_.poles) +
                                     " poles; give exactly one label per pole");
    }

    void checkCutout() {
        if (!v_.cutoutWidth.has() || !v_.cutoutHeight.has()) return;
        const Length plus = v_.cutoutTolerance.has() ? v_.cutoutTolerance->plus : Length();
        if (v_.cutoutTolerance.has() && (v_.cutoutTolerance->plus < Length() || v_.cutoutTolerance->minus < Length()))
            error(v_.cutoutTolerance.at,
                  "cutout-tolerance gives the amounts above and below nominal; neither may be "
                  "negative");
        if (v_.width.has() && v_.height.has() &&
            (*v_.cutoutWidth + plus >= *v_.width || *v_.cutoutHeight + plus >= *v_.height))
            error(v_.cutoutWidth.at, "cutout " + valueText(*v_.cutoutWidth) + " x " + valueText(*v_.cutoutHeight) +
                                         " (+" + valueText(plus) + ") is not smaller than the " + valueText(*v_.width) +
                                         " x " + valueText(*v_.height) + " flange that must cover it");
        if (v_.cutoutRadius.has() &&
            (*v_.cutoutRadius * 2 > *v_.cutoutWidth || *v_.cutoutRadius * 2 > *v_.cutoutHeight))
            error(v_.cutoutRadius.at, "cutout-radius " + valueText(*v_.cutoutRadius) + " does not fit a " +
                                          valueText(*v_.cutoutWidth) + " x " + valueText(*v_.cutoutHeight) + " cutout");
    }

    void checkColour() {
        if (v_.colour.has() && !colours_.colour(*v_.colour))
            error(v_.colour.at, "colour '" + *v_.colour + "' is not in the colour table (templates/colours.xml)");
    }

    const Variant& v_;
    const std::set<std::string>& given_;
    const ColourTable& colours_;
    Diagnostics& diag_;
};

}  // namespace

void validateVariant(const Variant& v, const std::set<std::string>& given, const ColourTable& colours,
                     Diagnostics& diagnostics) {
    VariantChecks(v, given, colours, diagnostics).run();
}

}  // namespace partgen
