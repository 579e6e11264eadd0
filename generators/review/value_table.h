#pragma once
// Every value of a variant as the review pages show it: the spec's name, the value in the
// spec's own syntax, where it came from and the spec file and line it was written at.

#include <set>
#include <string>

#include "model/variant.h"

namespace partgen {

// The rows of an HTML table, one per value the variant has, in spec order.
std::string valueTableRows(const Variant& v);

// The provenances among the variant's values, most trustworthy first.
std::set<Provenance> provenancesOf(const Variant& v);

// A badge per provenance, e.g. <i class=e>estimated</i>: the word, coloured by a one-letter
// class of the page's style.
std::string provenanceBadges(const std::set<Provenance>& provenances);

// Every provenance's badge, strongest first, for a page's legend.
std::string provenanceLegend();

// "wago-winsta-midi.xml:70": the file's own name, so the pages hold no folder of the
// machine they were made on.
std::string specLine(const SourceLocation& at);

}  // namespace partgen
