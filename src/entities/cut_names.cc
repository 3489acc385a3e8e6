// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "entities/cut_names.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
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

}  // namespace

bool RestoreCutNames(std::string_view text,
                     const std::vector<EntityMention>& mentions,
                     std::vector<EntityMention>* out) {
  // The mentions that start inside a token, and the letter before each.
  std::vector<uint32_t> letter_bytes(mentions.size(), 0);
  bool any = false;
  for (size_t i = 0; i < mentions.size(); ++i) {
    const uint32_t begin = mentions[i].span.begin;
    const std::string_view before =
        TokenPrefixBefore(text, begin, kMaxPrefixBytes);
    if (before.empty()) continue;
    size_t last = before.size() - 1;
    while (last > 0 && !IsUtf8Boundary(before, last)) --last;
    const DecodedChar c = DecodeUtf8(before, last);
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
    if (all_words.count(FoldNameWord(with_letter)) == 0) continue;
    if (!changed) *out = mentions;
    changed = true;
    EntityMention& m = (*out)[i];
    m.span.begin = begin;
    m.whole_first_word = true;
    if (!m.text.empty())
      m.text = std::string(text.substr(begin, m.span.size()));
  }
  return changed;
}

bool CompleteCutNames(std::string_view text,
                      const std::vector<EntityMention>& mentions,
                      std::vector<EntityMention>* out) {
  // The folded words of each person and organization mention.
  std::vector<std::vector<std::string>> keys(mentions.size());
  std::vector<NameWord> words;
  size_t named = 0;
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (mentions[i].type != EntityType::kPerson &&
        mentions[i].type != EntityType::kOrganization) {
      continue;
    }
    SplitNameWords(text, mentions[i].span, &words);
    for (const NameWord& w : words) keys[i].push_back(w.key);
    named += !keys[i].empty();
  }
  if (named < 2) return false;
  constexpr uint32_t kWindowBytes = 120;
  bool changed = false;
  std::vector<NameWord> after;
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (keys[i].empty()) continue;
    const uint32_t end = mentions[i].span.end;
    // The words after the mention on its line, spaces between.
    const uint32_t hi = static_cast<uint32_t>(
        std::min<size_t>(text.size(), size_t{end} + kWindowBytes));
    SplitNameWords(text, ByteSpan{end, hi}, &after);
    size_t run = 0;
    uint32_t at = end;
    while (run < after.size() && OnlySpaces(text, at, after[run].span.begin)) {
      at = after[run++].span.end;
    }
    if (run == 0) continue;
    // The longest other name of the type that starts with this one and
    // goes on with those words.
    size_t best = 0;
    for (size_t j = 0; j < mentions.size(); ++j) {
      const std::vector<std::string>& k = keys[j];
      const size_t n = keys[i].size();
      if (j == i || mentions[j].type != mentions[i].type || k.size() <= n ||
          k.size() - n > run || k.size() - n <= best) {
        continue;
      }
      bool same = true;
      for (size_t w = 0; w < k.size() && same; ++w) {
        same = k[w] == (w < n ? keys[i][w] : after[w - n].key);
      }
      if (same) best = k.size() - n;
    }
    if (best == 0) continue;
    const ByteSpan extension{end, after[best - 1].span.end};
    bool covered = false;
    for (size_t j = 0; j < mentions.size() && !covered; ++j) {
      covered = j != i && mentions[j].span.begin < extension.end &&
                extension.begin < mentions[j].span.end;
    }
    if (covered) continue;
    if (!changed) *out = mentions;
    changed = true;
    EntityMention& m = (*out)[i];
    m.span.end = extension.end;
    if (!m.text.empty()) {
      m.text = std::string(text.substr(m.span.begin, m.span.size()));
    }
  }
  return changed;
}

}  // namespace khabar
