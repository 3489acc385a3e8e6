// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "ner/ner_org_heads.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "khabar/morph_analyzer.h"
#include "ner/ner_consistency.h"
#include "ner/ner_decode.h"
#include "ner/ner_model.h"
#include "ner/ner_word_table.h"

namespace khabar::ner {

size_t JoinOrgHeads(const NerModelData& m, std::string_view text,
                    const MorphAnalysis& a,
                    std::span<const NerToken* const> tokens,
                    std::span<const uint32_t> sentence,
                    const NerWordTable& heads, std::vector<uint16_t>* labels) {
  std::vector<uint16_t>& l = *labels;
  const size_t n = tokens.size();
  if (l.size() != n || sentence.size() != n || a.tokens.size() != n ||
      heads.size() == 0) {
    return 0;
  }
  const size_t per = m.TypeIndex("PER");  // types.size() if none
  size_t joined = 0;
  for (size_t i = 0; i + 1 < n; ++i) {
    // A mention starts at i and another at j, so the one at i is one word.
    const size_t j = i + 1;
    if (l[i] == 0 || !m.LabelStarts(l[i]) || l[j] == 0 ||
        !m.LabelStarts(l[j]) || m.LabelType(l[j]) == per ||
        sentence[j] != sentence[i] || !tokens[j]->proclitics.empty() ||
        !OnlySpacesBetween(text, a, i) ||
        heads.TypeOf(tokens[i]->host) != m.types[m.LabelType(l[i])]) {
      continue;
    }
    const size_t e = MentionEnd(m, l, j, n);
    LabelMention(m, m.LabelType(l[i]), i, e, &l);
    ++joined;
    i = e - 1;
  }
  return joined;
}

}  // namespace khabar::ner
