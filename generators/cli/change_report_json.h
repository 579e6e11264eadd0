#pragma once
// The change report as JSON, for a library repository's CI (`generate --report FILE`).
// The schema is in README.md (Change report); "schema" names its version.

#include <string>

#include "pipeline/run.h"

namespace partgen::cli {

inline constexpr const char* changeReportSchema = "partgen-change-report/1";

std::string changeReportJson(const GenerateReport& report, bool check);

}  // namespace partgen::cli
