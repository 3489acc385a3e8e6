// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "morph/lemma_rescue.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "morph/hash_index.h"
#include "morph/morph_decode.h"
#include "morph/morph_model.h"

namespace khabar::morph {
namespace {

constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";  // alef lam

bool IsTreebankLemma(const MorphModelData& m, std::string_view lemma) {
  return m.lemma_roots.Find(StringKey(lemma)) != nullptr;
}

}  // namespace

bool IsKnownWord(const MorphModelData& m, std::string_view lemma) {
  if (IsTreebankLemma(m, lemma) ||
      m.word_counts.Find(StringKey(lemma)) != nullptr) {
    return true;
  }
  std::string with_article(kAl);
  with_article.append(lemma);
  return m.word_counts.Find(StringKey(with_article)) != nullptr;
}

uint32_t RescueLemmaRule(const MorphModelData& m, std::string_view key,
                         std::span<const float> scores, uint32_t best) {
  const size_t n = std::min(scores.size(), m.lemma_rules.size());
  std::string lemma;
  if (best >= n || !ApplyLemmaRule(m.lemma_rules[best], key, &lemma) ||
      IsKnownWord(m, lemma)) {
    return best;
  }
  uint32_t chosen = best;
  float chosen_score = -1e30f;
  for (size_t r = 0; r < n; ++r) {
    if (r == best || scores[r] <= chosen_score ||
        !ApplyLemmaRule(m.lemma_rules[r], key, &lemma) ||
        !IsTreebankLemma(m, lemma)) {
      continue;
    }
    chosen = static_cast<uint32_t>(r);
    chosen_score = scores[r];
  }
  return chosen;
}

}  // namespace khabar::morph
