#include "kicad/footprint_writer.h"

#include <stdexcept>

#include "kicad/footprint_writer_v6.h"
#include "kicad/footprint_writer_v9.h"

namespace partgen {

std::string writeFootprint(const FootprintModel& fp, KicadVersion version) {
    switch (version) {
        case KicadVersion::v6:
            return kicad6::footprintText(fp);
        case KicadVersion::v9:
            return kicad9::footprintText(fp);
    }
    throw std::logic_error("no footprint writer for this KiCad version");
}

}  // namespace partgen
