#pragma once
// An imported part as spec XML: a <part> element to paste into a family file.

#include <string>

#include "datasheet/datasheet_reader.h"

namespace partgen {

// Indented for a family file; properties in the spec's order; damaged values as comments.
std::string partXml(const ImportedPart& part, const std::string& indent = "  ");

// One property element on one line, e.g. "<width>45.5 mm</width>".
std::string propertyXml(const std::string& name, const std::string& text);
std::string approvalsXml(const Approvals& approvals, const std::string& indent);

}  // namespace partgen
