// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Duplicate removal within one article.

#ifndef KHABAR_CLEAN_DUPLICATES_H_
#define KHABAR_CLEAN_DUPLICATES_H_

#include "clean/cleaning_state.h"

namespace khabar {

// A block with fewer letters and digits than this is never called a teaser
// of a longer paragraph (a short sentence may well start one); exact
// repeats of any length are still found.
inline constexpr size_t kMinTeaserKeyChars = 30;

// Drops, with duplicate_of set and in this order:
//   1. repeats of the title;
//   2. repeats of another block (same key: equal up to spacing, hamza
//      spelling, quotation marks and punctuation). The copy in the body is
//      kept: a copy above the title yields to one below it, otherwise the
//      first copy stays;
//   3. a block equal to two or more consecutive kept blocks joined, or
//      (teaser) to the start of a kept block or run of blocks.
void MarkDuplicates(CleaningState* state);

}  // namespace khabar

#endif  // KHABAR_CLEAN_DUPLICATES_H_
