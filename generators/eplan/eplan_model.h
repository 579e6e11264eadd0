#pragma once
// EPLAN parts-management records for a family, independent of the file's syntax: one
// manufacturer address, and per variant a part with its function templates, its
// connection point pattern and, for panel-mount variants, its drilling pattern.
//
// Coordinates: a part's origin is the lower left corner of its front (width x height);
// both patterns are centred on the middle of the front and placed there by an offset.

#include <optional>
#include <string>
#include <vector>

#include "eplan/eplan_rules.h"
#include "geometry/shapes.h"
#include "model/quantity.h"
#include "model/variant.h"
#include "model3d/model_rules.h"

namespace partgen {

struct EplanAddress {
    std::string shortName;  // what parts name as their manufacturer, e.g. "WAGO"
    std::string longName, street, postcode, town, country, phone, email;
};

struct EplanFreeProperty {
    Wording name;
    Wording value;
};

// One function template per pole: the pin is named by the pole marking, its connection
// designations are the names of the pole's connection points.
struct EplanFunction {
    int position;
    std::string pin;
    std::vector<std::string> connectionPoints;
};

struct EplanConnectionPoint {
    int position;
    std::string name;  // the pole marking, with the clamp's number when a pole has several
    Point at;          // relative to the pattern's centre
    Length z;          // the conductor entry's plane, from the part's front (negative: behind it)
    std::optional<Range<Area>> section;
    std::string minAwg, maxAwg;
    std::optional<Length> stripLength;
};

struct EplanConnectionPattern {
    std::string name;
    Wording description;
    std::vector<EplanConnectionPoint> points;
};

struct EplanDrillingPattern {
    std::string name;
    Wording description;
    RoundedRect cut;  // centred on the pattern's origin
};

// A related part as EPLAN references it: by its EPLAN part number, or an accessory list
// by its name.
struct EplanAccessory {
    std::string partNumber;
    bool isList = false;
};

// Alternatives of which one is chosen: the mating parts of a part.
struct EplanAccessoryList {
    std::string name;
    Wording description;
    std::vector<std::string> partNumbers;
};

// Values that have a property of EPLAN's own; empty when the spec has none or only an
// estimate (an estimate stays a free property, marked as such).
struct EplanRatings {
    std::string voltage, current, coding;
};

struct EplanPart {
    std::string partNumber, typeNumber, orderNumber, manufacturer, datasheetUrl;
    Wording description;
    std::optional<Wording> note;
    std::optional<Length> width, height, depth;
    std::optional<Mass> weight;
    int poles = 0;
    std::optional<int> packagingQuantity;
    EplanRatings ratings;
    std::string pictureFile;  // below EPLAN's images folder, through its path variable; empty for none
    std::vector<EplanAccessory> accessories;
    std::optional<EplanAccessoryList> counterparts;
    int productTopGroup = 0, productGroup = 0, productSubGroup = 0;
    std::vector<EplanFreeProperty> freeProperties;
    std::vector<EplanFunction> functions;
    EplanConnectionPattern connections;
    std::optional<EplanDrillingPattern> drilling;
    Point patternOffset;  // middle of the front, from the part's origin
};

struct EplanLibrary {
    EplanAddress manufacturer;
    std::vector<EplanPart> parts;
};

EplanAddress eplanAddressOf(const Family& family);
// What a part is made of, and the rules it follows: the 3D model's proportions give the
// connection points' places.
struct EplanInputs {
    const Variant& variant;
    const Family& family;
    const EplanRules& rules;
    const WordingRules& words;
    const ModelRules& model;
};

EplanPart eplanPartOf(const EplanInputs& in);

}  // namespace partgen
