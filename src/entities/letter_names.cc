// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "entities/letter_names.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>

#include "entities/name_match.h"

namespace khabar {
namespace {

// The letters' names as Arabic news spells them (a, b, c, d, e, f, g, h,
// i, j, k, l, m, n, o, q, r, s, t, u, v, w, x, y, z; alef and hamza forms
// and ya/alef maksura are folded by FoldNameWord). With `unambiguous`, not
// those that are also common words: aw "or", fi "in", an/in "that",
// kay "so that", ay "which", am "or", yu.
bool IsLetterNameWord(std::string_view word, bool unambiguous) {
  static const std::unordered_set<std::string>* const names = [] {
    auto* set = new std::unordered_set<std::string>();
    for (std::string_view n : {"\u0625\u064A\u0647",
                               "\u0627\u064A\u0647",
                               "\u0623\u064A\u0647",
                               "\u0628\u064A",
                               "\u0633\u064A",
                               "\u062F\u064A",
                               "\u0625\u064A",
                               "\u0625\u0641",
                               "\u0627\u0641",
                               "\u062C\u064A",
                               "\u0625\u062A\u0634",
                               "\u0627\u062A\u0634",
                               "\u0622\u064A",
                               "\u062C\u064A\u0647",
                               "\u0643\u064A\u0647",
                               "\u0643\u064A",
                               "\u0625\u0644",
                               "\u0625\u0645",
                               "\u0627\u0645",
                               "\u0625\u0646",
                               "\u0627\u0646",
                               "\u0623\u0648",
                               "\u0643\u064A\u0648",
                               "\u0622\u0631",
                               "\u0627\u0631",
                               "\u0625\u0633",
                               "\u0627\u0633",
                               "\u062A\u064A",
                               "\u064A\u0648",
                               "\u0641\u064A",
                               "\u062F\u0628\u0644\u064A\u0648",
                               "\u0625\u0643\u0633",
                               "\u0627\u0643\u0633",
                               "\u0648\u0627\u064A",
                               "\u0632\u062F",
                               "\u0632\u064A"}) {
      set->insert(FoldNameWord(n));
    }
    return set;
  }();
  static const std::unordered_set<std::string>* const common = [] {
    auto* set = new std::unordered_set<std::string>();
    for (std::string_view n :
         {"\u0623\u0648", "\u0627\u0648", "\u0641\u064A", "\u0627\u0646",
          "\u0625\u0646", "\u0643\u064A", "\u0625\u064A", "\u0627\u064A",
          "\u0622\u064A", "\u0623\u064A", "\u0625\u0645", "\u0627\u0645",
          "\u064A\u0648"}) {
      set->insert(FoldNameWord(n));
    }
    return set;
  }();
  if (word.empty()) return false;
  if (word.size() == 1) {  // a Latin letter itself ("13 E", a position)
    const auto c = static_cast<unsigned char>(word[0]);
    return (c | 32) >= 'a' && (c | 32) <= 'z';
  }
  const std::string key = FoldNameWord(word);
  return names->count(key) > 0 && !(unambiguous && common->count(key) > 0);
}

// Spaces, dots, hyphens, slashes and tatweel (U+0640, 0xD9 0x80) between
// the letters of an acronym.
size_t SeparatorBefore(std::string_view text, size_t pos) {
  if (pos == 0) return 0;
  const char c = text[pos - 1];
  if (c == ' ' || c == '.' || c == '-' || c == '/') return 1;
  if (pos >= 2 && text[pos - 2] == '\xD9' && c == '\x80') return 2;
  return 0;
}
size_t SeparatorAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  const char c = text[pos];
  if (c == ' ' || c == '.' || c == '-' || c == '/') return 1;
  if (pos + 1 < text.size() && c == '\xD9' && text[pos + 1] == '\x80') {
    return 2;
  }
  return 0;
}

// A byte that ends a word: ASCII other than letters and digits.
bool Breaks(char c) {
  const auto b = static_cast<unsigned char>(c);
  return b < 0x80 && !((b | 32) >= 'a' && (b | 32) <= 'z') &&
         !(b >= '0' && b <= '9');
}

// True if `span` stands between quotation marks (" << >> and the curly
// ones, either way round): a quoted letter is a name (the newspaper "as",
// the film "zad").
bool Quoted(std::string_view text, ByteSpan span) {
  auto is_mark = [](std::string_view m) {
    return m == "\"" || m == "\xC2\xAB" || m == "\xC2\xBB" ||
           m == "\xE2\x80\x9C" || m == "\xE2\x80\x9D";
  };
  auto before = [&](size_t n) {
    return span.begin >= n && is_mark(text.substr(span.begin - n, n));
  };
  auto after = [&](size_t n) {
    return span.end + n <= text.size() && is_mark(text.substr(span.end, n));
  };
  return (before(1) || before(2) || before(3)) &&
         (after(1) || after(2) || after(3));
}

}  // namespace

bool IsLoneLetterName(std::string_view text, ByteSpan span) {
  if (span.begin >= span.end || span.end > text.size()) return false;
  const std::string_view word = text.substr(span.begin, span.end - span.begin);
  for (char c : word) {
    if (Breaks(c)) return false;  // more than one word
  }
  if (!IsLetterNameWord(word, false) || Quoted(text, span)) return false;
  // The word before: back over separators, then over word bytes.
  size_t end = span.begin;
  for (size_t n = SeparatorBefore(text, end); n > 0;
       n = SeparatorBefore(text, end)) {
    end -= n;
  }
  size_t begin = end;
  while (begin > 0 && !Breaks(text[begin - 1]) &&
         SeparatorBefore(text, begin) == 0) {
    --begin;
  }
  if (IsLetterNameWord(text.substr(begin, end - begin), true)) return false;
  // The word after.
  begin = span.end;
  for (size_t n = SeparatorAt(text, begin); n > 0;
       n = SeparatorAt(text, begin)) {
    begin += n;
  }
  end = begin;
  while (end < text.size() && !Breaks(text[end]) &&
         SeparatorAt(text, end) == 0) {
    ++end;
  }
  return !IsLetterNameWord(text.substr(begin, end - begin), true);
}

}  // namespace khabar
