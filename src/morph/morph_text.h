// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: the letter-level helpers the morphological analyzer and its
// trainer share, so that training and analysis see words identically.
//
//   KeyForm: the form a word is looked up and featurized by: Arabic
//     diacritics (U+064B..U+065F, U+0670) and tatweel removed, everything
//     else (hamza spellings included) kept. PADT's undiacritized forms are
//     key forms.
//   FoldForm: KeyForm plus the spelling variation of news text folded:
//     alef with hamza or madda and alef wasla -> alef, alef maksura -> ya,
//     ta marbuta -> ha. Used for back-off features and lexicon look-ups.
//   CharStarts: the byte offset of every character of a UTF-8 string, for
//     n-character prefixes and suffixes.
//   FeatureHash: 64-bit hashes of (template, strings) feature strings.

#ifndef KHABAR_MORPH_MORPH_TEXT_H_
#define KHABAR_MORPH_MORPH_TEXT_H_

#include <xxhash.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace khabar::morph {

// Appends the key form of `word` to `out`. Invalid UTF-8 bytes are copied.
void AppendKeyForm(std::string_view word, std::string* out);
inline std::string KeyForm(std::string_view word) {
  std::string out;
  AppendKeyForm(word, &out);
  return out;
}

// Appends the folded form of a key form to `out`.
void AppendFoldForm(std::string_view key, std::string* out);
inline std::string FoldForm(std::string_view key) {
  std::string out;
  AppendFoldForm(key, &out);
  return out;
}

// Byte offsets of each character start of `s`, plus s.size() at the end
// (so a string of n characters gives n + 1 offsets).
void CharStarts(std::string_view s, std::vector<uint32_t>* starts);

// The first / last n characters of `s` (all of it when shorter), given its
// CharStarts.
inline std::string_view CharPrefix(std::string_view s,
                                   const std::vector<uint32_t>& starts,
                                   size_t n) {
  const size_t chars = starts.size() - 1;
  return s.substr(0, starts[n < chars ? n : chars]);
}
inline std::string_view CharSuffix(std::string_view s,
                                   const std::vector<uint32_t>& starts,
                                   size_t n) {
  const size_t chars = starts.size() - 1;
  return s.substr(starts[n < chars ? chars - n : 0]);
}

// True if the key form has an Arabic letter.
bool HasArabicLetter(std::string_view s);

// A word's shape for features: 'a' Arabic, 'l' Latin, 'd' digits,
// 'p' punctuation or symbols, 'm' mixed.
char WordShape(std::string_view s);

// Feature hashes. The template id keeps "w=X" apart from "p=X".
inline uint64_t FeatureHash(uint32_t tmpl, std::string_view a) {
  return XXH3_64bits_withSeed(a.data(), a.size(), 0x9E3779B97F4A7C15ull * tmpl);
}
inline uint64_t FeatureHash(uint32_t tmpl, std::string_view a,
                            std::string_view b) {
  return XXH3_64bits_withSeed(b.data(), b.size(), FeatureHash(tmpl, a));
}
inline uint64_t FeatureHash(uint32_t tmpl, uint64_t a, uint64_t b = 0) {
  const uint64_t v[2] = {a, b};
  return XXH3_64bits_withSeed(v, sizeof(v), 0xC2B2AE3D27D4EB4Full * tmpl);
}

}  // namespace khabar::morph

#endif  // KHABAR_MORPH_MORPH_TEXT_H_
