// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Fuzzes the UTF-8 decoder and checks it against itself and the Unicode
// rules: every step consumes >= 1 byte; a valid character re-encodes to the
// same bytes and is a Unicode scalar value; FindInvalidUtf8 names the first
// invalid step; ReplaceInvalidUtf8 yields valid UTF-8 with one U+FFFD per
// invalid step.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "khabar/utf8.h"

namespace {

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  size_t first_bad = std::string_view::npos;
  size_t replacements = 0;
  std::string expected;
  for (size_t i = 0; i < text.size();) {
    Check(khabar::IsUtf8Boundary(text, i) ||
          (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80);
    const khabar::DecodedChar c = khabar::DecodeUtf8(text, i);
    Check(c.length >= 1 && c.length <= 4 && i + c.length <= text.size());
    if (c.valid) {
      Check(c.code_point <= 0x10FFFF);
      Check(c.code_point < 0xD800 || c.code_point > 0xDFFF);
      std::string enc;
      khabar::AppendUtf8(c.code_point, &enc);
      Check(enc == text.substr(i, c.length));
      expected += enc;
    } else {
      Check(c.code_point == khabar::kReplacementCharacter);
      if (first_bad == std::string_view::npos) first_bad = i;
      ++replacements;
      khabar::AppendUtf8(khabar::kReplacementCharacter, &expected);
    }
    i += c.length;
  }
  Check(khabar::FindInvalidUtf8(text) == first_bad);
  const khabar::Status s = khabar::ValidateUtf8(text);
  Check(s.ok() == (first_bad == std::string_view::npos));
  if (!s.ok()) {
    Check(s.code() == khabar::StatusCode::kDataLoss);
    Check(s.message() == "invalid UTF-8 at byte " + std::to_string(first_bad));
  }
  const std::string replaced = khabar::ReplaceInvalidUtf8(text);
  Check(replaced == expected);
  Check(khabar::ValidateUtf8(replaced).ok());
  (void)replacements;
  return 0;
}
