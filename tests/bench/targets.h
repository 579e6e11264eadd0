#pragma once
// The goals partgen's speed and memory are held to, checked against one benchmark run.

#include <string>
#include <vector>

#include "bench_suite.h"

namespace partgen::bench {

struct TargetCheck {
    std::string what;
    std::string value;   // measured, with its unit
    std::string target;  // e.g. "<= 3 x"
    bool pass = false;
};

std::vector<TargetCheck> checkTargets(const BenchResults& r);

}  // namespace partgen::bench
