// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Finding and pairing quotation marks in one paragraph, balanced or not.

#include <algorithm>
#include <string_view>
#include <vector>

#include "khabar/utf8.h"
#include "quotes/quote_internal.h"

namespace khabar {
namespace {

enum class Shape { kEither, kOpen, kClose };

Shape ShapeOf(char32_t c) {
  switch (c) {
    case 0x201C:  // left double quotation mark
    case 0x00AB:  // left guillemet
    case 0x201E:  // low double quotation mark
      return Shape::kOpen;
    case 0x201D:  // right double quotation mark
    case 0x00BB:  // right guillemet
    case 0x2033:  // double prime, used as a closing mark
      return Shape::kClose;
    default:
      return Shape::kEither;
  }
}

bool IsMarkChar(char32_t c) {
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x00AB || c == 0x00BB ||
         c == 0x201E || c == 0x2033;
}

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x00A0 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F;
}

// Punctuation after which a mark still closes.
bool IsClosingContext(char32_t c) {
  return IsSpace(c) || IsMarkChar(c) || c == '.' || c == ',' || c == ';' ||
         c == ':' || c == '!' || c == '?' || c == ')' || c == ']' ||
         c == 0x060C || c == 0x061B || c == 0x061F || c == 0x2026 || c == '-' ||
         c == 0x2013 || c == 0x2014;
}

// The code point ending just before `pos` (0 at `begin`).
char32_t CharBefore(std::string_view text, size_t begin, size_t pos) {
  if (pos <= begin) return 0;
  size_t p = pos - 1;
  while (p > begin && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) {
    --p;
  }
  return DecodeUtf8(text, p).code_point;
}

// True when a one-letter proclitic (wa-, fa-, bi-, li-, ka-) standing as
// a word ends just before `pos`: wa-"...", li-"al-jawhara ...".
bool ProcliticBefore(std::string_view text, size_t begin, size_t pos) {
  const char32_t c = CharBefore(text, begin, pos);
  if (c != 0x0648 && c != 0x0641 && c != 0x0628 && c != 0x0644 && c != 0x0643) {
    return false;
  }
  const size_t at = pos - 2;  // the letter's two bytes
  if (at < begin) return false;
  const char32_t b = CharBefore(text, begin, at);
  return b == 0 || IsSpace(b) || IsMarkChar(b) || b == '(';
}

// True when the last character before `pos` other than spaces is a
// colon.
bool ColonBefore(std::string_view text, size_t begin, size_t pos) {
  while (pos > begin && (text[pos - 1] == ' ' || text[pos - 1] == '\t')) {
    --pos;
  }
  return pos > begin && text[pos - 1] == ':';
}

// True when the next quotation mark from `pos` (before `end`) has a
// non-space before it (or anything, if `spaced`) and a closing context
// after it.
bool ClosingMarkNext(std::string_view text, size_t pos, size_t end,
                     bool spaced) {
  for (size_t p = pos; p < end;) {
    const DecodedChar d = DecodeUtf8(text, p);
    const size_t len = d.length == 0 ? 1 : d.length;
    if (IsMarkChar(d.code_point)) {
      const char32_t before = CharBefore(text, pos, p);
      const char32_t after =
          p + len < end ? DecodeUtf8(text, p + len).code_point : 0;
      return before != 0 && (spaced || !IsSpace(before)) &&
             (after == 0 || IsClosingContext(after));
    }
    p += len;
  }
  return false;
}

}  // namespace

bool IsQuoteMarkAt(std::string_view text, size_t pos, size_t* len) {
  if (pos >= text.size()) return false;
  const unsigned char b = static_cast<unsigned char>(text[pos]);
  if (b != '"' && b != 0xC2 && b != 0xE2) return false;
  const DecodedChar d = DecodeUtf8(text, pos);
  if (!IsMarkChar(d.code_point)) return false;
  *len = d.length;
  return true;
}

void PairQuoteMarks(std::string_view text, ByteSpan paragraph,
                    std::vector<QuoteRegion>* regions) {
  const size_t first = regions->size();
  std::vector<size_t> open;  // indices into *regions
  std::vector<bool> open_is_plain;
  std::vector<size_t> abandoned;  // opened, never closed, no longer open
  const size_t end = paragraph.end;
  for (size_t pos = paragraph.begin; pos < end;) {
    // Every mark starts with '"', 0xC2 or 0xE2, none of which is a UTF-8
    // continuation byte: other bytes are skipped without decoding.
    const unsigned char b = static_cast<unsigned char>(text[pos]);
    if (b != '"' && b != 0xC2 && b != 0xE2) {
      ++pos;
      continue;
    }
    size_t len = 0;
    if (!IsQuoteMarkAt(text, pos, &len)) {
      const DecodedChar d = DecodeUtf8(text, pos);
      pos += d.length == 0 ? 1 : d.length;
      continue;
    }
    const char32_t c = DecodeUtf8(text, pos).code_point;
    const char32_t before = CharBefore(text, paragraph.begin, pos);
    const char32_t after =
        pos + len < end ? DecodeUtf8(text, pos + len).code_point : 0;
    const bool open_before = before == 0 || IsSpace(before) || before == '(' ||
                             before == '[' || before == ':' ||
                             ProcliticBefore(text, paragraph.begin, pos);
    const bool close_after = after == 0 || IsClosingContext(after);
    bool is_open;
    if (open_before && !close_after) {
      is_open = true;
    } else if (!open_before && close_after) {
      is_open = false;
    } else if (ColonBefore(text, paragraph.begin, pos)) {
      // 'fa-qala: " ladayna ...', 'al-'utaybi:" inna ...': a colon
      // introduces a quotation, even with a space inside the mark or a
      // closing shape; a plain mark still open is one never closed (it
      // runs to the paragraph end, the extractor trims it).
      is_open = true;
      if (c == '"' && !open.empty() && open_is_plain.back()) {
        abandoned.push_back(open.back());
        open.pop_back();
        open_is_plain.pop_back();
      }
    } else if (open.empty() && open_before &&
               ClosingMarkNext(text, pos + len, end, IsSpace(after))) {
      // 'barnamij " al-bayt al-'a'ili" ,': spaces on both sides, nothing
      // open, and the next mark plainly closes: this one opens. So does a
      // mark spaced on both sides before another such mark or one that
      // closes, whatever their shapes: 'ma'rid " ram 'asir 2014 " ,'
      // written with the right mark first, as Arabic typing often does.
      is_open = true;
    } else {
      const Shape shape = ShapeOf(c);
      if (shape == Shape::kOpen) {
        is_open = true;
      } else if (shape == Shape::kClose) {
        is_open = false;
      } else {
        is_open = open.empty() || !open_is_plain.back();
      }
    }
    const ByteSpan mark{static_cast<uint32_t>(pos),
                        static_cast<uint32_t>(pos + len)};
    if (is_open) {
      QuoteRegion& r = regions->emplace_back();
      r.open = mark;
      r.inner.begin = mark.end;
      r.depth = static_cast<int>(open.size());
      open.push_back(regions->size() - 1);
      open_is_plain.push_back(c == '"');
    } else if (!open.empty()) {
      QuoteRegion& r = (*regions)[open.back()];
      r.close = mark;
      r.inner.end = mark.begin;
      open.pop_back();
      open_is_plain.pop_back();
    } else {
      QuoteRegion& r = regions->emplace_back();
      r.close = mark;
      r.inner = {paragraph.begin, mark.begin};
      r.depth = 0;
    }
    pos += len;
  }
  // Unclosed: to the paragraph end, trailing spaces dropped.
  size_t trimmed = end;
  while (trimmed > paragraph.begin &&
         (text[trimmed - 1] == ' ' || text[trimmed - 1] == '\t' ||
          text[trimmed - 1] == '\r')) {
    --trimmed;
  }
  for (size_t i : open)
    (*regions)[i].inner.end = static_cast<uint32_t>(trimmed);
  for (size_t i : abandoned)
    (*regions)[i].inner.end = static_cast<uint32_t>(trimmed);
  std::stable_sort(
      regions->begin() + first, regions->end(),
      [](const QuoteRegion& a, const QuoteRegion& b) {
        const uint32_t ka = a.open.empty() ? a.close.begin : a.open.begin;
        const uint32_t kb = b.open.empty() ? b.close.begin : b.open.begin;
        return ka < kb;
      });
}

}  // namespace khabar
