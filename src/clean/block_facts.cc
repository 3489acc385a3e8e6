// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "clean/block_facts.h"

#include <cstdint>

#include "khabar/utf8.h"
#include "text/char_class.h"

namespace khabar {
namespace {

// Appends the letters and digits of `normalized` to `out`, one space between
// words; returns the number of words.
uint32_t AppendWords(std::string_view normalized, std::string* out,
                     std::string* key = nullptr) {
  const CharClass* bmp = BmpClassTable();
  const auto* s = reinterpret_cast<const unsigned char*>(normalized.data());
  const size_t n = normalized.size();
  out->reserve(out->size() + n);
  uint32_t words = 0;
  size_t run = SIZE_MAX;  // start of the current word
  auto close_run = [&](size_t end) {
    if (run == SIZE_MAX) return;
    if (!out->empty()) out->push_back(' ');
    out->append(normalized.data() + run, end - run);
    if (key != nullptr) key->append(normalized.data() + run, end - run);
    ++words;
    run = SIZE_MAX;
  };
  for (size_t i = 0; i < n;) {
    // Runs of Arabic letters (two-byte, U+0600..U+06FF) in one go.
    if (s[i] >= 0xD8 && s[i] <= 0xDB) {
      size_t j = i;
      while (j + 1 < n && s[j] >= 0xD8 && s[j] <= 0xDB &&
             bmp[((s[j] & 0x1F) << 6) | (s[j + 1] & 0x3F)] ==
                 CharClass::kLetterArabic) {
        j += 2;
      }
      if (j > i) {
        if (run == SIZE_MAX) run = i;
        i = j;
        continue;
      }
    }
    char32_t cp;
    uint32_t len;
    if (s[i] < 0x80) {
      cp = s[i];
      len = 1;
    } else if (s[i] >= 0xC2 && s[i] <= 0xDF && i + 1 < n &&
               (s[i + 1] & 0xC0) == 0x80) {
      cp = (static_cast<char32_t>(s[i] & 0x1F) << 6) | (s[i + 1] & 0x3F);
      len = 2;
    } else {
      const DecodedChar c = DecodeUtf8(normalized, i);
      cp = c.code_point;
      len = c.length;
    }
    const CharClass cls = cp < 0x10000 ? bmp[cp] : ClassOf(cp);
    if (IsLetter(cls) || cls == CharClass::kDigit ||
        (cls == CharClass::kMark && run != SIZE_MAX)) {
      if (run == SIZE_MAX) run = i;
    } else {
      close_run(i);
    }
    i += len;
  }
  close_run(n);
  return words;
}

}  // namespace

bool EndsWithTerminal(std::string_view text) {
  // Walk back over trailing spaces.
  size_t end = text.size();
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\n')) --end;
  if (end == 0) return false;
  size_t b = end - 1;
  while (b > 0 && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
  const char32_t cp = DecodeUtf8(text, b).code_point;
  switch (cp) {
    case '.':
    case '!':
    case '?':
    case ':':
    case '"':
    case 0x061F:  // Arabic question mark
    case 0x2026:  // ellipsis
    case 0x00BB:  // closing guillemet (display level unifies quotes to it)
    case 0x201D:
    case 0x06D4:
      return true;
    default:
      return false;
  }
}

Status MatchingForm(const Normalizer& search, std::string_view text,
                    std::string* out) {
  NormalizedText n;
  KHABAR_RETURN_IF_ERROR(search.Normalize(text, &n));
  out->clear();
  AppendWords(n.text, out);
  return Status::Ok();
}

Status ComputeBlockFacts(const Normalizer& search, std::string_view text,
                         NormalizedText* scratch, BlockFacts* facts) {
  KHABAR_RETURN_IF_ERROR(search.Normalize(text, scratch));
  facts->words_text.clear();
  facts->key.clear();
  facts->words = AppendWords(scratch->text, &facts->words_text, &facts->key);
  facts->terminal_punctuation = EndsWithTerminal(text);
  return Status::Ok();
}

}  // namespace khabar
