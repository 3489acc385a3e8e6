// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "ner/ner_title_words.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "morph/morph_text.h"
#include "ner/ner_consistency.h"

namespace khabar::ner {

size_t DropTitleWords(const NerModelData& m, std::string_view text,
                      const MorphAnalysis& a,
                      std::span<const NerToken* const> tokens,
                      std::vector<uint16_t>* labels) {
  // Folded: amin (mayor, secretary), musa'id (assistant).
  static const std::string kTitles[] = {
      morph::FoldForm("\u0623\u0645\u064A\u0646"),
      morph::FoldForm("\u0645\u0633\u0627\u0639\u062F")};
  const size_t person = m.TypeIndex("PER");
  const size_t place = m.TypeIndex("LOC");
  const size_t org = m.TypeIndex("ORG");
  std::vector<uint16_t>& l = *labels;
  const size_t n = std::min({l.size(), tokens.size(), a.tokens.size()});
  size_t dropped = 0;
  for (size_t i = 0; i + 1 < n; ++i) {
    if (l[i] == 0 || !m.LabelStarts(l[i]) || m.LabelType(l[i]) != person ||
        MentionEnd(m, l, i, n) != i + 1 || tokens[i]->enclitic ||
        std::find(std::begin(kTitles), std::end(kTitles), tokens[i]->host) ==
            std::end(kTitles) ||
        !OnlySpacesBetween(text, a, i)) {
      continue;
    }
    const uint16_t next = l[i + 1];
    const bool heads =
        next == 0 ? NominalUpos(tokens[i + 1]->upos)
                  : m.LabelStarts(next) && (m.LabelType(next) == place ||
                                            m.LabelType(next) == org);
    if (!heads) continue;
    l[i] = 0;
    ++dropped;
  }
  return dropped;
}

}  // namespace khabar::ner
