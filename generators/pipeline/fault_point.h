#pragma once
// Numbered places in a run where a kill does the most harm: between the renames of a
// commit and the steps of a repair. The tests set PARTGEN_KILL_AT_STEP=N to have partgen
// kill itself (SIGKILL) at the N-th such place, proving that the next run repairs the
// folder wherever the kill falls. Unset, a fault point only counts.

namespace partgen {

void faultPoint();

}  // namespace partgen
