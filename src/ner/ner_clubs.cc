// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "ner/ner_clubs.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "morph/morph_text.h"
#include "ner/ner_consistency.h"

namespace khabar::ner {
namespace {

constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";  // alef lam
// The verb "nada" (called for) ends with alef maksura; the noun never does.
constexpr std::string_view kAlefMaksura = "\xD9\x89";

bool StartsWithAl(std::string_view host) {
  return host.size() > kAl.size() && host.substr(0, kAl.size()) == kAl;
}

// True if token k is the noun "nadi" before token k + 1 of its sentence.
bool ClubNoun(std::string_view text, const MorphAnalysis& a,
              std::span<const NerToken* const> tokens,
              std::span<const uint32_t> sentence, size_t k) {
  static const std::string kNadi = morph::FoldForm("\u0646\u0627\u062F\u064A");
  const NerToken& t = *tokens[k];
  if (t.host != kNadi || t.enclitic || t.upos == "VERB" ||
      sentence[k] != sentence[k + 1] || !OnlySpacesBetween(text, a, k)) {
    return false;
  }
  const ByteSpan span = a.tokens[k].span;
  return !text.substr(span.begin, span.size()).ends_with(kAlefMaksura);
}

// True if the token before k makes an "al-" word a common noun, not a
// club: muntakhab (national team), fi'a, fi'at, daraja (a category:
// "fi'at al-shabab", the youth), ka's (a cup: "ka's al-ittihad").
bool CommonNounBefore(std::span<const NerToken* const> tokens, size_t k) {
  static const std::string kNouns[] = {
      morph::FoldForm("\u0645\u0646\u062A\u062E\u0628"),
      morph::FoldForm("\u0641\u0626\u0629"),
      morph::FoldForm("\u0641\u0626\u0627\u062A"),
      morph::FoldForm("\u062F\u0631\u062C\u0629"),
      morph::FoldForm("\u0643\u0623\u0633")};
  return k > 0 && std::find(std::begin(kNouns), std::end(kNouns),
                            tokens[k - 1]->host) != std::end(kNouns);
}

// True if token k + 1 is an adjective with the article in k's sentence:
// the name of k goes on ("nadi al-taif al-adabi", a literary club; "nadi
// al-mas'uliya al-ijtima'iya"), or k is no club ("al-ittihad al-sa'udi",
// the federation; "al-hilal al-ahmar").
bool AdjectiveAfter(std::span<const NerToken* const> tokens,
                    std::span<const uint32_t> sentence, size_t k, size_t n) {
  return k + 1 < n && sentence[k + 1] == sentence[k] &&
         tokens[k + 1]->upos == "ADJ" && StartsWithAl(tokens[k + 1]->host);
}

}  // namespace

size_t LabelClubNames(const NerModelData& m, std::string_view text,
                      const MorphAnalysis& a,
                      std::span<const NerToken* const> tokens,
                      std::span<const uint32_t> sentence,
                      std::vector<uint16_t>* labels) {
  const size_t org = m.TypeIndex("ORG");
  const size_t place = m.TypeIndex("LOC");
  if (org >= m.types.size()) return 0;
  std::vector<uint16_t>& l = *labels;
  const size_t n =
      std::min({l.size(), tokens.size(), sentence.size(), a.tokens.size()});
  const uint16_t single = m.SingleLabel(org);
  // True if token k may become a one-token mention: O, and the token after
  // it does not continue a mention.
  auto free = [&](size_t k) {
    return l[k] == 0 &&
           (k + 1 >= n || l[k + 1] == 0 || m.LabelStarts(l[k + 1]));
  };
  // The clubs named with the article (host key, sentence of the trigger).
  std::vector<std::pair<uint64_t, uint32_t>> clubs;
  size_t changed = 0;
  for (size_t i = 1; i < n; ++i) {
    if (!ClubNoun(text, a, tokens, sentence, i - 1)) continue;
    const NerToken& t = *tokens[i];
    const bool al = t.proclitics.empty() && StartsWithAl(t.host);
    if (l[i] != 0) {
      if (!m.LabelStarts(l[i])) continue;
      const size_t end = MentionEnd(m, l, i, n);
      if (m.LabelType(l[i]) == place) {
        for (size_t k = i; k < end; ++k) l[k] = m.Label(org, m.LabelRole(l[k]));
        ++changed;
      } else if (m.LabelType(l[i]) == org && end == i + 1 && al) {
        clubs.emplace_back(t.host_key, sentence[i]);
      }
      continue;
    }
    if (!al || !NominalUpos(t.upos) || t.enclitic || !free(i) ||
        AdjectiveAfter(tokens, sentence, i, n)) {
      continue;
    }
    l[i] = single;
    clubs.emplace_back(t.host_key, sentence[i]);
    ++changed;
  }
  if (clubs.empty()) return changed;
  for (size_t k = 0; k < n; ++k) {
    const NerToken& t = *tokens[k];
    if (!free(k) || t.enclitic || !NominalUpos(t.upos)) continue;
    const bool club = std::any_of(clubs.begin(), clubs.end(), [&](auto c) {
      return c.first == t.host_key &&
             c.second + kNerHistoryWindow >= sentence[k] &&
             sentence[k] + kNerHistoryWindow >= c.second;
    });
    if (!club || CommonNounBefore(tokens, k) ||
        AdjectiveAfter(tokens, sentence, k, n)) {
      continue;
    }
    // Right after a mention, an adjective of it ("nis al-faransi", the
    // French club Nice).
    if (k > 0 && l[k - 1] != 0 && t.proclitics.empty() &&
        sentence[k - 1] == sentence[k]) {
      continue;
    }
    l[k] = single;
    ++changed;
  }
  return changed;
}

}  // namespace khabar::ner
