#pragma once
// The SHA-256 of partgen's own sources, computed by the build (cmake/source_digest.cmake):
// output made by other sources is never taken as up to date.

namespace partgen {

const char* sourceDigest();

}  // namespace partgen
