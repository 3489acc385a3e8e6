// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Caption detection: image captions pasted into the text are moved out of
// the body.

#ifndef KHABAR_CLEAN_CAPTIONS_H_
#define KHABAR_CLEAN_CAPTIONS_H_

#include <cstdint>

#include "clean/cleaning_state.h"

namespace khabar {

inline constexpr uint32_t kMinCaptionWords = 4;

// Marks as captions: blocks with a caption hint from markup (<figcaption>,
// image alt text); and, when `after_title` (text and records, whose
// captions have no markup), the first kept block after the title when it
// is a short line (kMinCaptionWords..max_words words) without final
// punctuation, not a byline or dateline ("Name - Outlet"), followed by a
// longer kept block. In a page that line is the standfirst under the
// <h1>, its captions being in the markup.
void MarkCaptions(uint32_t max_words, bool after_title, CleaningState* state);

}  // namespace khabar

#endif  // KHABAR_CLEAN_CAPTIONS_H_
