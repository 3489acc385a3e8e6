// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The working state of one article while it is cleaned: the Article being
// built plus per-block facts that the cleaning passes share.

#ifndef KHABAR_CLEAN_CLEANING_STATE_H_
#define KHABAR_CLEAN_CLEANING_STATE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "khabar/article.h"

namespace khabar {

struct BlockFacts {
  // Search-normalized words, punctuation removed, one space between words:
  // what boilerplate patterns match against.
  std::string words_text;
  // words_text without spaces: equal keys mean the same text up to spacing,
  // hamza spelling, quotation marks and punctuation.
  std::string key;
  uint32_t words = 0;
  // The block ends with . ! ? U+061F U+2026 or a closing quotation mark.
  bool terminal_punctuation = false;
  // Hints from HTML markup.
  bool heading = false;
  bool caption_hint = false;
  float link_density = 0;
};

struct CleaningState {
  Article* article = nullptr;
  std::vector<BlockFacts> facts;  // parallel to article->blocks

  bool dropped(size_t i) const {
    return article->blocks[i].role == PartRole::kDropped;
  }
  void Drop(size_t i, DropReason reason, std::string note) {
    Block& b = article->blocks[i];
    b.role = PartRole::kDropped;
    b.reason = reason;
    b.note = std::move(note);
  }
};

}  // namespace khabar

#endif  // KHABAR_CLEAN_CLEANING_STATE_H_
