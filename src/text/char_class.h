// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Character classes for the tokenizer and the sentence splitter, built once
// from utf8proc's Unicode tables (general category, grapheme-break class)
// into a flat table for the Basic Multilingual Plane.

#ifndef KHABAR_TEXT_CHAR_CLASS_H_
#define KHABAR_TEXT_CHAR_CLASS_H_

#include <cstdint>

namespace khabar {

enum class CharClass : uint8_t {
  kSpace = 0,          // Zs, TAB, VT, FF
  kLineBreak,          // LF, CR, NEL, LS, PS
  kLetterArabic,       // L* in the Arabic blocks
  kLetterLatin,        // L* in the Latin blocks
  kLetterOther,        // any other letter
  kMark,               // Mn, Mc, Me (including variation selectors)
  kDigit,              // Nd
  kJoiner,             // ZWNJ, ZWJ
  kIgnorable,          // other Cf: bidi controls, BOM, soft hyphen, tags
  kPunctuation,        // P*
  kSymbol,             // S*, No, and pictographs that are not emoji
  kEmoji,              // Extended_Pictographic emoji
  kRegionalIndicator,  // U+1F1E6..U+1F1FF
  kEmojiModifier,      // U+1F3FB..U+1F3FF skin tones
  kControl,            // Cc other than whitespace
  kOther,              // unassigned, private use, U+FFFD
};

// The class of `cp`. Thread-safe; the table is built on first use.
CharClass ClassOf(char32_t cp);

// The table behind ClassOf for U+0000..U+FFFF (65536 entries), for hot loops
// that look classes up inline. Built on first use; never freed.
const CharClass* BmpClassTable();

inline bool IsLetter(CharClass c) {
  return c == CharClass::kLetterArabic || c == CharClass::kLetterLatin ||
         c == CharClass::kLetterOther;
}

}  // namespace khabar

#endif  // KHABAR_TEXT_CHAR_CLASS_H_
