// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// UTF-8 decoding and validation.
//
// khabar validates text once, at input, under an explicit policy:
//   kReplace (default): every ill-formed sequence reads as U+FFFD. The
//     original bytes are kept untouched; offsets still address them. Each
//     "maximal subpart" of an ill-formed sequence counts as one U+FFFD, as
//     the Unicode Standard (ch. 3, U+FFFD substitution) recommends.
//   kReject: the first ill-formed sequence is an error (kDataLoss) naming
//     its byte offset.
//
//   khabar::Status s = khabar::ValidateUtf8(text);  // names the first bad byte
//   for (size_t i = 0; i < text.size();) {
//     khabar::DecodedChar c = khabar::DecodeUtf8(text, i);
//     ...  // c.code_point, c.length (>= 1), c.valid
//     i += c.length;
//   }
//
// All functions are pure and thread-safe.

#ifndef KHABAR_UTF8_H_
#define KHABAR_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "khabar/status.h"

namespace khabar {

enum class InvalidUtf8Policy : uint8_t {
  kReplace = 0,  // ill-formed sequences read as U+FFFD (default)
  kReject = 1,   // ill-formed sequences are a kDataLoss error
};

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

struct DecodedChar {
  char32_t code_point;  // U+FFFD when !valid
  uint32_t length;      // bytes consumed, >= 1 whenever pos < text.size()
  bool valid;
};

// Decodes the character starting at byte `pos` (which must be < text.size()).
inline DecodedChar DecodeUtf8(std::string_view text, size_t pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  const unsigned char b0 = s[pos];
  if (b0 < 0x80) return {b0, 1, true};
  uint32_t need;
  char32_t cp;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
    cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    cp = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    cp = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    return {kReplacementCharacter, 1, false};
  }
  uint32_t len = 1;
  for (uint32_t k = 0; k < need; ++k) {
    if (pos + len >= n) return {kReplacementCharacter, len, false};
    const unsigned char b = s[pos + len];
    if (b < lo || b > hi) return {kReplacementCharacter, len, false};
    lo = 0x80;
    hi = 0xBF;
    cp = (cp << 6) | (b & 0x3F);
    ++len;
  }
  return {cp, len, true};
}

// Byte offset of the first ill-formed sequence, or std::string_view::npos.
size_t FindInvalidUtf8(std::string_view text);

// OK, or kDataLoss "invalid UTF-8 at byte N".
Status ValidateUtf8(std::string_view text);

// A copy of `text` with each ill-formed sequence replaced by U+FFFD.
std::string ReplaceInvalidUtf8(std::string_view text);

// Appends the UTF-8 encoding of `cp` (U+FFFD for surrogates and values past
// U+10FFFF).
void AppendUtf8(char32_t cp, std::string* out);

// True if `pos` is not inside a multi-byte character (i.e. the byte at `pos`
// is not a continuation byte). pos == text.size() is a boundary.
inline bool IsUtf8Boundary(std::string_view text, size_t pos) {
  return pos >= text.size() ||
         (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80;
}

}  // namespace khabar

#endif  // KHABAR_UTF8_H_
