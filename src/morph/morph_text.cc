// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "morph/morph_text.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/utf8.h"

namespace khabar::morph {
namespace {

bool IsDropped(char32_t c) {
  return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640;
}

char32_t Fold(char32_t c) {
  switch (c) {
    case 0x0622:  // alef with madda
    case 0x0623:  // alef with hamza above
    case 0x0625:  // alef with hamza below
    case 0x0671:  // alef wasla
      return 0x0627;
    case 0x0649:  // alef maksura
      return 0x064A;
    case 0x0629:  // ta marbuta
      return 0x0647;
    default:
      return c;
  }
}

bool IsArabicLetter(char32_t c) {
  return (c >= 0x0621 && c <= 0x063A) || (c >= 0x0641 && c <= 0x064A) ||
         (c >= 0x0671 && c <= 0x06D3);
}

}  // namespace

void AppendKeyForm(std::string_view word, std::string* out) {
  for (size_t i = 0; i < word.size();) {
    const unsigned char b = static_cast<unsigned char>(word[i]);
    if (b < 0x80) {
      out->push_back(static_cast<char>(b));
      ++i;
      continue;
    }
    const DecodedChar c = DecodeUtf8(word, i);
    if (!c.valid) {
      out->append(word.substr(i, c.length));
    } else if (!IsDropped(c.code_point)) {
      out->append(word.substr(i, c.length));
    }
    i += c.length;
  }
}

void AppendFoldForm(std::string_view key, std::string* out) {
  for (size_t i = 0; i < key.size();) {
    const unsigned char b = static_cast<unsigned char>(key[i]);
    if (b < 0x80) {
      out->push_back(static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b));
      ++i;
      continue;
    }
    const DecodedChar c = DecodeUtf8(key, i);
    if (c.valid) {
      const char32_t f = Fold(c.code_point);
      if (f == c.code_point) {
        out->append(key.substr(i, c.length));
      } else {
        AppendUtf8(f, out);
      }
    } else {
      out->append(key.substr(i, c.length));
    }
    i += c.length;
  }
}

void CharStarts(std::string_view s, std::vector<uint32_t>* starts) {
  starts->clear();
  for (size_t i = 0; i < s.size();) {
    starts->push_back(static_cast<uint32_t>(i));
    const unsigned char b = static_cast<unsigned char>(s[i]);
    i += b < 0x80 ? 1 : DecodeUtf8(s, i).length;
  }
  starts->push_back(static_cast<uint32_t>(s.size()));
}

bool HasArabicLetter(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      ++i;
      continue;
    }
    const DecodedChar c = DecodeUtf8(s, i);
    if (c.valid && IsArabicLetter(c.code_point)) return true;
    i += c.length;
  }
  return false;
}

char WordShape(std::string_view s) {
  bool arabic = false, latin = false, digit = false;
  for (size_t i = 0; i < s.size();) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if ((b | 32) >= 'a' && (b | 32) <= 'z') {
        latin = true;
      } else if (b >= '0' && b <= '9') {
        digit = true;
      }
      ++i;
      continue;
    }
    const DecodedChar c = DecodeUtf8(s, i);
    if (c.code_point >= 0x0660 && c.code_point <= 0x0669) {
      digit = true;
    } else if (c.code_point >= 0x06F0 && c.code_point <= 0x06F9) {
      digit = true;
    } else if (IsArabicLetter(c.code_point)) {
      arabic = true;
    } else if (c.code_point >= 0x00C0 && c.code_point < 0x0250) {
      latin = true;
    }
    i += c.length;
  }
  const int kinds = arabic + latin + digit;
  if (kinds > 1) return 'm';
  if (arabic) return 'a';
  if (latin) return 'l';
  if (digit) return 'd';
  return 'p';
}

}  // namespace khabar::morph
