#pragma once
// One orderable product as every generator sees it: all values resolved (inheritance,
// series rules and expressions applied), each with its provenance.

#include <string>
#include <vector>

#include "model/kind.h"
#include "model/part_values.h"
#include "model/quantity.h"
#include "model/sourced.h"

namespace partgen {

enum class Origin { part, variant, series };

struct Manufacturer {
    std::string shortName;  // "WAGO", used in names
    std::string name;       // legal name
    std::string street, postcode, city, country, phone, email, web;
};

struct Family {
    std::string id;      // file-name-safe id, e.g. "wago-winsta-midi"
    std::string series;  // e.g. "WINSTA MIDI"
    Manufacturer manufacturer;
    SourceLocation at;
};

struct Variant {
    std::string number;    // item number as the maker writes it, e.g. "770-744/064-000"
    std::string fileStem;  // number made safe for file names, e.g. "770-744_064-000"
    std::string basePart;  // the part a variant or series product derives from; empty for parts
    std::string baseDatasheetUrl;  // of a series product: the datasheet its values come from
    std::string familyId;
    Origin origin = Origin::part;
    SourceLocation at;

    // Identity and marking
    Sourced<std::string> description;
    Sourced<Kind> kind;
    Sourced<std::string> coding;
    Sourced<std::string> colour;
    Sourced<Labels> marking;  // one label per pole
    Sourced<std::string> datasheetUrl;

    // Geometry
    Sourced<int> poles;
    Sourced<int> connectionPointsPerPole;
    Sourced<Length> pitch, width, height, depth;
    Sourced<Length> stripLength;
    Sourced<Range<Length>> plateThickness;
    Sourced<Length> cutoutWidth, cutoutHeight, cutoutRadius;
    Sourced<Tolerance> cutoutTolerance;

    // Electrical ratings
    Sourced<std::string> overvoltageCategory;
    Sourced<int> pollutionDegree;
    Sourced<Voltage> ratedVoltage, ratedImpulseVoltage, ulRatedVoltage;
    Sourced<Current> ratedCurrent, ulRatedCurrent;

    // Connection
    Sourced<std::string> connectionTechnology;
    Sourced<ConductorRange> nominalCrossSection;
    Sourced<ConductorRange> conductorSolid, conductorSolidPushIn, conductorStranded, conductorFineStranded;
    Sourced<ConductorRange> conductorFerruleInsulated, conductorFerruleUninsulated, conductorFerrulePushIn;

    // Mechanical
    Sourced<int> matingCycles;
    Sourced<Range<Force>> matingForce;
    Sourced<std::string> mountingType, protectionType, locking;

    // Material
    Sourced<std::string> insulationMaterial, flammabilityClass, clampingSpringMaterial, contactMaterial, contactPlating;
    Sourced<Energy> fireLoad;
    Sourced<Mass> weight;

    // Environment
    Sourced<Range<Temperature>> processingTemperature, operatingTemperature;

    // Commercial
    Sourced<std::string> gtin, customsTariff, countryOfOrigin, eclass, etim, packagingType;
    Sourced<int> packagingUnit;

    // Related products
    Sourced<Labels> counterparts, accessories;
    Sourced<Approvals> approvals;
};

}  // namespace partgen
