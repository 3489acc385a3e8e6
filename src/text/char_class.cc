// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "text/char_class.h"

#include <utf8proc.h>

#include <array>
#include <memory>

namespace khabar {
namespace {

bool InArabicBlocks(char32_t cp) {
  return (cp >= 0x0600 && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F) ||
         (cp >= 0x0870 && cp <= 0x08FF) || (cp >= 0xFB50 && cp <= 0xFDFF) ||
         (cp >= 0xFE70 && cp <= 0xFEFF) || (cp >= 0x1EE00 && cp <= 0x1EEFF);
}

bool InLatinBlocks(char32_t cp) {
  return (cp >= 0x0041 && cp <= 0x024F) || (cp >= 0x1E00 && cp <= 0x1EFF) ||
         (cp >= 0x2C60 && cp <= 0x2C7F) || (cp >= 0xA720 && cp <= 0xA7FF) ||
         (cp >= 0xFF21 && cp <= 0xFF5A);
}

// Pictographs that read as symbols in running text, not as emoji.
bool IsTextPictograph(char32_t cp) {
  return cp < 0x2300 || (cp >= 0x2400 && cp < 0x2600) ||
         (cp >= 0x27C0 && cp < 0x2B00) || (cp >= 0x3000 && cp < 0x1F000);
}

CharClass Classify(char32_t cp) {
  switch (cp) {
    case 0x09:
    case 0x0B:
    case 0x0C:
      return CharClass::kSpace;
    case 0x0A:
    case 0x0D:
    case 0x85:
    case 0x2028:
    case 0x2029:
      return CharClass::kLineBreak;
    case 0x200C:
    case 0x200D:
      return CharClass::kJoiner;
    case 0xFFFD:
      return CharClass::kOther;
    default:
      break;
  }
  if (cp >= 0x1F1E6 && cp <= 0x1F1FF) return CharClass::kRegionalIndicator;
  if (cp >= 0x1F3FB && cp <= 0x1F3FF) return CharClass::kEmojiModifier;
  const utf8proc_property_t* p =
      utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
  if (p->boundclass == UTF8PROC_BOUNDCLASS_EXTENDED_PICTOGRAPHIC &&
      !IsTextPictograph(cp)) {
    return CharClass::kEmoji;
  }
  switch (p->category) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
      if (InArabicBlocks(cp)) return CharClass::kLetterArabic;
      if (InLatinBlocks(cp)) return CharClass::kLetterLatin;
      return CharClass::kLetterOther;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      return CharClass::kMark;
    case UTF8PROC_CATEGORY_ND:
      return CharClass::kDigit;
    case UTF8PROC_CATEGORY_NL:
      return CharClass::kLetterOther;
    case UTF8PROC_CATEGORY_NO:
      return CharClass::kSymbol;
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
      return CharClass::kPunctuation;
    case UTF8PROC_CATEGORY_SM:
    case UTF8PROC_CATEGORY_SC:
    case UTF8PROC_CATEGORY_SK:
    case UTF8PROC_CATEGORY_SO:
      return CharClass::kSymbol;
    case UTF8PROC_CATEGORY_ZS:
      return CharClass::kSpace;
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
      return CharClass::kLineBreak;
    case UTF8PROC_CATEGORY_CC:
      return CharClass::kControl;
    case UTF8PROC_CATEGORY_CF:
      return CharClass::kIgnorable;
    default:
      return CharClass::kOther;
  }
}

using BmpTable = std::array<CharClass, 0x10000>;

const BmpTable& Table() {
  static const BmpTable* const table = [] {
    auto* t = new BmpTable;
    for (char32_t cp = 0; cp < 0x10000; ++cp) (*t)[cp] = Classify(cp);
    return t;
  }();
  return *table;
}

}  // namespace

const CharClass* BmpClassTable() { return Table().data(); }

CharClass ClassOf(char32_t cp) {
  if (cp < 0x10000) return Table()[cp];
  if (cp > 0x10FFFF) return CharClass::kOther;
  return Classify(cp);
}

}  // namespace khabar
