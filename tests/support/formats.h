#pragma once
// Running one format over the repository's spec as the pipeline would, without the
// output folder: its files for a variant, its family files from chosen variants.

#include <string>
#include <vector>

#include "format/format.h"
#include "model/document.h"

namespace partgen::test {

// The repository's house rules with every option at its default, or as given.
FormatContext repositoryContext(const FormatSettings& given = {});

std::vector<Document> variantDocuments(const Format& format, const Variant& v, const FormatSettings& given = {});

// The format's first family file made from these variants (in this order).
Document familyDocument(const Format& format, const Family& family, const std::vector<Variant>& variants,
                        const FormatSettings& given = {});

}  // namespace partgen::test
