// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "ner/ner_name_numbers.h"

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
namespace {

// True if `span` of `text` is digits only (ASCII, Arabic-Indic, Eastern
// Arabic-Indic): not an amount ("al-dular 0.3", "1,500").
bool Integer(std::string_view text, ByteSpan span) {
  if (span.end > text.size() || span.empty()) return false;
  for (size_t i = span.begin; i < span.end;) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b >= '0' && b <= '9') {
      ++i;
      continue;
    }
    // U+0660..U+0669 (D9 A0..A9), U+06F0..U+06F9 (DB B0..B9).
    if (i + 1 >= span.end) return false;
    const auto c = static_cast<unsigned char>(text[i + 1]);
    if (!((b == 0xD9 && c >= 0xA0 && c <= 0xA9) ||
          (b == 0xDB && c >= 0xB0 && c <= 0xB9))) {
      return false;
    }
    i += 2;
  }
  return true;
}

// True if the token after the number at k, in its sentence, is a noun
// without the article or a proclitic: what the number counts ("al-fitu
// 12 marra", veto twelve times), not more of the name.
bool CountedNounAfter(std::span<const NerToken* const> tokens,
                      std::span<const uint32_t> sentence, size_t k) {
  static constexpr std::string_view kArticle = "\u0627\u0644";
  if (k + 1 >= tokens.size() || sentence[k + 1] != sentence[k]) return false;
  const NerToken& t = *tokens[k + 1];
  return t.upos == "NOUN" && t.proclitics.empty() &&
         !t.host.starts_with(kArticle);
}

}  // namespace

size_t ExtendMiscOverNumbers(const NerModelData& m, std::string_view text,
                             const MorphAnalysis& a,
                             std::span<const NerToken* const> tokens,
                             std::span<const uint32_t> sentence,
                             std::vector<uint16_t>* labels) {
  std::vector<uint16_t>& l = *labels;
  const size_t n = tokens.size();
  const size_t type = m.TypeIndex("MISC");
  if (type == m.types.size() || l.size() != n || sentence.size() != n ||
      a.tokens.size() != n) {
    return 0;
  }
  const NerWordTable& currencies = NerWordTable::CurrencyUnits();
  size_t extended = 0;
  for (size_t b = 0; b < n; ++b) {
    if (l[b] == 0 || !m.LabelStarts(l[b]) || m.LabelType(l[b]) != type) {
      continue;
    }
    const size_t e = MentionEnd(m, l, b, n);
    if (e < n && l[e] == 0 && tokens[e]->shape == 'd' &&
        sentence[e] == sentence[b] && OnlySpacesBetween(text, a, e - 1) &&
        Integer(text, a.tokens[e].span) &&
        currencies.TypeOf(tokens[e - 1]->host).empty() &&
        !CountedNounAfter(tokens, sentence, e)) {
      LabelMention(m, type, b, e + 1, &l);
      ++extended;
    }
    b = e - 1;
  }
  return extended;
}

}  // namespace khabar::ner
