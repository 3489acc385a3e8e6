// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "entities/cut_names.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "entities/name_match.h"
#include "khabar/utf8.h"

namespace khabar {
namespace {

// The letters a name's first letter is mistaken for: bi-, ka-, li-, fa-.
// (Not wa-: a mention of coordinated persons holds "wa-muhammad" as its
// second word, which would attest "wa-" on a lone "muhammad".)
bool IsCutLetter(char32_t c) {
  return c == 0x0628 || c == 0x0643 || c == 0x0644 || c == 0x0641;
}

// True if the token that starts at `token_begin` opens a quotation: an
// opening mark right before it ("<<bulitika>>"). Clitics are written
// outside the marks ("li-<<al-wi'am>>"): a letter inside is the name's.
bool OpensQuotation(std::string_view text, size_t token_begin) {
  if (token_begin == 0) return false;
  size_t prev = token_begin - 1;
  while (prev > 0 && !IsUtf8Boundary(text, prev)) --prev;
  const DecodedChar d = DecodeUtf8(text, prev);
  return d.valid && prev + d.length == token_begin &&
         (d.code_point == 0x00AB || d.code_point == 0x201C ||
          d.code_point == '"');
}

// True if `rest` (the bytes after the letter) starts with the article
// al-, or, after li-, with the lam of al- written "ll": a real clitic
// ("bi-l-katatib", "li-l-takwira").
bool ArticleAfter(std::string_view rest, char32_t letter) {
  static constexpr std::string_view kAl = "\u0627\u0644";
  static constexpr std::string_view kLam = "\u0644";
  return rest.starts_with(kAl) || (letter == 0x0644 && rest.starts_with(kLam));
}

// How often each folded word of a text stands in it, counted on first
// need (most texts have no person mention cut after a letter).
class TextWordCounts {
 public:
  explicit TextWordCounts(std::string_view text) : text_(text) {}
  uint32_t Count(std::string_view display) {
    if (!counted_) {
      const TextWords words(text_);
      for (const NameKeySpan& w : words.words)
        ++counts_[std::string(words.key(w))];
      counted_ = true;
    }
    const auto it = counts_.find(FoldNameWord(display));
    return it == counts_.end() ? 0 : it->second;
  }

 private:
  std::string_view text_;
  bool counted_ = false;
  std::unordered_map<std::string, uint32_t> counts_;
};

// True if the text writes the person's word `word` (as written) with the
// letter `letter` before it (alone or after wa-) at least twice and never
// without it, alone or after another of the letters: "li-wban" of "marin
// li-wban" four times and "wban" never is the name "lubin" the analysis
// cut, where "li-butin" once beside "butin" is the preposition.
bool LetterAlwaysWritten(std::string_view letter, std::string_view word,
                         TextWordCounts* counts) {
  static constexpr std::string_view kLetters[] = {"\u0628", "\u0643", "\u0644",
                                                  "\u0641", "\u0648"};
  static constexpr std::string_view kWa = "\u0648";
  static constexpr std::string_view kBi = "\u0628";
  static constexpr std::string_view kLam = "\u0644";
  // bi- before a place is "in" in every sentence of a local report ("bi-
  // tajrwin" each time): only the Maghreb names in bu- and bel- ("bu-'ali",
  // "bel-hasan") are read through it. Nor the article after the letter.
  if ((letter == kBi && !word.starts_with(kWa) && !word.starts_with(kLam)) ||
      ArticleAfter(word, DecodeUtf8(letter, 0).code_point)) {
    return false;
  }
  const std::string with(std::string(letter) + std::string(word));
  const uint32_t written =
      counts->Count(with) + counts->Count(std::string(kWa) + with);
  if (written < 2 || counts->Count(word) > 0) return false;
  for (const std::string_view other : kLetters) {
    if (other != letter &&
        counts->Count(std::string(other) + std::string(word)) > 0) {
      return false;
    }
  }
  return true;
}

}  // namespace

bool RestoreCutNames(std::string_view text,
                     const std::vector<EntityMention>& mentions,
                     std::vector<EntityMention>* out) {
  // The mentions that start inside a token, and the letter before each;
  // whether the token opens a quotation (the letter, any of the five and
  // wa- too, alone before the mention and before no article, is then the
  // name's without more evidence: "<<bulitika>>", "<<fayisbuk>>").
  std::vector<uint32_t> letter_bytes(mentions.size(), 0);
  std::vector<char> quoted(mentions.size(), 0);
  bool any = false;
  for (size_t i = 0; i < mentions.size(); ++i) {
    const uint32_t begin = mentions[i].span.begin;
    const std::string_view before =
        TokenPrefixBefore(text, begin, kMaxPrefixBytes);
    if (before.empty()) continue;
    size_t last = before.size() - 1;
    while (last > 0 && !IsUtf8Boundary(before, last)) --last;
    const DecodedChar c = DecodeUtf8(before, last);
    if (c.valid && last == 0 &&
        (IsCutLetter(c.code_point) || c.code_point == 0x0648) &&
        OpensQuotation(text, begin - before.size()) &&
        !ArticleAfter(text.substr(begin), c.code_point)) {
      letter_bytes[i] = static_cast<uint32_t>(before.size());
      quoted[i] = 1;
      any = true;
      continue;
    }
    if (!c.valid || !IsCutLetter(c.code_point)) continue;
    // The letter alone, or after wa- (U+0648).
    if (last != 0 &&
        !(last == 2 && DecodeUtf8(before, 0).code_point == 0x0648)) {
      continue;
    }
    letter_bytes[i] = static_cast<uint32_t>(before.size() - last);
    any = true;
  }
  if (!any) return false;
  // The words of the names: every word of every mention (`all_words`), and the
  // same but the first words of the mentions that start right after such
  // a letter (`whole`). "bi-bruksil" cut twice ("bruksil" after the
  // preposition, "ruksil" after both letters): "bruksil" is in `all_words`.
  std::unordered_set<std::string> all_words, whole;
  std::vector<NameWord> words;
  for (size_t i = 0; i < mentions.size(); ++i) {
    SplitNameWords(text, mentions[i].span, &words);
    for (size_t w = 0; w < words.size(); ++w) {
      all_words.insert(words[w].key);
      if (w > 0 || letter_bytes[i] == 0) whole.insert(words[w].key);
    }
  }
  bool changed = false;
  TextWordCounts counts(text);
  // Persons restored on the text's evidence with the letter alone (no wa-
  // before it), to be joined to a person mention right before them.
  std::vector<size_t> evidenced;
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (letter_bytes[i] == 0) continue;
    SplitNameWords(text, mentions[i].span, &words);
    if (words.empty() || words[0].span.begin != mentions[i].span.begin ||
        whole.count(words[0].key) > 0) {
      continue;
    }
    const uint32_t begin = mentions[i].span.begin - letter_bytes[i];
    const std::string with_letter(
        text.substr(begin, words[0].span.end - begin));
    // The letter itself: the last of letter_bytes[i] (after wa-, if any).
    const std::string_view letter = text.substr(mentions[i].span.begin - 2, 2);
    if (!quoted[i] && all_words.count(FoldNameWord(with_letter)) == 0) {
      if (mentions[i].type != EntityType::kPerson ||
          !LetterAlwaysWritten(letter, words[0].display, &counts)) {
        continue;
      }
      if (letter_bytes[i] == letter.size()) evidenced.push_back(i);
    }
    if (!changed) *out = mentions;
    changed = true;
    EntityMention& m = (*out)[i];
    m.span.begin = begin;
    m.whole_first_word = true;
    if (!m.text.empty())
      m.text = std::string(text.substr(begin, m.span.size()));
  }
  if (evidenced.empty()) return changed;
  // Such a person right after another person mention, only spaces between,
  // is that name's last word ("marin | lubin"): one mention.
  std::vector<char> drop(out->size(), 0);
  for (const size_t i : evidenced) {
    const ByteSpan cut = (*out)[i].span;
    for (size_t j = 0; j < out->size(); ++j) {
      EntityMention& before = (*out)[j];
      if (j == i || drop[j] || before.type != EntityType::kPerson ||
          before.span.end > cut.begin ||
          !OnlySpaces(text, before.span.end, cut.begin)) {
        continue;
      }
      before.span.end = cut.end;
      if (!before.text.empty()) {
        before.text =
            std::string(text.substr(before.span.begin, before.span.size()));
      }
      drop[i] = 1;
      break;
    }
  }
  size_t kept = 0;
  for (size_t i = 0; i < out->size(); ++i) {
    if (!drop[i]) (*out)[kept++] = std::move((*out)[i]);
  }
  out->resize(kept);
  return changed;
}

bool CompleteCutNames(std::string_view text,
                      const std::vector<EntityMention>& mentions,
                      std::vector<EntityMention>* out) {
  // The folded words of each person and organization mention (`first` to
  // `last` of `spans`, keys in `keys`), and the distinct names of two words
  // or more by their type and first word.
  std::string keys;
  std::vector<NameKeySpan> spans;
  std::vector<std::pair<uint32_t, uint32_t>> range(mentions.size(), {0, 0});
  auto key = [&](size_t w) {
    return std::string_view(keys).substr(spans[w].key_begin,
                                         spans[w].key_end - spans[w].key_begin);
  };
  std::string part;
  std::vector<NameKeySpan> one;
  for (size_t i = 0; i < mentions.size(); ++i) {
    const EntityType type = mentions[i].type;
    if (type != EntityType::kPerson && type != EntityType::kOrganization) {
      continue;
    }
    SplitNameKeys(text, mentions[i].span, &part, &one);
    const auto first = static_cast<uint32_t>(spans.size());
    const auto base = static_cast<uint32_t>(keys.size());
    keys += part;
    for (NameKeySpan w : one) {
      w.key_begin += base;
      w.key_end += base;
      spans.push_back(w);
    }
    range[i] = {first, static_cast<uint32_t>(spans.size())};
  }
  auto type_key = [&](size_t i, size_t words) {
    std::string name(1, mentions[i].type == EntityType::kPerson ? 'P' : 'O');
    for (size_t w = range[i].first; w < range[i].first + words; ++w) {
      name += '\t';
      name += key(w);
    }
    return name;
  };
  std::unordered_map<std::string, std::vector<size_t>> longer;
  std::unordered_set<std::string> seen;
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (range[i].second - range[i].first >= 2 &&
        seen.insert(type_key(i, range[i].second - range[i].first)).second) {
      longer[type_key(i, 1)].push_back(i);
    }
  }
  if (longer.empty()) return false;
  // The mentions by start, with the largest end so far: whether a span
  // starting at a mention's end overlaps another mention.
  std::vector<std::pair<uint32_t, uint32_t>> by_begin;
  for (const EntityMention& m : mentions) {
    by_begin.emplace_back(m.span.begin, m.span.end);
  }
  std::sort(by_begin.begin(), by_begin.end());
  std::vector<uint32_t> max_end(by_begin.size());
  for (size_t k = 0; k < by_begin.size(); ++k) {
    max_end[k] = std::max(k > 0 ? max_end[k - 1] : 0, by_begin[k].second);
  }
  constexpr uint32_t kWindowBytes = 120;
  bool changed = false;
  std::string after_keys;
  std::vector<NameKeySpan> after;
  for (size_t i = 0; i < mentions.size(); ++i) {
    const size_t n = range[i].second - range[i].first;
    if (n == 0) continue;
    const auto candidates = longer.find(type_key(i, 1));
    if (candidates == longer.end()) continue;
    const uint32_t end = mentions[i].span.end;
    // The words after the mention on its line, spaces between.
    const uint32_t hi = static_cast<uint32_t>(
        std::min<size_t>(text.size(), size_t{end} + kWindowBytes));
    SplitNameKeys(text, ByteSpan{end, hi}, &after_keys, &after);
    size_t run = 0;
    uint32_t at = end;
    while (run < after.size() && OnlySpaces(text, at, after[run].span.begin)) {
      at = after[run++].span.end;
    }
    if (run == 0) continue;
    auto after_key = [&](size_t w) {
      return std::string_view(after_keys)
          .substr(after[w].key_begin, after[w].key_end - after[w].key_begin);
    };
    // The longest other name of the type that starts with this one and
    // goes on with those words.
    size_t best = 0;
    for (size_t j : candidates->second) {
      const size_t m = range[j].second - range[j].first;
      if (m <= n || m - n > run || m - n <= best) continue;
      bool same = true;
      for (size_t w = 0; w < m && same; ++w) {
        same = key(range[j].first + w) ==
               (w < n ? key(range[i].first + w) : after_key(w - n));
      }
      if (same) best = m - n;
    }
    if (best == 0) continue;
    // Not over words another mention holds: no mention that starts before
    // the extension's end ends after this one's.
    const uint32_t new_end = after[best - 1].span.end;
    const size_t before_end =
        static_cast<size_t>(std::lower_bound(by_begin.begin(), by_begin.end(),
                                             std::make_pair(new_end, 0u)) -
                            by_begin.begin());
    if (before_end > 0 && max_end[before_end - 1] > end) continue;
    if (!changed) *out = mentions;
    changed = true;
    EntityMention& m = (*out)[i];
    m.span.end = new_end;
    if (!m.text.empty()) {
      m.text = std::string(text.substr(m.span.begin, m.span.size()));
    }
  }
  return changed;
}

}  // namespace khabar
