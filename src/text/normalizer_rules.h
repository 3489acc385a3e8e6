// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The normalization rule tables (data/normalize/*.tsv, embedded in the
// library at build time) and their parser.

#ifndef KHABAR_TEXT_NORMALIZER_RULES_H_
#define KHABAR_TEXT_NORMALIZER_RULES_H_

#include <string_view>
#include <vector>

#include "khabar/normalizer.h"
#include "khabar/status.h"

namespace khabar {

// Parses one rule table (format: data/normalize/rules.tsv header). Ranges
// are expanded to one rule per code point. `source` names the table in
// error messages.
StatusOr<std::vector<NormalizationRule>> ParseNormalizationRules(
    std::string_view tsv, std::string_view source);

// The built-in tables, parsed once: rules.tsv then presentation_forms.tsv.
// A parse failure (a broken build) is returned as kInternal.
const StatusOr<std::vector<NormalizationRule>>& BuiltinNormalizationRules();

}  // namespace khabar

#endif  // KHABAR_TEXT_NORMALIZER_RULES_H_
