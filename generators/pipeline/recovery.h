#pragma once
// The repair of an output folder after a run was killed, before any other work: the
// journal a killed run leaves (pipeline/output_tree.h) says that temporaries may lie
// about and that files may be a mix of the old and the new run.

#include <filesystem>

namespace partgen {

// Whether a run stopped in `outDir` before it finished (its journal is there).
bool interruptedRunIn(const std::filesystem::path& outDir);

// Sweeps the killed run's temporaries, records in the manifest every file the killed run
// may have brought in (so that the next run can delete what it no longer makes), and
// drops the inputs digest, so that the next run compares every file with its spec
// instead of trusting the folder. Returns false when there was nothing to repair.
// Call it holding the output lock (pipeline/output_lock.h). Each step can be repeated:
// a kill during the repair is repaired by the next run too.
bool recoverInterruptedRun(const std::filesystem::path& outDir);

}  // namespace partgen
