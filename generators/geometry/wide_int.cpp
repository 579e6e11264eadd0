#include "geometry/wide_int.h"

#include <stdexcept>

namespace partgen {

WideInt floorSqrt(WideInt n) {
    if (n < 0) throw std::domain_error("square root of a negative number");
    // Digit by digit in base four: no floating point, so every compiler gets the same bits.
    WideInt root = 0;
    WideInt bit = static_cast<WideInt>(1) << 126;  // the highest power of four a WideInt holds
    while (bit > n) bit >>= 2;
    while (bit != 0) {
        if (n >= root + bit) {
            n -= root + bit;
            root = (root >> 1) + bit;
        } else {
            root >>= 1;
        }
        bit >>= 2;
    }
    return root;
}

WideInt roundedSqrt(WideInt n) {
    const WideInt root = floorSqrt(n);
    // The root reaches root + 1/2 exactly when n >= root^2 + root + 1/4, i.e. n > root^2 + root.
    return n - root * root > root ? root + 1 : root;
}

}  // namespace partgen
