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

namespace partgen {

struct EplanAddress {
    std::string shortName;  // what parts name as their manufacturer, e.g. "WAGO"
    std::string longName, street, postcode, town, country, phone, email;
};

struct EplanFreeProperty {
    Wording name;
    Wording value;
};

// One function template per pole; its connection designation is the pole marking.
struct EplanFunction {
    int position;
    std::string designation;
};

struct EplanConnectionPoint {
    int position;
    std::string name;  // the pole marking
    Point at;          // relative to the pattern's centre
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

struct EplanPart {
    std::string partNumber, typeNumber, orderNumber, manufacturer, datasheetUrl;
    Wording description;
    std::optional<Wording> note;
    std::optional<Length> width, height, depth;
    std::optional<Mass> weight;
    int poles = 0;
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
EplanPart eplanPartOf(const Variant& v, const Family& family, const EplanRules& rules, const WordingRules& words);

}  // namespace partgen
