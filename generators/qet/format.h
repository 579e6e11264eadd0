#pragma once
// The `qet` format: a QElectroTech element per variant.

#include "format/format.h"

namespace partgen {

const Format& qetFormat();

}  // namespace partgen
