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

#include "entities/name_match.h"
#include "morph/morph_text.h"
#include "ner/split_surnames.h"

namespace khabar::ner {
namespace {

// Folded 'abd: in "'abd allah", "'abd al-rahman" the last word is part of
// the given name, not a surname.
constexpr std::string_view kAbd = "\xD8\xB9\xD8\xA8\xD8\xAF";

// Surnames shorter than this many bytes (two Arabic letters) are skipped.
constexpr size_t kMinSurnameBytes = 6;

// A word news has often enough to classify must be a person at least this
// often (in eighths, NerModelData::word_types; chosen on the tuning split:
// 0 +0.12 F1, 1 +0.37, 2 +0.22).
constexpr uint32_t kMinPersonEighths = 1;

// Below this raw-news count bucket (RawCountBucket: fewer than 1,024
// occurrences), a word the word types give no type is no common word for
// the surname rule when it is foreign (UPOS X) or never takes the article
// (kMaxNoArticleRatio). Chosen on the tuning split with two models: with
// those tests F1 unchanged; without them, buckets 10 and 11 changed two to
// four tokens of 25,000 (F1 -0.01 to -0.07), 12 -0.1, no limit -0.45; and
// read on 6,000 SaudiNewsNet articles (docs/ENTITIES.md, "Surnames").
constexpr uint32_t kMaxUntypedRaw = 11;

// NerToken::al_ratio up to this: the word with the article is at least 16
// times rarer in raw news than without ("khamenei", "rouhani", "le drian"),
// as no common noun or adjective is ("mall", "'ilm").
constexpr uint32_t kMaxNoArticleRatio = 2;

// True if token t, labelled `label`, is O, rarer in raw news than
// kMaxUntypedRaw, has no type in the word types, and reads as a name: a
// foreign word (the analysis reads most names so) or one news never
// writes with the article.
bool Untyped(const NerModelData& m, const NerToken& t, uint16_t label) {
  if (label != 0 || t.raw >= kMaxUntypedRaw) return false;
  if (t.upos != "X" && t.al_ratio > kMaxNoArticleRatio) return false;
  // The word types hold the first four types (WordTypeEighths).
  for (size_t ty = 0; ty < std::min<size_t>(m.types.size(), 4); ++ty) {
    if (WordTypeEighths(t.word_type, ty) != 0) return false;
  }
  return true;
}

// The family-name particle "Al" (alef madda, lam) as a host folds it.
constexpr std::string_view kAlMadda = "\xD8\xA2\xD9\x84";

// False for a word that raw news has often enough to classify (a word
// type) and never as a person (PER 0/8): a word the tagger took into a name
// by mistake ("aghani", songs, before "wa'il kafuri"; "'alayk"). Rare
// words, foreign given names among them, have no word type. The whole
// token's type where the analysis split it ("aghani" as agha + ni).
bool MayBeAName(const NerToken& t, size_t person) {
  const uint32_t type = t.token_fold_key != t.host_key && t.token_word_type != 0
                            ? t.token_word_type
                            : t.word_type;
  return type == 0 || WordTypeEighths(type, person) > 0;
}

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

bool NominalUpos(std::string_view upos) {
  return upos == "NOUN" || upos == "ADJ" || upos == "PROPN" || upos == "X";
}

size_t MentionEnd(const NerModelData& m, const std::vector<uint16_t>& l,
                  size_t b, size_t n) {
  size_t e = b + 1;
  while (e < n && m.LabelOpen(l[e - 1]) && l[e] != 0 && !m.LabelStarts(l[e]) &&
         m.LabelType(l[e]) == m.LabelType(l[b])) {
    ++e;
  }
  return e;
}

bool OnlySpacesBetween(std::string_view text, const MorphAnalysis& a,
                       size_t k) {
  const uint32_t end = a.tokens[k].span.end;
  const uint32_t next = a.tokens[k + 1].span.begin;
  if (next <= end || next > text.size()) return false;
  return text.substr(end, next - end).find_first_not_of(" \t") ==
         std::string_view::npos;
}

bool AfterConjunction(const NerToken& t) {
  static constexpr std::string_view kWa = "\u0648";
  static constexpr std::string_view kFa = "\u0641";
  return t.proclitics.starts_with(kWa) || t.proclitics.starts_with(kFa);
}

void LabelMention(const NerModelData& m, size_t t, size_t b, size_t e,
                  std::vector<uint16_t>* labels) {
  for (size_t i = b; i < e; ++i) {
    const size_t role = i == b ? 0 : (m.roles() == 4 && i + 1 == e ? 2 : 1);
    (*labels)[i] = m.Label(t, role);
  }
}

// The index of the type PER in a BIO model whose n tokens have n labels
// and n sentence numbers; -1 if there is none or the sizes differ.
int BioPersonType(const NerModelData& m, size_t n,
                  const std::vector<uint16_t>& labels,
                  std::span<const uint32_t> sentence) {
  const auto per = std::find(m.types.begin(), m.types.end(), "PER");
  if (per == m.types.end() || m.roles() != 2 || labels.size() != n ||
      sentence.size() != n) {
    return -1;
  }
  return static_cast<int>(per - m.types.begin());
}

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
  // Their hosts too, for misspellings of them (WordsClose).
  std::vector<std::pair<std::string_view, uint32_t>> spelled;
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
      if (last.host.size() >= 2 * kMinCloseWordLetters) {
        spelled.emplace_back(last.host, sentence[j - 1]);
      }
      // The analysis may read the same name as a host + a pronoun in one
      // place and whole in another (rwHA + ny / rwHAny): the whole token
      // names the surname too.
      // So does a surname whose first letter the analysis read as a
      // proclitic: a split name that starts at the token ("blatyny" as bi +
      // "latyny", NerMentionBegin), or one JoinSplitSurnames took in ("lwban"
      // as li + "waban").
      if (SplitOffAPronoun(last) ||
          (!last.proclitics.empty() && !last.enclitic &&
           (last.name_letters == 0 || IsSplitSurname(last)))) {
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
    if (!NominalUpos(t.upos)) continue;
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
    // The whole token is a surname the analysis split ("lwban" as li +
    // "waban"): the whole token's word type decides, not the rest's.
    const bool whole_surname =
        !t.proclitics.empty() && !t.enclitic && near(t.token_fold_key);
    // A word of raw news that is rarely a person's name ('ali written for
    // 'ala "on", al-amriki "American", al-din in Salah al-Din) is left to
    // the tagger; a word news has too rarely to classify is a name. So is
    // a rare word the word types give no type at all and that reads as a
    // name (Untyped): a surname written mostly after a given name and a
    // title ("khamenei"), whose neighbours the classifier reads as no
    // entity's.
    const bool whole_name =
        whole_surname &&
        (t.token_word_type == 0 ||
         WordTypeEighths(t.token_word_type, per) >= kMinPersonEighths);
    if (!whole_name && t.word_type != 0 &&
        WordTypeEighths(t.word_type, per) < kMinPersonEighths &&
        !Untyped(m, t, l[i])) {
      continue;
    }
    if (l[i] != 0) {
      // Only a one-token mention of another type.
      if (m.LabelType(l[i]) == per || !m.LabelStarts(l[i])) continue;
      if (i + 1 < n && continues(i + 1)) continue;
    }
    // A misspelling of a surname nearby (a long vowel displaced: the
    // headline's "khmnAy" for "khAmny"), the test the entity resolver
    // merges names by; only for words raw news has too rarely to classify
    // (word_type 0): a known word is no misspelling.
    auto misspelled = [&]() {
      if (t.word_type != 0 || t.host.size() < 2 * kMinCloseWordLetters) {
        return false;
      }
      for (const auto& [surname, at] : spelled) {
        if (at + kNerHistoryWindow >= s && at <= s + kNerHistoryWindow &&
            surname.size() == t.host.size() && surname != t.host &&
            WordsClose(surname, t.host)) {
          return true;
        }
      }
      return false;
    };
    if (!whole_name && !near(t.host_key) &&
        !(SplitOffAPronoun(t) && near(t.token_fold_key)) && !misspelled()) {
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
  const size_t n = tokens.size();
  const int per_type = BioPersonType(m, n, *labels, sentence);
  if (per_type < 0) return 0;
  const auto per = static_cast<size_t>(per_type);
  static const std::string al = morph::FoldForm(kAlMadda);
  const uint16_t inside = m.Label(per, 1);
  std::vector<uint16_t>& l = *labels;
  size_t changed = 0;
  for (size_t i = 1; i + 1 < n; ++i) {
    const NerToken& particle = *tokens[i];
    const NerToken& family = *tokens[i + 1];
    if (l[i] != 0 || l[i - 1] == 0 || m.LabelType(l[i - 1]) != per ||
        sentence[i - 1] != sentence[i] || sentence[i + 1] != sentence[i] ||
        particle.host != al || !particle.proclitics.empty() ||
        particle.enclitic || !NominalUpos(family.upos) ||
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

size_t LabelAyatollahNames(const NerModelData& m,
                           std::span<const NerToken* const> tokens,
                           std::span<const uint32_t> sentence,
                           std::vector<uint16_t>* labels) {
  const size_t n = tokens.size();
  const int per_type = BioPersonType(m, n, *labels, sentence);
  if (per_type < 0) return 0;
  const auto per = static_cast<size_t>(per_type);
  // "ayat", "allah", "al-'uzma" as the tagger's hosts fold them.
  static const std::string aya = morph::FoldForm("\xD8\xA2\xD9\x8A\xD8\xA9");
  static const std::string allah =
      morph::FoldForm("\xD8\xA7\xD9\x84\xD9\x84\xD9\x87");
  static const std::string uzma =
      morph::FoldForm("\xD8\xA7\xD9\x84\xD8\xB9\xD8\xB8\xD9\x85\xD9\x89");
  static const std::string al = morph::FoldForm("\xD8\xA7\xD9\x84");
  const uint16_t begin = m.Label(per, 0);
  const uint16_t inside = m.Label(per, 1);
  std::vector<uint16_t>& l = *labels;
  // A token that may be (part of) the name: nominal, no proclitic, in the
  // title's sentence.
  auto name_word = [&](size_t j, uint32_t s) {
    return j < n && sentence[j] == s && NominalUpos(tokens[j]->upos) &&
           tokens[j]->proclitics.empty();
  };
  size_t made = 0;
  for (size_t i = 0; i + 2 < n; ++i) {
    const uint32_t s = sentence[i];
    if (tokens[i]->host != aya || tokens[i]->enclitic || sentence[i + 1] != s ||
        tokens[i + 1]->host != allah || !tokens[i + 1]->proclitics.empty() ||
        tokens[i + 1]->enclitic) {
      continue;
    }
    size_t k = i + 2;  // the first token after the title
    if (k < n && sentence[k] == s && tokens[k]->host == uzma &&
        tokens[k]->proclitics.empty()) {
      ++k;
    }
    if (!name_word(k, s)) continue;
    // The tagger's person mention that starts within two tokens, after
    // nominal O tokens only.
    size_t end = k;
    size_t start = k;
    bool found = false;
    for (; start < k + 2 && name_word(start, s); ++start) {
      if (l[start] == begin) {
        found = true;
        break;
      }
      if (l[start] != 0) break;
    }
    if (found) {
      end = start + 1;
      while (end < n && l[end] == inside) ++end;
    } else if (l[k] == 0) {
      end = k + 1;
      if (name_word(end, s) && l[end] == 0 &&
          !tokens[end]->host.starts_with(al)) {
        ++end;
      }
    } else {
      continue;
    }
    l[i] = begin;
    for (size_t j = i + 1; j < end; ++j) l[j] = inside;
    ++made;
    i = end - 1;
  }
  return made;
}

size_t SplitCoordinatedNames(const NerModelData& m,
                             std::span<const NerToken* const> tokens,
                             std::vector<uint16_t>* labels) {
  static constexpr std::string_view kWa = "\xD9\x88";  // U+0648
  constexpr uint32_t kMinWordBucket = 5;               // 16 or more
  const size_t person = m.TypeIndex("PER");
  std::vector<uint16_t>& l = *labels;
  const size_t n = std::min(l.size(), tokens.size());
  size_t split = 0;
  for (size_t i = 1; i < n; ++i) {
    if (l[i] == 0 || m.LabelStarts(l[i]) || m.LabelType(l[i]) != person ||
        !m.LabelOpen(l[i - 1]) || m.LabelType(l[i - 1]) != person) {
      continue;
    }
    const NerToken& t = *tokens[i];
    // The analysis split "wa" off, or left the token whole while the name
    // starts after it (SetConjunctionBegin: the rest is a name by its word
    // type, the whole token not).
    const bool split_wa = t.proclitics == kWa && t.name_letters < 0;
    const bool read_wa =
        t.proclitics.empty() && t.name_letters == 1 && t.key.starts_with(kWa);
    if (!split_wa && !read_wa) continue;
    // The word is common without "wa" (raw news has it at least 16 times,
    // 8 times as often as with it): not a name that starts with a "w"
    // (wajdi, watson, wolfowitz).
    if (split_wa && (t.raw < kMinWordBucket || t.raw < t.token_raw + 3)) {
      continue;
    }
    // The mention before ends at i - 1 (B -> S, I -> E in BIOES).
    l[i - 1] = m.AsEnd(l[i - 1]);
    l[i] = m.AsStart(l[i]);
    ++split;
  }
  return split;
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

size_t JoinAdjacentPersons(const NerModelData& m, std::string_view text,
                           const MorphAnalysis& a,
                           std::span<const NerToken* const> tokens,
                           std::span<const uint32_t> sentence,
                           std::vector<uint16_t>* labels) {
  // Folded forms: the article, bin, bint, ibn, abu; the conjunctions wa-
  // and fa-.
  static constexpr std::string_view kArticle = "\u0627\u0644";
  static constexpr std::string_view kAbu = "\u0627\u0628\u0648";
  static constexpr std::string_view kWa = "\u0648";
  static constexpr std::string_view kFa = "\u0641";
  static constexpr std::string_view kLinks[] = {
      "\u0628\u0646", "\u0628\u0646\u062A", "\u0627\u0628\u0646", kAbu};
  const size_t person = m.TypeIndex("PER");
  std::vector<uint16_t>& l = *labels;
  const size_t n =
      std::min({l.size(), tokens.size(), a.tokens.size(), sentence.size()});
  size_t joined = 0;
  size_t first = 0;  // where the mention before token i starts
  for (size_t i = 1; i < n; ++i) {
    if (l[i - 1] != 0 && m.LabelStarts(l[i - 1])) first = i - 1;
    if (l[i] == 0 || !m.LabelStarts(l[i]) || m.LabelType(l[i]) != person ||
        l[i - 1] == 0 || m.LabelType(l[i - 1]) != person ||
        sentence[i] != sentence[i - 1]) {
      continue;
    }
    // The second mention starts at its token's first letter, which is no
    // conjunction ("wa-l-qiyadiyan" after a name: the analysis gave the
    // unseen host's token back whole, name_letters 0).
    const NerToken& t = *tokens[i];
    const bool whole = (t.proclitics.empty() && t.name_letters < 0) ||
                       (t.name_letters == 0 && !t.key.starts_with(kWa) &&
                        !t.key.starts_with(kFa)) ||
                       IsSplitSurname(t);
    if (!whole) continue;
    if (!OnlySpacesBetween(text, a, i - 1)) continue;
    const size_t last = MentionEnd(m, l, i, n);  // the mention at i
    const NerToken& before = *tokens[i - 1];
    const bool given_name =
        (i - first == 1 && before.proclitics.empty() &&
         !before.host.starts_with(kArticle) && MayBeAName(before, person)) ||
        (i - first == 2 &&
         (tokens[first]->host == kAbd || tokens[first]->host == kAbu));
    const bool link = std::find(std::begin(kLinks), std::end(kLinks),
                                before.host) != std::end(kLinks);
    // One word after a name whose last word has the article (an Arab
    // family name, complete) is more often a word the tagger took for a
    // name ("'a'id al-zahrani | mukhatiban", addressing).
    const bool one_more = last - i == 1 && MayBeAName(t, person) &&
                          !before.host.starts_with(kArticle);
    if (!given_name && !one_more && !link) continue;
    // One mention from `first` to `last`.
    l[i - 1] = m.AsOpen(l[i - 1]);
    l[i] = m.AsInside(l[i]);
    ++joined;
  }
  return joined;
}

size_t CompleteNameLinks(const NerModelData& m, std::string_view text,
                         const MorphAnalysis& a,
                         std::span<const NerToken* const> tokens,
                         std::span<const uint32_t> sentence,
                         std::vector<uint16_t>* labels) {
  // Folded forms: bin, bint, ibn, abu, abi, 'abd, and Al as folded.
  static const std::string al = morph::FoldForm(kAlMadda);
  static const std::string_view kLinks[] = {"\u0628\u0646",
                                            "\u0628\u0646\u062A",
                                            "\u0627\u0628\u0646",
                                            "\u0627\u0628\u0648",
                                            "\u0627\u0628\u064A",
                                            kAbd,
                                            al};
  static constexpr std::string_view kNameUpos[] = {"NOUN", "PROPN", "X", "ADJ"};
  const size_t person = m.TypeIndex("PER");
  std::vector<uint16_t>& l = *labels;
  const size_t n =
      std::min({l.size(), tokens.size(), a.tokens.size(), sentence.size()});
  size_t completed = 0;
  for (size_t i = 0; i + 1 < n; ++i) {
    if (l[i] == 0 || m.LabelType(l[i]) != person || l[i + 1] != 0 ||
        sentence[i] != sentence[i + 1] || !tokens[i]->proclitics.empty() ||
        tokens[i]->enclitic ||
        std::find(std::begin(kLinks), std::end(kLinks), tokens[i]->host) ==
            std::end(kLinks)) {
      continue;
    }
    // The next token: a word of Arabic letters with no proclitic (not "wa"
    // + a word: "shun bin wa-kifin", Sean Penn and Kevin), read as a noun,
    // an adjective or a foreign word (not a verb or a particle).
    const NerToken& next = *tokens[i + 1];
    if (next.shape != 'a' || !next.proclitics.empty() ||
        std::find(std::begin(kNameUpos), std::end(kNameUpos), next.upos) ==
            std::end(kNameUpos) ||
        !OnlySpacesBetween(text, a, i)) {
      continue;
    }
    l[i] = m.AsOpen(l[i]);
    l[i + 1] = m.AsEnd(m.Label(person, 1));
    ++completed;
  }
  return completed;
}

size_t DropCrownPrinceTitle(const NerModelData& m,
                            std::span<const NerToken* const> tokens,
                            std::span<const uint32_t> sentence,
                            std::vector<uint16_t>* labels) {
  // Folded: wali (also a given name), al-'ahd, 'ahd.
  static const std::string kWali = morph::FoldForm("\u0648\u0644\u064A");
  static const std::string kTheCovenant =
      morph::FoldForm("\u0627\u0644\u0639\u0647\u062F");
  static const std::string kCovenant = morph::FoldForm("\u0639\u0647\u062F");
  const size_t person = m.TypeIndex("PER");
  std::vector<uint16_t>& l = *labels;
  const size_t n = std::min({l.size(), tokens.size(), sentence.size()});
  size_t dropped = 0;
  for (size_t i = 1; i + 1 < n; ++i) {
    // The mention's last token (the next one continues no mention).
    if (l[i] == 0 || m.LabelStarts(l[i]) || m.LabelType(l[i]) != person ||
        (l[i + 1] != 0 && !m.LabelStarts(l[i + 1])) ||
        sentence[i + 1] != sentence[i] || tokens[i]->host != kWali ||
        !tokens[i]->proclitics.empty()) {
      continue;
    }
    const std::string& next = tokens[i + 1]->host;
    if (next != kTheCovenant && next != kCovenant && next != kWali) continue;
    l[i] = 0;
    // The token before now ends the mention (BIOES: B -> S, I -> E).
    if (l[i - 1] != 0) l[i - 1] = m.AsEnd(l[i - 1]);
    ++dropped;
  }
  return dropped;
}

size_t DropReligiousFormulas(const NerModelData& m,
                             std::span<const NerToken* const> tokens,
                             std::span<const uint32_t> sentence,
                             std::vector<uint16_t>* labels) {
  // Folded: the verbs of the formulas (salla, radiya, rahimahu/-ha/-hum,
  // hafizahu/-ha, 'alayhi/-ha, as whole tokens) and the word after them
  // (allah; al-salam after 'alayhi).
  static const std::string_view kVerbs[] = {
      "\u0635\u0644\u064A",               // salla
      "\u0631\u0636\u064A",               // radiya
      "\u0631\u062D\u0645\u0647",         // rahimahu
      "\u0631\u062D\u0645\u0647\u0627",   // rahimaha
      "\u0631\u062D\u0645\u0647\u0645",   // rahimahum
      "\u062D\u0641\u0638\u0647",         // hafizahu
      "\u062D\u0641\u0638\u0647\u0627",   // hafizaha
      "\u0639\u0644\u064A\u0647",         // 'alayhi
      "\u0639\u0644\u064A\u0647\u0627"};  // 'alayha
  static const std::string kAllah = morph::FoldForm("\u0627\u0644\u0644\u0647");
  static const std::string kSalam =
      morph::FoldForm("\u0627\u0644\u0633\u0644\u0627\u0645");
  std::vector<uint16_t>& l = *labels;
  const size_t n = std::min({l.size(), tokens.size(), sentence.size()});
  size_t dropped = 0;
  for (size_t i = 0; i + 1 < n; ++i) {
    if ((l[i] == 0 && l[i + 1] == 0) || sentence[i + 1] != sentence[i] ||
        (tokens[i + 1]->host != kAllah && tokens[i + 1]->host != kSalam)) {
      continue;
    }
    const std::string verb = morph::FoldForm(tokens[i]->key);
    if (std::find(std::begin(kVerbs), std::end(kVerbs), verb) ==
        std::end(kVerbs)) {
      continue;
    }
    // The formula and the rest of its mention are no name (from allah if
    // the tagger left the verb out, unless it made allah MISC, as
    // ANERcorp annotates it there: the resolver gives that no entity).
    const size_t from = l[i] != 0 ? i : i + 1;
    if (from == i + 1 && m.types[m.LabelType(l[from])] == "MISC") continue;
    const bool started = m.LabelStarts(l[from]);
    const size_t k = MentionEnd(m, l, from, n);
    std::fill(l.begin() + from, l.begin() + k, 0);
    // The name before it ends there (BIOES: B -> S, I -> E).
    if (!started && from == i && i > 0 && l[i - 1] != 0) {
      l[i - 1] = m.AsEnd(l[i - 1]);
    }
    ++dropped;
    i = k - 1;
  }
  return dropped;
}

size_t RetypePlacesAfterUnitNouns(const NerModelData& m,
                                  std::span<const NerToken* const> tokens,
                                  std::span<const uint32_t> sentence,
                                  std::vector<uint16_t>* labels) {
  // Folded: wilaya (state, governorate), mu'tamadiya (Tunisian delegation),
  // muhafaza (governorate), mintaqa (region), balda (town), baladiya
  // (municipality), qarya
  // (village), iqlim (province), muqata'a (county).
  static const std::string kNouns[] = {
      morph::FoldForm("\u0648\u0644\u0627\u064A\u0629"),
      morph::FoldForm("\u0645\u0639\u062A\u0645\u062F\u064A\u0629"),
      morph::FoldForm("\u0645\u062D\u0627\u0641\u0638\u0629"),
      morph::FoldForm("\u0645\u0646\u0637\u0642\u0629"),
      morph::FoldForm("\u0628\u0644\u062F\u0629"),
      morph::FoldForm("\u0628\u0644\u062F\u064A\u0629"),
      morph::FoldForm("\u0642\u0631\u064A\u0629"),
      morph::FoldForm("\u0625\u0642\u0644\u064A\u0645"),
      morph::FoldForm("\u0645\u0642\u0627\u0637\u0639\u0629")};
  // A first word that raw news makes a person this often (in eighths)
  // keeps the mention a person: "wilayat fransuwa hulandi", Hollande's term
  // of office.
  constexpr uint32_t kPersonEighths = 6;
  const size_t person = m.TypeIndex("PER");
  const size_t place = m.TypeIndex("LOC");
  if (place >= m.types.size()) return 0;
  std::vector<uint16_t>& l = *labels;
  const size_t n = std::min({l.size(), tokens.size(), sentence.size()});
  // The hosts of the person mentions of two tokens or more (found once,
  // when a candidate comes): a mention that ends with one of them is that
  // person's short name ("wilayat salih al-akhira", the last term of 'ali
  // 'abd allah salih).
  std::vector<uint64_t> full_names;
  bool full_names_found = false;
  std::vector<std::pair<size_t, size_t>> places;  // the mentions retyped
  size_t retyped = 0;
  auto unit_noun = [&](const NerToken& t) {
    return !t.enclitic && std::find(std::begin(kNouns), std::end(kNouns),
                                    t.host) != std::end(kNouns);
  };
  // A person mention that starts with the noun ("mu'tamadiyat qa'fur" as
  // one person): the noun leaves it, and the rest is a candidate below.
  for (size_t i = 0; i + 1 < n; ++i) {
    if (l[i] != 0 && m.LabelStarts(l[i]) && m.LabelType(l[i]) == person &&
        unit_noun(*tokens[i]) && MentionEnd(m, l, i, n) >= i + 2) {
      l[i] = 0;
      l[i + 1] = m.AsStart(l[i + 1]);
    }
  }
  for (size_t i = 1; i < n; ++i) {
    if (l[i] == 0 || !m.LabelStarts(l[i]) || m.LabelType(l[i]) != person ||
        l[i - 1] != 0 || sentence[i - 1] != sentence[i] ||
        !unit_noun(*tokens[i - 1]) ||
        WordTypeEighths(tokens[i]->word_type, person) >= kPersonEighths) {
      continue;
    }
    const size_t end = MentionEnd(m, l, i, n);
    if (!full_names_found) {
      full_names_found = true;
      for (size_t b = 0; b < n;) {
        const size_t e = MentionEnd(m, l, b, n);
        if (l[b] != 0 && m.LabelType(l[b]) == person && e - b >= 2) {
          for (size_t k = b; k < e; ++k) {
            full_names.push_back(tokens[k]->host_key);
          }
        }
        b = e;
      }
    }
    if (end - i == 1 && std::find(full_names.begin(), full_names.end(),
                                  tokens[i]->host_key) != full_names.end()) {
      continue;
    }
    for (size_t k = i; k < end; ++k) l[k] = m.Label(place, m.LabelRole(l[k]));
    places.emplace_back(i, end);
    ++retyped;
  }
  if (places.empty()) return 0;
  // The same name elsewhere in the text as a person ("fi sidi buzid"): a
  // place too.
  for (size_t b = 0; b < n;) {
    const size_t e = MentionEnd(m, l, b, n);
    if (l[b] != 0 && m.LabelType(l[b]) == person) {
      for (const auto& [pb, pe] : places) {
        if (pe - pb != e - b) continue;
        bool same = true;
        for (size_t k = 0; k < e - b && same; ++k) {
          same = tokens[b + k]->host_key == tokens[pb + k]->host_key;
        }
        if (!same) continue;
        for (size_t k = b; k < e; ++k) {
          l[k] = m.Label(place, m.LabelRole(l[k]));
        }
        ++retyped;
        break;
      }
    }
    b = e;
  }
  return retyped;
}

}  // namespace khabar::ner
