// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "clean/captions.h"

#include <string_view>

namespace khabar {
namespace {

// "Name - Outlet", "Outlet - City": a byline or dateline, not a caption.
bool HasDashSeparator(std::string_view text) {
  for (std::string_view dash : {" - ", " \xE2\x80\x93", "\xE2\x80\x93 ",
                                " \xE2\x80\x94", "\xE2\x80\x94 ", "- ", " -"}) {
    if (text.find(dash) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

void MarkCaptions(uint32_t max_words, bool after_title, CleaningState* state) {
  Article& a = *state->article;
  const size_t n = a.blocks.size();
  for (size_t i = 0; i < n; ++i) {
    if (!state->dropped(i) && state->facts[i].caption_hint &&
        static_cast<int32_t>(i) != a.title) {
      a.blocks[i].role = PartRole::kCaption;
      a.blocks[i].note = "caption in the page markup";
    }
  }
  if (!after_title || a.title < 0) return;
  size_t c = static_cast<size_t>(a.title) + 1;
  while (c < n && state->dropped(c)) ++c;
  if (c >= n || a.blocks[c].role != PartRole::kParagraph) return;
  const BlockFacts& f = state->facts[c];
  if (f.terminal_punctuation || f.words < kMinCaptionWords ||
      f.words > max_words || HasDashSeparator(a.blocks[c].text)) {
    return;
  }
  size_t next = c + 1;
  while (next < n && state->dropped(next)) ++next;
  if (next >= n || state->facts[next].words <= f.words) return;
  a.blocks[c].role = PartRole::kCaption;
  a.blocks[c].note =
      "short line without final punctuation next to the headline";
}

}  // namespace khabar
