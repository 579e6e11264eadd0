// Compiled with the include view of kicad/: the pipeline is a layer above, so this must
// not compile (the test "layering refuses an include from a layer above").
#include "pipeline/run.h"
