// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Computes BlockFacts (matching text, duplicate key, word count, final
// punctuation) for a block's display text.

#ifndef KHABAR_CLEAN_BLOCK_FACTS_H_
#define KHABAR_CLEAN_BLOCK_FACTS_H_

#include <string_view>

#include "clean/cleaning_state.h"
#include "khabar/normalizer.h"
#include "khabar/status.h"

namespace khabar {

// `search` must be a kSearch normalizer. `scratch` is reused between calls.
Status ComputeBlockFacts(const Normalizer& search, std::string_view text,
                         NormalizedText* scratch, BlockFacts* facts);

// The matching form of a pattern or phrase: search-normalized, punctuation
// removed, single spaces (what BlockFacts::words_text holds).
Status MatchingForm(const Normalizer& search, std::string_view text,
                    std::string* out);

// True if `text` ends, trailing spaces aside, with a mark that ends a
// sentence or a quotation (. ! ? : ... U+061F, closing quotation marks;
// BlockFacts::terminal_punctuation).
bool EndsWithTerminal(std::string_view text);

}  // namespace khabar

#endif  // KHABAR_CLEAN_BLOCK_FACTS_H_
