// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "morph/morph_decode.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "morph/morph_model.h"
#include "morph/morph_text.h"

namespace khabar::morph {
namespace {

// Feature templates. Never renumber: the ids are part of the model.
enum Template : uint32_t {
  kSegBias = 1,
  kSegKey,
  kSegFold,
  kSegPrefix,
  kSegSuffix,
  kSegPrefixSuffix,
  kSegLength,
  kSegShape,
  kSegPrevKey,
  kSegNextKey,
  kSegPrevSuffix,
  kSegNextPrefix,
  kComboHostCount,
  kComboWordCount,
  kComboTokenCount,
  kComboPrefixHost,
  kComboSuffixHost,
  kComboHostLength,
  kComboRewriteHost,
  kComboHostSuffix,
  kComboCountDiff,
  kUposBias = 40,
  kUposKey,
  kUposFold,
  kUposSuffix,
  kUposPrefix,
  kUposShape,
  kUposRoleKey,
  kUposTokenKey,
  kUposPrev1,
  kUposNext1,
  kUposPrev2,
  kUposNext2,
  kUposTag1,
  kUposTag2,
  kUposTag12,
  kUposTag1Key,
  kUposRole,
  kUposLength,
  kUposNextSuffix,
  kUposPrevSuffix,
  kUposTag1Suffix,
  kUposDefAgree,
  kUposNextPrefix,
  kUposRawCount,
  kUposPrevSuffixSuffix,
  kUpos2Self,
  kUpos2Next1,
  kUpos2Next12,
  kUpos2SelfNext1,
  kUpos2Next1Suffix,
  kUpos2PrevSelfNext,
  kUposLeftContext,
  kUposRightContext,
  kFeatsBias = 80,
  kFeatsKey,
  kFeatsSuffix,
  kFeatsPrefix,
  kFeatsUpos,
  kFeatsUposSuffix,
  kFeatsUposPrefix,
  kFeatsUposKey,
  kFeatsPrevUpos,
  kFeatsNextUpos,
  kFeatsPrevKey,
  kFeatsRoleUpos,
  kFeatsFold,
  kFeatsPrevUposSuffix,
  kLemmaBias = 120,
  kLemmaUpos,
  kLemmaUposSuffix,
  kLemmaUposPrefix,
  kLemmaPrefixSuffix,
  kLemmaLength,
};

constexpr std::string_view kAlef = "\xD8\xA7";        // U+0627
constexpr std::string_view kLam = "\xD9\x84";         // U+0644
constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";  // alef lam
constexpr std::string_view kTa = "\xD8\xAA";          // U+062A
constexpr std::string_view kYa = "\xD9\x8A";          // U+064A

// Whether a host insert + middle may take the pronoun suffix `suffix`.
// The article and a possessive pronoun never share a word: a host that
// begins with the article followed by two letters or more takes no
// pronoun (al-irhabi "the terrorist", al-nihai "the final", the names
// al-Zawahiri and al-Maliki are nisba words, not "my terrorism"; PADT has
// 2 such words in 1,996 pronouns after a host). Exceptions, because the
// letters alef lam are not always the article: alef lam ta also begins
// verbs and nouns of form VIII of roots with lam (iltazama, iltaqa:
// iltizamuhu "his commitment"), which take every pronoun but ya ("my"),
// which never follows a host with the article; and hosts of one letter
// after alef lam (ilayya "to me" without its hamza) are left alone.
bool MayTakeSuffix(std::string_view insert, std::string_view middle,
                   std::string_view suffix) {
  // Byte k of insert + middle (the host), without building it.
  auto at = [&](size_t k) {
    return k < insert.size() ? insert[k] : middle[k - insert.size()];
  };
  auto has_at = [&](size_t k, std::string_view letters) {
    for (size_t i = 0; i < letters.size(); ++i) {
      if (at(k + i) != letters[i]) return false;
    }
    return true;
  };
  if (insert.size() + middle.size() < kAl.size() + 4 || !has_at(0, kAl)) {
    return true;
  }
  if (suffix == kYa) return false;
  return has_at(kAl.size(), kTa);
}

// Raw news must have a token without its proclitics at least this often
// for a split that leaves an unattested host to be refused (see
// FrequentRest).
constexpr uint32_t kMinRestCount = 8;

// Evidence from raw news against a pronoun split that leaves a host no
// news uses. A split is refused when raw news has the token without its
// proclitics (`rest`, key form) at least kMinRestCount times
// (FrequentRest) but neither the host the split leaves (`host`, after any
// rewrite) nor the letters before the suffix (`middle`) as a word of their
// own (fewer than the model's minimum raw count; AttestedHost): those are
// names and foreign words the treebank never had, read as a stem + "my"
// or "his" (khamenei as khamene' + i, haiti, arizona, rotana, and common
// words misread: yusahim "contributes" as yusa + hum, al-tawjih). A
// genuine host is a word news uses alone (kitab of kitabuhu) or a host the
// treebank had. (Lost: genuine hosts news rarely writes alone, nuzara' of
// nuzara'ihi; docs/MORPHOLOGY.md.)
bool FrequentRest(const MorphModelData& m, std::string_view rest) {
  if (m.word_counts.size() == 0) return false;
  const uint32_t* rest_count = m.word_counts.Find(StringKey(rest));
  return rest_count != nullptr && *rest_count >= kMinRestCount;
}

thread_local std::string tl_article_form;

// For a prefix that ends with li- and a rest that starts with lam: whether
// raw news has the rest with the article's alef before it (the token
// li + al-... as written "ll...") at least kMinRestCount times.
bool LamLamRestFrequent(const MorphModelData& m, const SegPrefix& pre,
                        std::string_view rest) {
  if (!pre.surface.ends_with(kLam) || !rest.starts_with(kLam)) return false;
  std::string& article_form = tl_article_form;
  article_form.assign(kAlef);
  article_form.append(rest);
  return FrequentRest(m, article_form);
}

bool AttestedHost(const MorphModelData& m, std::string_view middle,
                  std::string_view host) {
  return m.host_counts.Find(StringKey(host)) != nullptr ||
         m.word_counts.Find(StringKey(host)) != nullptr ||
         m.word_counts.Find(StringKey(middle)) != nullptr;
}

// Whether a prefix that ends with the future particle sa- may stand before
// `rest` (the token without its proclitics, key form). sa- comes only
// before an imperfect verb, whose first letter is one of alef with hamza,
// ta, nun, ya (PADT: 246 of 246). And a token news uses often whose rest it
// never uses alone is a word, not sa- + a verb: sinariu "scenario",
// silikun, sitruin, sirallyun (Sierra Leone) begin with ya but are no
// future verbs.
bool MayFollowFuture(const MorphModelData& m, const SegPrefix& prefix,
                     std::string_view rest) {
  static constexpr std::string_view kSin = "\xD8\xB3";  // U+0633
  if (prefix.words.empty() || prefix.words.back() != kSin ||
      !prefix.surface.ends_with(kSin)) {
    return true;
  }
  static constexpr std::string_view kImperfect[] = {"\xD8\xA3", "\xD8\xAA",
                                                    "\xD9\x86", "\xD9\x8A"};
  bool imperfect = false;
  for (std::string_view letter : kImperfect) {
    imperfect |= rest.starts_with(letter);
  }
  if (!imperfect) return false;
  if (m.word_counts.size() == 0) return true;
  // sa- + rest, without any conjunction before it.
  const std::string_view token(rest.data() - kSin.size(),
                               rest.size() + kSin.size());
  return m.word_counts.Find(StringKey(token)) == nullptr ||
         m.word_counts.Find(StringKey(rest)) != nullptr;
}

// Whether a prefix that ends with the preposition ka- ("like", "as") or
// the conjunction fa- may stand before `rest` (the token without its
// proclitics, key form). Both letters begin many words and names of their
// own, which the model had split whatever raw news said: kamal (a given
// name and "perfection") as ka + mal "money", katabat "she wrote",
// kathirun "many", kamira "camera", kayan "entity", kilughram, Cameron,
// Carlos, Canberra; fiqdan "loss", fitamin, fatratayn "two periods",
// Fabius. A token raw news has (at least the model's minimum raw count,
// without any conjunction before the letter) is the letter + its rest only
// if news also writes the rest alone or the treebank had it as a host; for
// ka-, which news puts before a word far less often than fa- (fa-inna is
// more frequent than inna), also only if news writes the rest more than
// twice as often as the token (kamal 153 times against mal 129; ka-dawla
// "as a state" 53 against dawla 2,459; the highest ratio of a genuine
// ka- in 2,000 SaudiNewsNet articles was ka-maladh "as a refuge", 19
// against 59).
bool MayFollowLetter(const MorphModelData& m, const SegPrefix& prefix,
                     std::string_view rest) {
  static constexpr std::string_view kKaf = "\xD9\x83";  // U+0643
  static constexpr std::string_view kFa = "\xD9\x81";   // U+0641
  if (prefix.words.empty() || m.word_counts.size() == 0) return true;
  const std::string_view letter = prefix.words.back();
  if ((letter != kKaf && letter != kFa) || !prefix.surface.ends_with(letter)) {
    return true;
  }
  const std::string_view token(rest.data() - letter.size(),
                               rest.size() + letter.size());
  const uint32_t* token_count = m.word_counts.Find(StringKey(token));
  if (token_count == nullptr) return true;
  const uint32_t* rest_count = m.word_counts.Find(StringKey(rest));
  if (rest_count == nullptr) {
    return m.host_counts.Find(StringKey(rest)) != nullptr;
  }
  return letter == kFa || uint64_t{*rest_count} > 2 * uint64_t{*token_count};
}

// 0 for an unseen string, else 1 + floor(log2(count)) capped at 12.
uint32_t CountBucket(const HashIndex& counts, std::string_view key) {
  const uint32_t* found = counts.Find(StringKey(key));
  if (found == nullptr) return 0;
  uint32_t c = *found;
  uint32_t b = 1;
  while (c > 1 && b < 12) {
    c >>= 1;
    ++b;
  }
  return b;
}

uint64_t Num(uint64_t a, uint64_t b = 0, uint64_t c = 0) {
  return (a << 40) ^ (b << 20) ^ c;
}

thread_local std::vector<uint32_t> tl_starts;
thread_local std::string tl_host;

}  // namespace

void MakeTokenInfo(std::string_view text, TokenInfo* info) {
  info->key.clear();
  AppendKeyForm(text, &info->key);
  info->fold.clear();
  AppendFoldForm(info->key, &info->fold);
  info->shape = WordShape(info->key);
}

void ValidSegChoices(const MorphModelData& m, const TokenInfo& token,
                     std::vector<SegChoice>* out) {
  out->clear();
  out->push_back(SegChoice{});
  if (token.shape != 'a') return;
  const std::string_view key = token.key;
  for (size_t p = 0; p < m.prefixes.size(); ++p) {
    const SegPrefix& pre = m.prefixes[p];
    if (!key.starts_with(pre.surface)) continue;
    // The token without its proclitics.
    const std::string_view rest = key.substr(pre.surface.size());
    if (!MayFollowFuture(m, pre, rest) || !MayFollowLetter(m, pre, rest)) {
      continue;
    }
    // Whether a pronoun split must leave an attested host (only without an
    // inserted letter: li + al- written "ll" keeps its host). After li-, a
    // rest that starts with lam is also the article's word without its
    // alef (li-l-ishtibah): that word frequent, a host nobody writes
    // ("lishtiba" + hu) is refused too.
    const bool check_hosts =
        pre.insert.empty() &&
        (FrequentRest(m, rest) || LamLamRestFrequent(m, pre, rest));
    for (size_t s = 0; s < m.suffixes.size(); ++s) {
      const SegSuffix& suf = m.suffixes[s];
      if (p == 0 && s == 0) continue;
      if (pre.surface.size() + suf.surface.size() >= key.size()) continue;
      if (!key.ends_with(suf.surface)) continue;
      const std::string_view middle =
          key.substr(pre.surface.size(),
                     key.size() - pre.surface.size() - suf.surface.size());
      if (middle.size() < 2) continue;
      if (!pre.insert.empty() && !middle.starts_with(kLam)) continue;
      // A host of one letter only for a bare preposition with a pronoun
      // (bi-hi, la-hu, ka-...).
      if (middle.size() == 2 && (s == 0 || !pre.insert.empty())) continue;
      if (s != 0 && !MayTakeSuffix(pre.insert, middle, suf.surface)) continue;
      const bool check = s != 0 && check_hosts;
      if (!check || AttestedHost(m, middle, middle)) {
        out->push_back(
            SegChoice{static_cast<uint16_t>(p), static_cast<uint16_t>(s), 0});
      }
      if (s == 0) continue;
      for (size_t r = 1; r < m.rewrites.size(); ++r) {
        if (!middle.ends_with(m.rewrites[r].from)) continue;
        if (check) {
          std::string& host = tl_host;
          host.assign(
              middle.substr(0, middle.size() - m.rewrites[r].from.size()));
          host.append(m.rewrites[r].to);
          if (!AttestedHost(m, middle, host)) continue;
        }
        out->push_back(SegChoice{static_cast<uint16_t>(p),
                                 static_cast<uint16_t>(s),
                                 static_cast<uint16_t>(r)});
      }
    }
  }
}

void BuildHost(const MorphModelData& m, std::string_view key, SegChoice choice,
               std::string* host) {
  const SegPrefix& pre = m.prefixes[choice.prefix];
  const SegSuffix& suf = m.suffixes[choice.suffix];
  std::string_view middle = key.substr(
      pre.surface.size(), key.size() - pre.surface.size() - suf.surface.size());
  host->assign(pre.insert);
  if (choice.rewrite != 0) {
    const SegRewrite& r = m.rewrites[choice.rewrite];
    middle.remove_suffix(r.from.size());
    host->append(middle);
    host->append(r.to);
  } else {
    host->append(middle);
  }
}

void SegTokenFeatures(const TokenInfo& t, std::vector<uint64_t>* out) {
  std::vector<uint32_t>& starts = tl_starts;
  CharStarts(t.key, &starts);
  const size_t chars = starts.size() - 1;
  out->push_back(FeatureHash(kSegBias, ""));
  out->push_back(FeatureHash(kSegKey, t.key));
  out->push_back(FeatureHash(kSegFold, t.fold));
  for (size_t n = 1; n <= 4 && n < chars; ++n) {
    out->push_back(FeatureHash(kSegPrefix, CharPrefix(t.key, starts, n)));
  }
  for (size_t n = 1; n <= 5 && n < chars; ++n) {
    out->push_back(FeatureHash(kSegSuffix, CharSuffix(t.key, starts, n)));
  }
  if (chars > 3) {
    out->push_back(FeatureHash(kSegPrefixSuffix, CharPrefix(t.key, starts, 2),
                               CharSuffix(t.key, starts, 2)));
    out->push_back(FeatureHash(kSegPrefixSuffix, CharPrefix(t.key, starts, 1),
                               CharSuffix(t.key, starts, 1)));
  }
  out->push_back(FeatureHash(kSegLength, Num(std::min<size_t>(chars, 12))));
  out->push_back(FeatureHash(kSegShape, std::string_view(&t.shape, 1)));
}

void SegContextFeatures(const std::vector<TokenInfo>& tokens, size_t i,
                        size_t count, std::vector<uint64_t>* out) {
  // (Both branches string_view: a std::string branch would make the
  // conditional a temporary string, and the view would dangle.)
  const std::string_view prev =
      i > 0 ? std::string_view(tokens[i - 1].key) : std::string_view("<s>");
  const std::string_view next = i + 1 < count
                                    ? std::string_view(tokens[i + 1].key)
                                    : std::string_view("</s>");
  out->push_back(FeatureHash(kSegPrevKey, prev));
  out->push_back(FeatureHash(kSegNextKey, next));
}

void SegRowFeatures(const std::vector<TokenInfo>& tokens, size_t i,
                    size_t count, std::vector<uint64_t>* out) {
  SegTokenFeatures(tokens[i], out);
  SegContextFeatures(tokens, i, count, out);
}

void SegComboFeatures(const MorphModelData& m, const TokenInfo& token,
                      SegChoice c, std::string_view host,
                      std::vector<uint64_t>* out) {
  const uint64_t shape = Num(c.prefix != 0, c.suffix != 0, c.rewrite != 0);
  const uint32_t host_count = CountBucket(m.host_counts, host);
  const uint32_t word_count = CountBucket(m.word_counts, host);
  const uint32_t token_count = CountBucket(m.word_counts, token.key);
  out->push_back(FeatureHash(kComboHostCount, shape, host_count));
  out->push_back(FeatureHash(kComboWordCount, shape, word_count));
  out->push_back(
      FeatureHash(kComboTokenCount, shape, Num(token_count, word_count)));
  // Is the whole token a more common word in news than the host it would
  // leave? (bAkstAn is; wzyr is.)
  const int diff = std::clamp(
      static_cast<int>(token_count) - static_cast<int>(word_count), -4, 4);
  out->push_back(FeatureHash(kComboCountDiff, shape,
                             Num(static_cast<uint64_t>(diff + 4))));
  out->push_back(FeatureHash(kComboPrefixHost, Num(c.prefix),
                             Num(host_count, word_count)));
  out->push_back(FeatureHash(kComboSuffixHost, Num(c.suffix),
                             Num(host_count, word_count)));
  out->push_back(FeatureHash(kComboRewriteHost, Num(c.rewrite, c.suffix),
                             Num(host_count, word_count)));
  size_t host_chars = 0;
  for (char ch : host)
    host_chars += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
  out->push_back(FeatureHash(kComboHostLength, shape,
                             Num(std::min<size_t>(host_chars, 6))));
  if (host.size() >= 4) {
    out->push_back(FeatureHash(kComboHostSuffix, Num(c.prefix, c.suffix),
                               FeatureHash(0, host.substr(host.size() - 4))));
  }
}

void AppendSegWords(const MorphModelData& m, const TokenInfo& token,
                    uint32_t token_index, SegChoice choice,
                    std::vector<WordInfo>* words) {
  size_t used = words->size();
  PutSegWords(m, token, token_index, choice, words, &used);
}

void PutSegWords(const MorphModelData& m, const TokenInfo& token,
                 uint32_t token_index, SegChoice choice,
                 std::vector<WordInfo>* words, size_t* used) {
  auto next = [&]() -> WordInfo& {
    if (*used == words->size()) words->emplace_back();
    return (*words)[(*used)++];
  };
  if (choice == SegChoice{}) {
    WordInfo& w = next();
    w.key = token.key;
    w.fold = token.fold;
    w.token = token_index;
    w.role = kWhole;
    w.shape = token.shape;
    return;
  }
  auto finish = [&](WordInfo& w, WordRole role) {
    w.fold.clear();
    AppendFoldForm(w.key, &w.fold);
    w.token = token_index;
    w.role = role;
    w.shape = 'a';
  };
  for (const std::string& p : m.prefixes[choice.prefix].words) {
    WordInfo& w = next();
    w.key.assign(p);
    finish(w, kProclitic);
  }
  WordInfo& host = next();
  BuildHost(m, token.key, choice, &host.key);
  finish(host, kHost);
  for (const std::string& s : m.suffixes[choice.suffix].words) {
    WordInfo& w = next();
    w.key.assign(s);
    finish(w, kEnclitic);
  }
}

void UposWordFeatures(const MorphModelData& m,
                      const std::vector<TokenInfo>& tokens, const WordInfo& w,
                      std::vector<uint64_t>* out) {
  std::vector<uint32_t>& starts = tl_starts;
  CharStarts(w.key, &starts);
  const size_t chars = starts.size() - 1;
  out->push_back(FeatureHash(kUposBias, ""));
  out->push_back(FeatureHash(kUposKey, w.key));
  out->push_back(FeatureHash(kUposFold, w.fold));
  for (size_t n = 1; n <= 4 && n < chars; ++n) {
    out->push_back(FeatureHash(kUposSuffix, CharSuffix(w.key, starts, n)));
  }
  for (size_t n = 1; n <= 3 && n < chars; ++n) {
    out->push_back(FeatureHash(kUposPrefix, CharPrefix(w.key, starts, n)));
  }
  out->push_back(FeatureHash(kUposShape, std::string_view(&w.shape, 1)));
  out->push_back(FeatureHash(kUposRole, Num(w.role)));
  out->push_back(FeatureHash(kUposRoleKey, Num(w.role), FeatureHash(0, w.key)));
  out->push_back(FeatureHash(kUposLength, Num(std::min<size_t>(chars, 10))));
  if (w.role != kWhole) {
    out->push_back(FeatureHash(kUposTokenKey, tokens[w.token].key));
  }
  out->push_back(FeatureHash(
      kUposRawCount,
      Num(CountBucket(m.word_counts, w.key), w.shape, w.key.starts_with(kAl))));
  // Where the word stands in raw news: its most frequent neighbours
  // (mostly function words: a preposition before, a definite noun after).
  // They tell nouns, adjectives and verbs apart for words the treebank
  // never had.
  if (m.contexts.size() > 0 && w.shape == 'a') {
    const uint32_t* c = m.contexts.Find(StringKey(w.fold));
    const uint32_t v = c == nullptr ? 0 : *c;
    const uint64_t l1 = v >> 24, l2 = (v >> 16) & 255, r1 = (v >> 8) & 255,
                   r2 = v & 255;
    out->push_back(FeatureHash(kUposLeftContext, Num(l1)));
    out->push_back(FeatureHash(kUposRightContext, Num(r1)));
    out->push_back(FeatureHash(kUposLeftContext, Num(l2, 1)));
    out->push_back(FeatureHash(kUposRightContext, Num(r2, 1)));
  }
}

std::string_view UposNeighbourKey(std::span<const WordInfo> words, size_t j,
                                  NeighbourSlot slot) {
  switch (slot) {
    case NeighbourSlot::kPrev1:
      return j > 0 ? std::string_view(words[j - 1].key) : "<s>";
    case NeighbourSlot::kPrev2:
      return j > 1 ? std::string_view(words[j - 2].key) : "<s>";
    case NeighbourSlot::kNext1:
      return j + 1 < words.size() ? std::string_view(words[j + 1].key) : "</s>";
    case NeighbourSlot::kNext2:
      return j + 2 < words.size() ? std::string_view(words[j + 2].key) : "</s>";
  }
  return "";
}

void UposNeighbourFeatures(std::string_view key, NeighbourSlot slot,
                           std::vector<uint64_t>* out) {
  switch (slot) {
    case NeighbourSlot::kPrev1:
      out->push_back(FeatureHash(kUposPrev1, key));
      if (key.size() >= 4) {
        out->push_back(
            FeatureHash(kUposPrevSuffix, key.substr(key.size() - 4)));
      }
      return;
    case NeighbourSlot::kPrev2:
      out->push_back(FeatureHash(kUposPrev2, key));
      return;
    case NeighbourSlot::kNext1:
      out->push_back(FeatureHash(kUposNext1, key));
      if (key.size() >= 4) {
        out->push_back(
            FeatureHash(kUposNextSuffix, key.substr(key.size() - 4)));
        out->push_back(FeatureHash(kUposNextPrefix, key.substr(0, 4)));
      }
      return;
    case NeighbourSlot::kNext2:
      out->push_back(FeatureHash(kUposNext2, key));
      return;
  }
}

bool IsDefinite(std::string_view key) { return key.starts_with(kAl); }

void UposTagFeatures(int prev, int prev2, bool def, bool prev_def,
                     std::vector<uint64_t>* out) {
  out->push_back(FeatureHash(kUposTag1, Num(prev + 1)));
  out->push_back(FeatureHash(kUposTag2, Num(prev2 + 1)));
  out->push_back(FeatureHash(kUposTag12, Num(prev + 1, prev2 + 1)));
  out->push_back(FeatureHash(kUposDefAgree, Num(prev + 1, def, prev_def)));
}

void UposLexicalWordParts(std::string_view key, std::string_view p1,
                          UposLexicalParts* parts) {
  std::vector<uint32_t>& starts = tl_starts;
  CharStarts(key, &starts);
  const size_t chars = starts.size() - 1;
  parts->key_hash = FeatureHash(0, key);
  parts->has_suffix = chars > 2;
  parts->suffix_hash =
      parts->has_suffix ? FeatureHash(0, CharSuffix(key, starts, 2)) : 0;
  parts->has_pair = p1.size() >= 2 && chars > 1;
  parts->pair = parts->has_pair
                    ? FeatureHash(kUposPrevSuffixSuffix,
                                  FeatureHash(0, p1.substr(p1.size() - 2)),
                                  FeatureHash(0, CharSuffix(key, starts, 1)))
                    : 0;
}

size_t UposLexicalTagOnly(const UposLexicalParts& parts, int prev,
                          uint64_t out[2]) {
  out[0] = FeatureHash(kUposTag1Key, Num(prev + 1), parts.key_hash);
  if (!parts.has_suffix) return 1;
  out[1] = FeatureHash(kUposTag1Suffix, Num(prev + 1), parts.suffix_hash);
  return 2;
}

void UposLexicalTagFeatures(std::string_view key, std::string_view p1, int prev,
                            std::vector<uint64_t>* out) {
  UposLexicalParts parts;
  UposLexicalWordParts(key, p1, &parts);
  uint64_t tag[2];
  const size_t n = UposLexicalTagOnly(parts, prev, tag);
  out->insert(out->end(), tag, tag + n);
  if (parts.has_pair) out->push_back(parts.pair);
}

void UposContextFeatures(std::span<const WordInfo> words, size_t j, int prev,
                         int prev2, const std::vector<uint16_t>* pass1,
                         std::vector<uint64_t>* out) {
  for (NeighbourSlot slot : kNeighbourSlots) {
    UposNeighbourFeatures(UposNeighbourKey(words, j, slot), slot, out);
  }
  const std::string_view key = words[j].key;
  const std::string_view p1 = UposNeighbourKey(words, j, NeighbourSlot::kPrev1);
  UposTagFeatures(prev, prev2, IsDefinite(key), IsDefinite(p1), out);
  UposLexicalTagFeatures(key, p1, prev, out);
  if (pass1 != nullptr) {
    std::vector<uint32_t>& starts = tl_starts;
    CharStarts(key, &starts);
    const size_t chars = starts.size() - 1;
    const uint64_t self = (*pass1)[j] + 1;
    const uint64_t next1 = j + 1 < words.size() ? (*pass1)[j + 1] + 1 : 0;
    const uint64_t next2 = j + 2 < words.size() ? (*pass1)[j + 2] + 1 : 0;
    out->push_back(FeatureHash(kUpos2Self, Num(self)));
    out->push_back(FeatureHash(kUpos2Next1, Num(next1)));
    out->push_back(FeatureHash(kUpos2Next12, Num(next1, next2)));
    out->push_back(FeatureHash(kUpos2SelfNext1, Num(self, next1)));
    out->push_back(FeatureHash(kUpos2PrevSelfNext, Num(prev + 1, self, next1)));
    if (chars > 2) {
      out->push_back(FeatureHash(kUpos2Next1Suffix, Num(next1),
                                 FeatureHash(0, CharSuffix(key, starts, 2))));
    }
  }
}

void UposFeatures(const MorphModelData& m, const std::vector<TokenInfo>& tokens,
                  std::span<const WordInfo> words, size_t j, int prev,
                  int prev2, const std::vector<uint16_t>* pass1,
                  std::vector<uint64_t>* out) {
  UposWordFeatures(m, tokens, words[j], out);
  UposContextFeatures(words, j, prev, prev2, pass1, out);
}

void FeatsWordFeatures(const WordInfo& w, uint16_t upos,
                       std::vector<uint64_t>* out) {
  std::vector<uint32_t>& starts = tl_starts;
  CharStarts(w.key, &starts);
  const size_t chars = starts.size() - 1;
  const uint64_t u = upos + 1;
  out->push_back(FeatureHash(kFeatsBias, ""));
  out->push_back(FeatureHash(kFeatsKey, w.key));
  out->push_back(FeatureHash(kFeatsFold, w.fold));
  out->push_back(FeatureHash(kFeatsUpos, Num(u)));
  out->push_back(FeatureHash(kFeatsUposKey, Num(u), FeatureHash(0, w.key)));
  for (size_t n = 1; n <= 3 && n < chars; ++n) {
    const std::string_view s = CharSuffix(w.key, starts, n);
    out->push_back(FeatureHash(kFeatsSuffix, s));
    out->push_back(FeatureHash(kFeatsUposSuffix, Num(u), FeatureHash(0, s)));
  }
  for (size_t n = 1; n <= 2 && n < chars; ++n) {
    const std::string_view p = CharPrefix(w.key, starts, n);
    out->push_back(FeatureHash(kFeatsPrefix, p));
    out->push_back(FeatureHash(kFeatsUposPrefix, Num(u), FeatureHash(0, p)));
  }
  out->push_back(FeatureHash(kFeatsRoleUpos, Num(u, w.role)));
}

void FeatsContextFeatures(std::span<const WordInfo> words, size_t j,
                          const std::vector<uint16_t>& upos,
                          std::vector<uint64_t>* out) {
  const WordInfo& w = words[j];
  std::vector<uint32_t>& starts = tl_starts;
  CharStarts(w.key, &starts);
  const size_t chars = starts.size() - 1;
  const uint64_t u = upos[j] + 1;
  const uint64_t pu = j > 0 ? upos[j - 1] + 1 : 0;
  const uint64_t nu = j + 1 < words.size() ? upos[j + 1] + 1 : 0;
  out->push_back(FeatureHash(kFeatsPrevUpos, Num(u, pu)));
  out->push_back(FeatureHash(kFeatsNextUpos, Num(u, nu)));
  out->push_back(
      FeatureHash(kFeatsPrevKey, Num(u),
                  FeatureHash(0, j > 0 ? std::string_view(words[j - 1].key)
                                       : std::string_view("<s>"))));
  if (chars > 2) {
    out->push_back(FeatureHash(kFeatsPrevUposSuffix, Num(u, pu),
                               FeatureHash(0, CharSuffix(w.key, starts, 2))));
  }
}

void FeatsFeatures(std::span<const WordInfo> words, size_t j,
                   const std::vector<uint16_t>& upos,
                   std::vector<uint64_t>* out) {
  FeatsWordFeatures(words[j], upos[j], out);
  FeatsContextFeatures(words, j, upos, out);
}

void AttributeSlots(const MorphModelData& m, std::vector<uint32_t>* begins) {
  begins->clear();
  uint32_t at = 0;
  for (const FeatAttribute& a : m.attributes) {
    begins->push_back(at);
    at += static_cast<uint32_t>(a.values.size());
  }
  begins->push_back(at);
}

void LemmaFeatures(std::string_view key, std::string_view upos,
                   std::vector<uint64_t>* out) {
  std::vector<uint32_t>& starts = tl_starts;
  CharStarts(key, &starts);
  const size_t chars = starts.size() - 1;
  const uint64_t u = FeatureHash(0, upos);
  out->push_back(FeatureHash(kLemmaBias, ""));
  out->push_back(FeatureHash(kLemmaUpos, u));
  for (size_t n = 1; n <= 4 && n < chars; ++n) {
    out->push_back(FeatureHash(kLemmaUposSuffix, u,
                               FeatureHash(0, CharSuffix(key, starts, n))));
  }
  for (size_t n = 1; n <= 3 && n < chars; ++n) {
    out->push_back(FeatureHash(kLemmaUposPrefix, u,
                               FeatureHash(0, CharPrefix(key, starts, n))));
  }
  if (chars > 3) {
    out->push_back(FeatureHash(kLemmaPrefixSuffix,
                               FeatureHash(0, CharPrefix(key, starts, 2)),
                               FeatureHash(0, CharSuffix(key, starts, 2))));
  }
  out->push_back(
      FeatureHash(kLemmaLength, u, Num(std::min<size_t>(chars, 10))));
}

bool ApplyLemmaRule(const LemmaRule& rule, std::string_view key,
                    std::string* lemma) {
  if (!LemmaRuleApplies(rule, key)) return false;
  lemma->assign(rule.add_prefix);
  lemma->append(
      key.substr(rule.del_prefix.size(),
                 key.size() - rule.del_prefix.size() - rule.del_suffix.size()));
  lemma->append(rule.add_suffix);
  return true;
}

int64_t FindLexiconEntry(const MorphModelData& m, std::string_view key,
                         std::string_view fold, std::string_view upos) {
  if (const uint32_t* e = m.lexicon.Find(LexiconKey(key, upos))) return *e;
  if (fold != key) {
    if (const uint32_t* e = m.lexicon.Find(LexiconKey(fold, upos))) return *e;
  }
  return -1;
}

}  // namespace khabar::morph
