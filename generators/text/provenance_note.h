#pragma once
// What a product's outputs say about where its values come from, so that nothing
// derived, inherited or estimated reads as the product's own datasheet fact. Every
// output (KiCad, QElectroTech, EPLAN, drawings) takes these words from here.

#include <string>
#include <vector>

#include "model/variant.h"

namespace partgen {

// Spec names of the values with provenance `p`, in spec order (e.g. "cutout-height").
std::vector<std::string> fieldsWith(const Variant& v, Provenance p);

// A spec value named for a reader: "cutout size", "ECLASS", "pole marking (PE 2L 1L L)".
std::string fieldInWords(const Variant& v, const std::string& field);

// Sentences, each with a leading space, for a derived product, for inherited values and
// for estimated ones; empty when every value is the product's own datasheet fact, e.g.
// " Derived from 770-744 by pole count; no datasheet of its own. Cutout size estimated,
// not from the datasheet."
std::string provenanceNote(const Variant& v);

// Its parts: " Derived from 770-744 by pole count; no datasheet of its own." for a
// series product; " Not in its own datasheet, inherited from 770-744: ..." for the
// inherited values among `fields` (spec names; every field when empty); " ... estimated,
// not from the datasheet." Each empty when there is nothing to say.
std::string derivedNote(const Variant& v);
std::string inheritedNote(const Variant& v, const std::vector<std::string>& fields = {});
std::string estimatedNote(const Variant& v);

// The product's own datasheet, or empty when the link would name another product's
// datasheet as this one's (a derived product has none).
std::string ownDatasheetUrl(const Variant& v);

}  // namespace partgen
