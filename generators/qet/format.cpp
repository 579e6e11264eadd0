#include "qet/format.h"

#include "qet/qet_library.h"

namespace partgen {

const Format& qetFormat() {
    static const Format format{
        "qet",
        {},
        {&wordingRuleFile()},
        {},
        [](const Variant& v, const Family& family, const FormatContext& c) {
            return documentList(elementDocument(v, family, c.rules.get<WordingRules>()));
        },
        {},
        {},
    };
    return format;
}

}  // namespace partgen
