#pragma once
// What every cairo writer needs: owning handles for cairo's objects, and a stream callback
// that collects the bytes cairo writes into a string, so files are committed by the
// output folder like any other and never written by cairo itself.

#include <cairo.h>

#include <memory>
#include <string>

namespace partgen {

struct CairoDeleter {
    void operator()(cairo_t* cr) const { cairo_destroy(cr); }
    void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};

using CairoSurface = std::unique_ptr<cairo_surface_t, CairoDeleter>;
using CairoContext = std::unique_ptr<cairo_t, CairoDeleter>;

// A cairo_write_func_t: `closure` is the std::string to append to.
inline cairo_status_t appendToString(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

}  // namespace partgen
