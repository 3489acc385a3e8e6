// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "entities/quoted_names.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <numeric>
#include <string_view>
#include <utility>
#include <vector>

#include "entities/name_match.h"
#include "khabar/utf8.h"
#include "text/char_class.h"

namespace khabar {
namespace {

constexpr char32_t kLeftGuillemet = 0x00AB;
constexpr char32_t kRightGuillemet = 0x00BB;
constexpr char32_t kLeftQuote = 0x201C;
constexpr char32_t kRightQuote = 0x201D;

// A line break, or punctuation that ends a sentence or a clause: a
// quotation, not a name.
bool EndsAClause(char32_t c) {
  if (ClassOf(c) == CharClass::kLineBreak) return true;
  switch (c) {
    case '.':
    case '!':
    case '?':
    case ':':
    case ';':
    case ',':
    case 0x060C:  // Arabic comma
    case 0x061B:  // Arabic semicolon
    case 0x061F:  // Arabic question mark
    case 0x06D4:  // Arabic full stop
      return true;
    default:
      return false;
  }
}

}  // namespace

uint32_t QuotedNameEnd(std::string_view text, uint32_t pos) {
  size_t i = pos;
  for (int spaces = 0; i < text.size() && text[i] == ' ' && spaces < 2;
       ++spaces) {
    ++i;
  }
  if (i >= text.size()) return 0;
  const DecodedChar open = DecodeUtf8(text, i);
  if (!open.valid ||
      (open.code_point != kLeftGuillemet && open.code_point != kLeftQuote &&
       open.code_point != '"')) {
    return 0;
  }
  const size_t start = i;
  i += open.length;
  size_t words = 0;
  bool in_word = false, letter = false;
  while (i < text.size() && i - start < kMaxQuotedNameBytes) {
    const DecodedChar d = DecodeUtf8(text, i);
    if (!d.valid) return 0;
    const char32_t c = d.code_point;
    const bool closes = open.code_point == kLeftGuillemet
                            ? c == kRightGuillemet
                            : (c == kRightQuote || c == '"');
    if (closes) {
      if (words == 0 || !letter) return 0;
      return static_cast<uint32_t>(i + d.length);
    }
    if (EndsAClause(c) || c == kLeftGuillemet || c == kLeftQuote) return 0;
    if (c == ' ') {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      if (++words > kMaxQuotedNameWords) return 0;
    }
    letter = letter || IsLetter(ClassOf(c));
    i += d.length;
  }
  return 0;
}

uint32_t OpenQuotedNameEnd(std::string_view text, uint32_t begin,
                           uint32_t end) {
  constexpr uint32_t kNone = ~0u;
  uint32_t open = kNone;  // the last opening mark not closed yet
  for (size_t i = begin; i < end;) {
    const DecodedChar d = DecodeUtf8(text.substr(0, end), i);
    const char32_t c = d.code_point;
    if (d.valid && (c == kLeftGuillemet || c == kLeftQuote)) {
      open = static_cast<uint32_t>(i);
    } else if (d.valid && (c == kRightGuillemet || c == kRightQuote)) {
      open = kNone;
    } else if (c == '"') {
      open = open == kNone ? static_cast<uint32_t>(i) : kNone;
    }
    i += d.length;
  }
  if (open == kNone) return 0;
  const uint32_t name_end = QuotedNameEnd(text, open);
  return name_end > end ? name_end : 0;
}

void ExtendQuotedNames(std::string_view text, const TitleTable& nouns,
                       const std::vector<EntityMention>& mentions,
                       std::vector<ByteSpan>* spans,
                       std::vector<bool>* absorbed) {
  // Mentions looked at around one quoted name, at most (adversarial input:
  // thousands of mentions on the same bytes).
  constexpr size_t kMaxNearby = 64;
  const size_t n = mentions.size();
  spans->resize(n);
  absorbed->assign(n, false);
  for (size_t i = 0; i < n; ++i) (*spans)[i] = mentions[i].span;
  std::vector<std::pair<size_t, uint32_t>> heads;  // mention, quote end
  std::vector<NameWord> words;
  for (size_t i = 0; i < n; ++i) {
    const ByteSpan span = mentions[i].span;
    const uint32_t open_end = OpenQuotedNameEnd(text, span.begin, span.end);
    if (open_end != 0) {
      heads.emplace_back(i, open_end);
      continue;
    }
    if (mentions[i].type != EntityType::kOrganization) continue;
    // The quoted name first: it reads a byte or two for most mentions.
    const uint32_t end = QuotedNameEnd(text, mentions[i].span.end);
    if (end == 0) continue;
    SplitNameWords(text, mentions[i].span, &words);
    uint32_t skip = 0;
    if (words.size() == 1 && nouns.Match(words, 0, "", &skip) == 1) {
      heads.emplace_back(i, end);
    }
  }
  if (heads.empty()) return;
  std::vector<size_t> by_begin(n);
  std::iota(by_begin.begin(), by_begin.end(), size_t{0});
  std::sort(by_begin.begin(), by_begin.end(), [&](size_t a, size_t b) {
    return mentions[a].span.begin < mentions[b].span.begin;
  });
  std::vector<size_t> inside;
  for (const auto& [i, end] : heads) {
    const ByteSpan own = mentions[i].span;
    const ByteSpan extended{own.begin, end};
    // The mentions that start inside the extended span must lie inside the
    // quoted name; none may start before it and reach into it.
    auto it = std::lower_bound(
        by_begin.begin(), by_begin.end(), own.begin,
        [&](size_t m, uint32_t pos) { return mentions[m].span.begin < pos; });
    bool clash =
        it != by_begin.begin() && mentions[*(it - 1)].span.end > own.begin;
    inside.clear();
    for (size_t k = 0; !clash && it != by_begin.end() &&
                       mentions[*it].span.begin < extended.end;
         ++it, ++k) {
      const size_t m = *it;
      if (k == kMaxNearby) {
        clash = true;
      } else if (m != i) {
        if (mentions[m].span.begin >= own.end &&
            mentions[m].span.end <= extended.end) {
          inside.push_back(m);
        } else {
          clash = true;
        }
      }
    }
    if (clash) continue;
    (*spans)[i] = extended;
    for (size_t m : inside) (*absorbed)[m] = true;
  }
}

}  // namespace khabar
