#pragma once
// Before each measured run: earlier runs leave gigabytes of written data in the page
// cache, and the kernel would make the next run wait while it writes them out. Flushing
// first charges every run for its own writes only.

#include <unistd.h>

namespace partgen::bench {

inline void settleDisk() { ::sync(); }

}  // namespace partgen::bench
