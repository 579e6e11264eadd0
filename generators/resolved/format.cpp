#include "resolved/format.h"

#include "resolved/resolved_writer.h"

namespace partgen {

const Format& resolvedFormat() {
    static const Format format{
        "resolved",
        {},
        {},
        {},
        [](const Variant& v, const Family& family, const FormatContext&) {
            return documentList(writeResolved(v, family));
        },
        {},
        {},
    };
    return format;
}

}  // namespace partgen
