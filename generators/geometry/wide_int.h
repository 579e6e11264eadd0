#pragma once
// Integer arithmetic beyond 64 bits, for results that must be exact (or exactly rounded)
// whatever the compiler: products of two lengths in nanometres, and square roots of them.

namespace partgen {

// Products of two lengths in nanometres overflow 64 bits; GCC's and Clang's 128-bit
// integer keeps orientation, containment and root computations exact.
__extension__ typedef __int128 WideInt;

// The largest integer whose square is at most `n`; `n` must not be negative.
WideInt floorSqrt(WideInt n);

// The integer nearest to the square root of `n` (never a tie: the root of a whole number
// is whole or irrational); `n` must not be negative.
WideInt roundedSqrt(WideInt n);

}  // namespace partgen
