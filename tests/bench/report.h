#pragma once
// The benchmark's results as tables: plain for the terminal, then the same in Markdown
// to paste into README.md.

#include <iosfwd>

#include "bench_suite.h"

namespace partgen::bench {

void printReport(const BenchResults& results, std::ostream& out);

}  // namespace partgen::bench
