// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Finds quotation marks without a partner in their paragraph, for the
// quotes stage (a quotation whose closing mark is missing ends with its
// paragraph; one whose opening mark is missing starts after its cue).

#ifndef KHABAR_CLEAN_QUOTE_BALANCE_H_
#define KHABAR_CLEAN_QUOTE_BALANCE_H_

#include <cstdint>
#include <vector>

#include "khabar/alignment.h"
#include "khabar/article.h"

namespace khabar {

// `display` is the display-level normalization of the block's bytes (quotes
// unified to U+00AB/U+00BB); `block_begin` is the block's offset in the
// input. Appends one entry per unmatched mark, in text order.
void FindUnbalancedQuotes(uint32_t block_index, uint32_t block_begin,
                          const NormalizedText& display,
                          std::vector<UnbalancedQuote>* out);

}  // namespace khabar

#endif  // KHABAR_CLEAN_QUOTE_BALANCE_H_
