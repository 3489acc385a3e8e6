// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal (training): distributional profiles of words learned from raw
// news text, shared by the morphology and NER trainers. A word's profile
// is its most frequent left and right neighbours among the most frequent
// words of the corpus (mostly function words and punctuation: they say
// whether a word is followed by a definite noun, preceded by a
// preposition, ...), and optionally its word classes (spherical k-means of
// the neighbour counts at three granularities).
//
//   morph::HashIndex contexts;
//   KHABAR_RETURN_IF_ERROR(train::BuildWordContexts(raw, 5, 255, seed,
//                                                   &contexts, nullptr));
//   if (const uint32_t* c = contexts.Find(morph::StringKey(fold))) ...

#ifndef KHABAR_TRAIN_WORD_CONTEXTS_H_
#define KHABAR_TRAIN_WORD_CONTEXTS_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "khabar/status.h"
#include "khabar/tokenizer.h"
#include "morph/hash_index.h"
#include "morph/morph_text.h"

namespace khabar::train {

// Calls fn(key) for the folded form of every token of `raw`, and
// fn(0) at each line break (a context boundary).
template <typename Fn>
Status ForEachRawToken(std::string_view raw, Fn fn) {
  Tokenizer tokenizer;
  std::vector<Token> tokens;
  std::string key, fold;
  size_t pos = 0;
  while (pos < raw.size()) {
    size_t end = std::min(raw.size(), pos + (size_t{1} << 20));
    while (end < raw.size() && raw[end - 1] != '\n') ++end;
    const std::string_view chunk = raw.substr(pos, end - pos);
    KHABAR_RETURN_IF_ERROR(tokenizer.Tokenize(chunk, &tokens));
    uint32_t last_end = 0;
    for (const Token& t : tokens) {
      if (chunk.substr(last_end, t.span.begin - last_end).find('\n') !=
          std::string_view::npos) {
        fn(0);
      }
      last_end = t.span.end;
      key.clear();
      morph::AppendKeyForm(chunk.substr(t.span.begin, t.span.size()), &key);
      fold.clear();
      morph::AppendFoldForm(key, &fold);
      fn(morph::StringKey(fold));
    }
    fn(0);
    pos = end;
  }
  return Status::Ok();
}

// The distinct tokens of `raw` (ForEachRawToken's keys) with their counts,
// most frequent first (ties by key): (count, key) pairs.
Status RawWordsByCount(std::string_view raw,
                       std::vector<std::pair<uint32_t, uint64_t>>* by_count);

// Fills `contexts` with StringKey(folded word) -> l1 << 24 | l2 << 16 |
// r1 << 8 | r2 for each word seen at least `min_count` times: the ranks
// (1-based, 0 = none) of its two most frequent left (l) and right (r)
// neighbours among the `top` (at most 255) most frequent words. With
// `clusters` not null, also its word classes there: 1 << 30 | c64 << 18 |
// c256 << 10 | c1024. Deterministic for a given `seed`.
Status BuildWordContexts(std::string_view raw, uint32_t min_count, size_t top,
                         uint64_t seed, morph::HashIndex* contexts,
                         morph::HashIndex* clusters);

}  // namespace khabar::train

#endif  // KHABAR_TRAIN_WORD_CONTEXTS_H_
