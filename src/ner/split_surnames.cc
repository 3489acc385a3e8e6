// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "ner/split_surnames.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "ner/ner_consistency.h"

namespace khabar::ner {
namespace {

// Raw-news count buckets (RawCountBucket) up to this: fewer than 8
// occurrences in SaudiNewsNet. On SaudiNewsNet's 30,676 articles and ANT's
// 10,161, JoinSplitSurnames alone changed 66 mentions, 65 of them right.
constexpr uint32_t kMaxRareBucket = 3;

constexpr std::string_view kArticle = "\u0627\u0644";

// bi-, li- as the analysis spells them; the token's first two letters.
bool SurnameStart(const NerToken& t) {
  return (t.proclitics == "\u0628" && t.key.starts_with("\u0628\u0648")) ||
         (t.proclitics == "\u0644" && t.key.starts_with("\u0644\u0648"));
}

}  // namespace

bool IsSplitSurname(const NerToken& t) {
  return SurnameStart(t) && !t.enclitic && !t.host.starts_with(kArticle) &&
         t.raw <= kMaxRareBucket && t.token_raw <= kMaxRareBucket &&
         (t.upos == "NOUN" || t.upos == "PROPN" || t.upos == "X");
}

size_t JoinSplitSurnames(const NerModelData& m, std::string_view text,
                         const MorphAnalysis& a,
                         std::span<const NerToken* const> tokens,
                         std::span<const uint32_t> sentence,
                         std::vector<uint16_t>* labels) {
  const size_t person = m.TypeIndex("PER");
  std::vector<uint16_t>& l = *labels;
  const size_t n =
      std::min({l.size(), tokens.size(), a.tokens.size(), sentence.size()});
  size_t joined = 0;
  for (size_t i = 0; i + 1 < n; ++i) {
    if (l[i] == 0 || !m.LabelStarts(l[i]) || m.LabelType(l[i]) != person ||
        l[i + 1] != 0 || sentence[i] != sentence[i + 1] ||
        !OnlySpacesBetween(text, a, i)) {
      continue;
    }
    const NerToken& name = *tokens[i];
    const NerToken& t = *tokens[i + 1];
    if (!name.proclitics.empty() || name.host.starts_with(kArticle) ||
        !IsSplitSurname(t)) {
      continue;
    }
    LabelMention(m, person, i, i + 2, &l);
    ++joined;
  }
  return joined;
}

}  // namespace khabar::ner
