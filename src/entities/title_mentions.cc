// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "entities/title_mentions.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <numeric>
#include <string_view>
#include <vector>

#include "entities/name_match.h"

namespace khabar {

bool EndsATitle(const TitleTable& titles, std::string_view text, ByteSpan span,
                const std::vector<NameWord>& words) {
  if (!titles.MayEndWith(words)) return false;
  constexpr uint32_t kWindowBytes = 64;
  uint32_t lo = span.begin > kWindowBytes ? span.begin - kWindowBytes : 0;
  while (lo < span.begin && (static_cast<uint8_t>(text[lo]) & 0xC0) == 0x80) {
    ++lo;
  }
  std::vector<NameWord> all;
  SplitNameWords(text, ByteSpan{lo, span.end}, &all);
  // The mention must start a word of its own (not after a proclitic).
  if (all.size() <= words.size() ||
      all[all.size() - words.size()].span.begin != span.begin) {
    return false;
  }
  // The window's first word may be cut: not used unless the window starts
  // the text.
  const size_t before = all.size() - words.size() - (lo > 0 ? 1 : 0);
  for (size_t k = 1; k <= 2 && k <= before; ++k) {
    const size_t start = all.size() - words.size() - k;
    uint32_t skip = 0;
    if (titles.Match(all, start, "", &skip) == k + words.size()) return true;
  }
  return false;
}

bool JoinTitleMentions(std::string_view text, const TitleTable& titles,
                       const std::vector<EntityMention>& mentions,
                       std::vector<EntityMention>* out) {
  std::vector<size_t> order(mentions.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return mentions[a].span.begin < mentions[b].span.begin;
  });
  std::vector<char> joined(mentions.size(), 0);  // into the one after it
  std::vector<ByteSpan> spans(mentions.size());
  for (size_t i = 0; i < mentions.size(); ++i) spans[i] = mentions[i].span;
  std::vector<NameWord> words;
  bool any = false;
  for (size_t k = 0; k + 1 < order.size(); ++k) {
    const EntityMention& title = mentions[order[k]];
    const EntityMention& name = mentions[order[k + 1]];
    if (title.type != EntityType::kPerson || name.type != EntityType::kPerson ||
        name.span.begin - title.span.end > 2 ||
        !OnlySpaces(text, title.span.end, name.span.begin)) {
      continue;
    }
    SplitNameWords(text, title.span, &words);
    const std::string_view before =
        TokenPrefixBefore(text, title.span.begin, kMaxPrefixBytes);
    uint32_t skip = 0;
    if (words.empty() ||
        titles.Match(words, 0, before, &skip) != words.size()) {
      continue;
    }
    joined[order[k]] = 1;
    spans[order[k + 1]].begin = spans[order[k]].begin;
    any = true;
  }
  if (!any) return false;
  RewriteMentions(mentions, joined, spans, nullptr, out);
  return true;
}

}  // namespace khabar
