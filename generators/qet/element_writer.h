#pragma once
// The .elmt file QElectroTech 0.9 loads: <definition type="element" version="0.90">.

#include <string>

#include "qet/element_model.h"

namespace partgen {

std::string writeElement(const QetElement& element);

}  // namespace partgen
