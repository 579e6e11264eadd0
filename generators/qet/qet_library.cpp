#include "qet/qet_library.h"

#include "qet/element_model.h"
#include "qet/element_writer.h"

namespace partgen {

Document elementDocument(const Variant& v, const Family& family, const WordingRules& words) {
    return {"qet/" + v.fileStem + ".elmt", writeElement(qetElementOf(v, family, words))};
}

}  // namespace partgen
