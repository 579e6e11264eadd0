#include "pipeline/fault_point.h"

#include <atomic>
#include <csignal>
#include <cstdlib>
#include <string>

namespace partgen {
namespace {

long killStep() {
    const char* text = std::getenv("PARTGEN_KILL_AT_STEP");
    return text ? std::atol(text) : 0;
}

}  // namespace

void faultPoint() {
    static const long step = killStep();
    static std::atomic<long> reached{0};
    if (++reached == step) std::raise(SIGKILL);
}

}  // namespace partgen
