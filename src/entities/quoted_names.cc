// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "entities/quoted_names.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

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

}  // namespace khabar
