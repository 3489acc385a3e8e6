// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "ner/ner_consistency.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "morph/morph_text.h"

namespace khabar::ner {
namespace {

bool Nominal(std::string_view upos) {
  return upos == "NOUN" || upos == "ADJ" || upos == "PROPN" || upos == "X";
}

// Folded 'abd: in "'abd allah", "'abd al-rahman" the last word is part of
// the given name, not a surname.
constexpr std::string_view kAbd = "\xD8\xB9\xD8\xA8\xD8\xAF";

// Surnames shorter than this many bytes (two Arabic letters) are skipped.
constexpr size_t kMinSurnameBytes = 6;

// A word news has often enough to classify must be a person at least this
// often (in eighths, NerModelData::word_types; chosen on the tuning split:
// 0 +0.12 F1, 1 +0.37, 2 +0.22).
constexpr uint32_t kMinPersonEighths = 1;

// The family-name particle "Al" (alef madda, lam) as a host folds it.
constexpr std::string_view kAlMadda = "\xD8\xA2\xD9\x84";

// True if the analysis split a pronoun, and nothing else, off the token:
// for a name, often a misreading (rwHAny as rwHA + ny "me").
bool SplitOffAPronoun(const NerToken& t) {
  return t.enclitic && t.proclitics.empty() && t.token_fold_key != t.host_key;
}

// The attached pronouns (-hu, -ha, -hum, -huma, -hunna, -ka, -kum, -kuma,
// -kunna, -i, -na, -ni), as the analysis spells them.
bool AttachedPronoun(std::string_view form) {
  static constexpr std::string_view kPronouns[] = {
      "\xD9\x87",         "\xD9\x87\xD8\xA7",
      "\xD9\x87\xD9\x85", "\xD9\x87\xD9\x85\xD8\xA7",
      "\xD9\x87\xD9\x86", "\xD9\x83",
      "\xD9\x83\xD9\x85", "\xD9\x83\xD9\x85\xD8\xA7",
      "\xD9\x83\xD9\x86", "\xD9\x8A",
      "\xD9\x86\xD8\xA7", "\xD9\x86\xD9\x8A"};
  for (std::string_view p : kPronouns) {
    if (form == p) return true;
  }
  return false;
}

}  // namespace

size_t PropagateSurnames(const NerModelData& m,
                         std::span<const NerToken* const> tokens,
                         std::span<const uint32_t> sentence,
                         std::vector<uint16_t>* labels,
                         std::vector<std::pair<uint64_t, uint32_t>>* scratch) {
  const auto per_it = std::find(m.types.begin(), m.types.end(), "PER");
  const size_t n = tokens.size();
  if (per_it == m.types.end() || labels->size() != n || sentence.size() != n) {
    return 0;
  }
  const size_t per = static_cast<size_t>(per_it - m.types.begin());
  const size_t roles = m.roles();
  const auto begin = static_cast<uint16_t>(1 + per * roles);
  const auto inside = static_cast<uint16_t>(begin + 1);
  const auto single = static_cast<uint16_t>(roles == 4 ? begin + 3 : begin);
  std::vector<uint16_t>& l = *labels;
  // True if token j (> 0) continues the mention token j - 1 is in.
  auto continues = [&](size_t j) {
    return sentence[j] == sentence[j - 1] && m.LabelOpen(l[j - 1]) &&
           l[j] != 0 && !m.LabelStarts(l[j]) &&
           m.LabelType(l[j]) == m.LabelType(l[j - 1]);
  };

  // The surnames: last words of person mentions of two words or more.
  scratch->clear();
  for (size_t i = 0; i < n;) {
    if (l[i] == 0) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < n && continues(j)) ++j;
    const NerToken& last = *tokens[j - 1];
    if (m.LabelType(l[i]) == per && j - i >= 2 &&
        last.host.size() >= kMinSurnameBytes && tokens[j - 2]->host != kAbd) {
      scratch->emplace_back(last.host_key, sentence[j - 1]);
      // The analysis may read the same name as a host + a pronoun in one
      // place and whole in another (rwHA + ny / rwHAny): the whole token
      // names the surname too.
      if (SplitOffAPronoun(last)) {
        scratch->emplace_back(last.token_fold_key, sentence[j - 1]);
      }
    }
    i = j;
  }
  if (scratch->empty()) return 0;
  std::sort(scratch->begin(), scratch->end());

  size_t changed = 0;
  for (size_t i = 0; i < n; ++i) {
    const NerToken& t = *tokens[i];
    if (!Nominal(t.upos)) continue;
    // A word of raw news that is rarely a person's name ('ali written for
    // 'ala "on", al-amriki "American", al-din in Salah al-Din) is left to
    // the tagger; a word news has too rarely to classify is a name.
    if (t.word_type != 0 &&
        (t.word_type >> (3 * per) & 7) < kMinPersonEighths) {
      continue;
    }
    if (l[i] != 0) {
      // Only a one-token mention of another type.
      if (m.LabelType(l[i]) == per || !m.LabelStarts(l[i])) continue;
      if (i + 1 < n && continues(i + 1)) continue;
    }
    const uint32_t s = sentence[i];
    const uint32_t from = s > kNerHistoryWindow
                              ? s - static_cast<uint32_t>(kNerHistoryWindow)
                              : 0;
    auto near = [&](uint64_t key) {
      const auto it = std::lower_bound(scratch->begin(), scratch->end(),
                                       std::make_pair(key, from));
      return it != scratch->end() && it->first == key &&
             it->second <= s + kNerHistoryWindow;
    };
    if (!near(t.host_key) && !(SplitOffAPronoun(t) && near(t.token_fold_key))) {
      continue;
    }
    // It continues a person right before it (a given name the tagger
    // found alone), unless a proclitic joins it to that name ("awbama
    // wa-rwHAny": two persons).
    const bool after_person =
        roles == 2 && i > 0 && sentence[i - 1] == s && m.LabelOpen(l[i - 1]) &&
        m.LabelType(l[i - 1]) == per && t.proclitics.empty();
    l[i] = after_person ? inside : single;
    ++changed;
  }
  return changed;
}

size_t ExtendFamilyNames(const NerModelData& m,
                         std::span<const NerToken* const> tokens,
                         std::span<const uint32_t> sentence,
                         std::vector<uint16_t>* labels) {
  const auto per_it = std::find(m.types.begin(), m.types.end(), "PER");
  const size_t n = tokens.size();
  if (per_it == m.types.end() || m.roles() != 2 || labels->size() != n ||
      sentence.size() != n) {
    return 0;
  }
  static const std::string al = morph::FoldForm(kAlMadda);
  const size_t per = static_cast<size_t>(per_it - m.types.begin());
  const auto inside = static_cast<uint16_t>(1 + per * 2 + 1);
  std::vector<uint16_t>& l = *labels;
  size_t changed = 0;
  for (size_t i = 1; i + 1 < n; ++i) {
    const NerToken& particle = *tokens[i];
    const NerToken& family = *tokens[i + 1];
    if (l[i] != 0 || l[i - 1] == 0 || m.LabelType(l[i - 1]) != per ||
        sentence[i - 1] != sentence[i] || sentence[i + 1] != sentence[i] ||
        particle.host != al || !particle.proclitics.empty() ||
        particle.enclitic || !Nominal(family.upos) ||
        !family.proclitics.empty()) {
      continue;
    }
    // The family name: O, or a mention of its own of one token.
    const bool longer = i + 2 < n && sentence[i + 2] == sentence[i] &&
                        l[i + 2] != 0 && !m.LabelStarts(l[i + 2]);
    if (l[i + 1] != 0 && (!m.LabelStarts(l[i + 1]) || longer)) continue;
    l[i] = inside;
    l[i + 1] = inside;
    ++changed;
  }
  return changed;
}

size_t DropLeadingPrepositions(const NerModelData& m, const MorphAnalysis& a,
                               std::vector<uint16_t>* labels) {
  // The analysis's forms: 'ala (with alef maksura, or with ya as in the
  // name 'ali), the pronoun -i and the preposition li-.
  static constexpr std::string_view kAla = "\xD8\xB9\xD9\x84\xD9\x8A";
  static constexpr std::string_view kAlaMaksura = "\xD8\xB9\xD9\x84\xD9\x89";
  static constexpr std::string_view kYa = "\xD9\x8A";
  static constexpr std::string_view kLi = "\xD9\x84";
  std::vector<uint16_t>& l = *labels;
  const size_t n = std::min(l.size(), a.tokens.size());
  size_t changed = 0;
  for (size_t i = 0; i < n; ++i) {
    if (l[i] == 0 || !m.LabelStarts(l[i])) continue;
    const MorphToken& t = a.tokens[i];
    if (t.word_count != 2 || size_t{t.first_word} + 2 > a.words.size()) {
      continue;
    }
    const MorphWord& prep = a.words[t.first_word];
    const MorphWord& pron = a.words[t.first_word + 1];
    if (prep.upos != "ADP" || pron.upos != "PRON" ||
        pron.role != MorphRole::kEnclitic || !AttachedPronoun(pron.form)) {
      continue;  // not "ila + man" either (al-yaman misread)
    }
    if (pron.form == kYa) {
      if (prep.form == kAla || prep.form == kAlaMaksura) continue;
      // "li" alone is "to me", whatever comes before it.
      const bool continues = i + 1 < n && l[i + 1] != 0 &&
                             !m.LabelStarts(l[i + 1]) &&
                             m.LabelType(l[i + 1]) == m.LabelType(l[i]);
      if (prep.form == kLi && continues) {
        bool verb = false;
        if (i > 0) {
          const MorphToken& b = a.tokens[i - 1];
          for (uint32_t w = b.first_word;
               w < b.first_word + b.word_count && w < a.words.size(); ++w) {
            verb |= a.words[w].upos == "VERB";
          }
        }
        if (!verb) continue;
      }
    }
    const size_t type = m.LabelType(l[i]);
    l[i] = 0;
    ++changed;
    // The next token, inside the same mention, now starts it: I -> B,
    // E -> S.
    if (i + 1 < n && l[i + 1] != 0 && !m.LabelStarts(l[i + 1]) &&
        m.LabelType(l[i + 1]) == type) {
      l[i + 1] = m.AsStart(l[i + 1]);
    }
  }
  return changed;
}

}  // namespace khabar::ner
