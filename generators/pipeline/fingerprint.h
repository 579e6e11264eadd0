#pragma once
// What decides the bytes of a variant's own files in one format: every resolved value of
// the variant with its provenance and spec line, its family, and the format's context
// (partgen's sources and version, the format's options and the house rules of
// templates/). Two runs that give a variant the same fingerprint for a format make the
// same files, so the second may keep the first's files instead of making them again.

#include <string>

#include "format/format.h"
#include "model/variant.h"

namespace partgen {

// Hex digests. The rules digest stands for the bytes of templates/ (and partgen itself);
// empty when unknown, which gives an empty format fingerprint: nothing is then reused.
std::string variantFingerprint(const Variant& v, const Family& family);
std::string formatFingerprint(const Format& format, const FormatSettings& settings, const std::string& rulesDigest);
std::string combinedFingerprint(const std::string& variant, const std::string& format);

// The text variantFingerprint digests; for tests.
std::string fingerprintText(const Variant& v, const Family& family);

}  // namespace partgen
