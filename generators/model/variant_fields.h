#pragma once
// The one list of part properties and their spec names. The spec reader, the
// validators and the resolved-spec writer all walk it, so adding a property is one
// line here plus its member in variant.h.

#include "model/variant.h"

namespace partgen {

template <class V, class F>  // V is Variant or const Variant
void visitFields(V& v, F&& f) {
    f("description", v.description);
    f("kind", v.kind);
    f("coding", v.coding);
    f("colour", v.colour);
    f("marking", v.marking);
    f("datasheet-url", v.datasheetUrl);

    f("poles", v.poles);
    f("connection-points-per-pole", v.connectionPointsPerPole);
    f("pitch", v.pitch);
    f("width", v.width);
    f("height", v.height);
    f("depth", v.depth);
    f("strip-length", v.stripLength);
    f("plate-thickness", v.plateThickness);
    f("cutout-width", v.cutoutWidth);
    f("cutout-height", v.cutoutHeight);
    f("cutout-radius", v.cutoutRadius);
    f("cutout-tolerance", v.cutoutTolerance);

    f("overvoltage-category", v.overvoltageCategory);
    f("pollution-degree", v.pollutionDegree);
    f("rated-voltage", v.ratedVoltage);
    f("rated-impulse-voltage", v.ratedImpulseVoltage);
    f("rated-current", v.ratedCurrent);
    f("ul-rated-voltage", v.ulRatedVoltage);
    f("ul-rated-current", v.ulRatedCurrent);

    f("connection-technology", v.connectionTechnology);
    f("nominal-cross-section", v.nominalCrossSection);
    f("conductor-solid", v.conductorSolid);
    f("conductor-solid-push-in", v.conductorSolidPushIn);
    f("conductor-stranded", v.conductorStranded);
    f("conductor-fine-stranded", v.conductorFineStranded);
    f("conductor-ferrule-insulated", v.conductorFerruleInsulated);
    f("conductor-ferrule-uninsulated", v.conductorFerruleUninsulated);
    f("conductor-ferrule-push-in", v.conductorFerrulePushIn);

    f("mating-cycles", v.matingCycles);
    f("mating-force", v.matingForce);
    f("mounting-type", v.mountingType);
    f("protection-type", v.protectionType);
    f("locking", v.locking);

    f("insulation-material", v.insulationMaterial);
    f("flammability-class", v.flammabilityClass);
    f("clamping-spring-material", v.clampingSpringMaterial);
    f("contact-material", v.contactMaterial);
    f("contact-plating", v.contactPlating);
    f("fire-load", v.fireLoad);
    f("weight", v.weight);

    f("processing-temperature", v.processingTemperature);
    f("operating-temperature", v.operatingTemperature);

    f("gtin", v.gtin);
    f("customs-tariff", v.customsTariff);
    f("country-of-origin", v.countryOfOrigin);
    f("eclass", v.eclass);
    f("etim", v.etim);
    f("packaging-unit", v.packagingUnit);
    f("packaging-type", v.packagingType);

    f("counterparts", v.counterparts);
    f("accessories", v.accessories);
    f("approvals", v.approvals);
}

}  // namespace partgen
