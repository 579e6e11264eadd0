// Compiled with the include view of kicad/: the layers below it are visible, so this
// compiles (the control for the test above, which could otherwise fail for any reason).
#include "format/format.h"
#include "kicad/format.h"
#include "model/catalog.h"
#include "spec/house_rules.h"
