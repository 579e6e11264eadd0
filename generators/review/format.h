#pragma once
// The `review` format: static HTML pages to review a family by eye (see review_index.h and
// variant_page.h), opened from file:// with no server and no network.

#include "format/format.h"

namespace partgen {

const Format& reviewFormat();

}  // namespace partgen
