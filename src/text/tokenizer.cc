// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// One left-to-right pass over the original bytes. The character class
// (text/char_class.h) at each token start picks the scanner: word, number,
// URL, e-mail, hashtag, mention, emoji, punctuation or symbol.

#include "khabar/tokenizer.h"

#include <array>
#include <string>

#include "khabar/normalizer.h"
#include "text/char_class.h"

namespace khabar {
namespace {

constexpr std::array<CharClass, 128> MakeAsciiClasses() {
  std::array<CharClass, 128> t{};
  for (int c = 0; c < 128; ++c) {
    CharClass k = CharClass::kControl;
    if (c == ' ' || c == '\t' || c == '\v' || c == '\f') {
      k = CharClass::kSpace;
    } else if (c == '\n' || c == '\r') {
      k = CharClass::kLineBreak;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      k = CharClass::kLetterLatin;
    } else if (c >= '0' && c <= '9') {
      k = CharClass::kDigit;
    } else if (c == '$' || c == '+' || c == '<' || c == '=' || c == '>' ||
               c == '^' || c == '`' || c == '|' || c == '~') {
      k = CharClass::kSymbol;
    } else if (c > 0x20 && c < 0x7F) {
      k = CharClass::kPunctuation;
    }
    t[c] = k;
  }
  return t;
}

constexpr std::array<CharClass, 128> kAsciiClasses = MakeAsciiClasses();

struct Char {
  char32_t cp;
  uint32_t len;
  CharClass cls;
  bool valid;
};

class Scanner {
 public:
  explicit Scanner(std::string_view text)
      : text_(text),
        s_(reinterpret_cast<const unsigned char*>(text.data())),
        n_(text.size()),
        bmp_(BmpClassTable()) {}

  size_t size() const { return n_; }

  // The character at `i`; a zero-length kOther at the end of the text.
  Char At(size_t i) const {
    if (i >= n_) return {0, 0, CharClass::kOther, true};
    const unsigned char b = s_[i];
    if (b < 0x80) return {b, 1, kAsciiClasses[b], true};
    if (b >= 0xC2 && b <= 0xDF && i + 1 < n_ && (s_[i + 1] & 0xC0) == 0x80) {
      const char32_t cp =
          (static_cast<char32_t>(b & 0x1F) << 6) | (s_[i + 1] & 0x3F);
      return {cp, 2, bmp_[cp], true};
    }
    const DecodedChar d = DecodeUtf8(text_, i);
    const CharClass cls = !d.valid                 ? CharClass::kOther
                          : d.code_point < 0x10000 ? bmp_[d.code_point]
                                                   : ClassOf(d.code_point);
    return {d.code_point, d.length, cls, d.valid};
  }

  // Skips the Arabic letters and marks starting at `i` (two-byte
  // characters in U+0600..U+06FF, the bulk of news text); returns the first
  // position that is not one.
  size_t SkipArabicRun(size_t i) const {
    while (i + 1 < n_) {
      const unsigned char b = s_[i];
      if (b < 0xD8 || b > 0xDB || (s_[i + 1] & 0xC0) != 0x80) break;
      const char32_t cp =
          (static_cast<char32_t>(b & 0x1F) << 6) | (s_[i + 1] & 0x3F);
      const CharClass c = bmp_[cp];
      if (c != CharClass::kLetterArabic && c != CharClass::kMark) break;
      i += 2;
    }
    return i;
  }

  unsigned char Byte(size_t i) const { return i < n_ ? s_[i] : 0; }

  bool StartsWithNoCase(size_t i, std::string_view prefix) const {
    if (i + prefix.size() > n_) return false;
    for (size_t k = 0; k < prefix.size(); ++k) {
      unsigned char c = s_[i + k];
      if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + 32);
      if (c != static_cast<unsigned char>(prefix[k])) return false;
    }
    return true;
  }

 private:
  std::string_view text_;
  const unsigned char* s_;
  size_t n_;
  const CharClass* bmp_;
};

bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
         (c >= 'A' && c <= 'Z');
}

bool IsWordInner(CharClass c) {
  return IsLetter(c) || c == CharClass::kMark || c == CharClass::kDigit;
}

bool IsNumberSeparator(char32_t cp) {
  return cp == '.' || cp == ',' || cp == 0x066B || cp == 0x066C;
}

bool IsApostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019; }

// Punctuation that forms one token when repeated ("...", "!!", "--").
bool GroupsWhenRepeated(char32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x061F || cp == '-' ||
         cp == '_' || cp == '=' || cp == '*' || cp == 0x060C;
}

// Characters that may appear inside a URL after its scheme.
bool IsUrlChar(const Char& c) {
  if (c.cp < 0x80) {
    return c.cp > 0x20 && c.cp != '"' && c.cp != '<' && c.cp != '>' &&
           c.cp != '`' && c.cp != '{' && c.cp != '}' && c.cp != '|' &&
           c.cp != '\\' && c.cp != '^';
  }
  // Internationalized paths: letters, marks and digits of any script.
  return IsWordInner(c.cls) || c.cls == CharClass::kJoiner;
}

// Trailing characters a URL does not keep.
bool IsUrlTrailer(unsigned char c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' ||
         c == '\'' || c == ')' || c == ']';
}

class TokenizerPass {
 public:
  TokenizerPass(std::string_view text, std::vector<Token>* out, uint32_t base)
      : sc_(text), out_(out), base_(base) {}

  void Run() {
    size_t i = 0;
    const size_t n = sc_.size();
    while (i < n) {
      if (sc_.Byte(i) == ' ') {
        ++i;
        continue;
      }
      const Char c = sc_.At(i);
      switch (c.cls) {
        case CharClass::kSpace:
        case CharClass::kLineBreak:
        case CharClass::kControl:
        case CharClass::kIgnorable:
        case CharClass::kJoiner:
          i += c.len;
          continue;
        default:
          break;
      }
      i = ScanToken(i, c);
    }
  }

 private:
  void Emit(size_t b, size_t e, TokenType type, Script script) {
    Token t;
    t.span = {static_cast<uint32_t>(b + base_),
              static_cast<uint32_t>(e + base_)};
    t.type = type;
    t.script = script;
    out_->push_back(t);
  }

  size_t ScanToken(size_t i, const Char& c) {
    if (c.cp < 0x80) {
      const unsigned char b = static_cast<unsigned char>(c.cp);
      if ((b == 'h' || b == 'H' || b == 'w' || b == 'W' || b == 'f' ||
           b == 'F')) {
        const size_t url = ScanUrl(i);
        if (url > i) return url;
      }
      if (IsAsciiAlnum(b)) {
        const size_t email = ScanEmail(i);
        if (email > i) return email;
      }
      if (b == '#') {
        const size_t tag = ScanHashtag(i);
        if (tag > i) return tag;
      }
      if (b == '@') {
        const size_t at = ScanMention(i);
        if (at > i) return at;
      }
    }
    switch (c.cls) {
      case CharClass::kLetterArabic:
      case CharClass::kLetterLatin:
      case CharClass::kLetterOther:
      case CharClass::kMark:
        return ScanWord(i, i, 0);
      case CharClass::kDigit:
        return ScanNumber(i);
      case CharClass::kEmoji:
      case CharClass::kRegionalIndicator:
      case CharClass::kEmojiModifier:
        return ScanEmoji(i);
      case CharClass::kPunctuation:
        return ScanPunctuation(i, c);
      case CharClass::kSymbol: {
        // A text symbol followed by VS16 is shown as emoji.
        const Char next = sc_.At(i + c.len);
        if (next.cp == 0xFE0F) return ScanEmoji(i);
        Emit(i, i + c.len, TokenType::kSymbol, Script::kNone);
        return i + c.len;
      }
      default: {
        // U+FFFD, ill-formed bytes, unassigned code points: one token per
        // run of them.
        size_t j = i + c.len;
        while (j < sc_.size()) {
          const Char d = sc_.At(j);
          if (d.cls != CharClass::kOther) break;
          j += d.len;
        }
        Emit(i, j, TokenType::kOther, Script::kNone);
        return j;
      }
    }
  }

  // Scans a word from `j` (the token began at `begin`). `letters` carries the
  // script bits already seen (1 Arabic, 2 Latin, 4 other).
  size_t ScanWord(size_t begin, size_t j, int letters) {
    size_t end = j;
    CharClass prev = CharClass::kOther;
    while (j < sc_.size()) {
      const size_t run = sc_.SkipArabicRun(j);
      if (run > j) {
        letters |= 1;
        prev = CharClass::kLetterArabic;
        j = end = run;
        if (j >= sc_.size()) break;
      }
      const Char c = sc_.At(j);
      if (IsLetter(c.cls)) {
        letters |= c.cls == CharClass::kLetterArabic  ? 1
                   : c.cls == CharClass::kLetterLatin ? 2
                                                      : 4;
      } else if (c.cls == CharClass::kMark) {
        // A vowelled letter.
      } else if (c.cls == CharClass::kDigit) {
        // Digits continue a Latin word (G20, COVID19) but not an Arabic one:
        // the conjunction in "wa-20" is a clitic on a number.
        if (letters & 1) break;
      } else if (c.cls == CharClass::kJoiner ||
                 c.cls == CharClass::kIgnorable) {
        // Invisible characters stay only inside a word.
        const Char next = sc_.At(j + c.len);
        if (!IsWordInner(next.cls)) break;
      } else if (IsApostrophe(c.cp) && prev == CharClass::kLetterLatin &&
                 sc_.At(j + c.len).cls == CharClass::kLetterLatin) {
        // don't, O'Brien
      } else {
        break;
      }
      prev = c.cls;
      j += c.len;
      end = j;
    }
    Script script = Script::kNone;
    if ((letters & 3) == 3) {
      script = Script::kMixed;
    } else if (letters & 1) {
      script = Script::kArabic;
    } else if (letters & 2) {
      script = Script::kLatin;
    } else if (letters & 4) {
      script = Script::kOther;
    }
    Emit(begin, end, TokenType::kWord, script);
    return end;
  }

  size_t ScanNumber(size_t i) {
    // A keycap emoji: digit + VS16? + U+20E3.
    const Char first = sc_.At(i);
    Char next = sc_.At(i + first.len);
    if (next.cp == 0xFE0F || next.cp == 0x20E3) return ScanEmoji(i);
    size_t j = i;
    while (j < sc_.size()) {
      const Char c = sc_.At(j);
      if (c.cls == CharClass::kDigit) {
        j += c.len;
        continue;
      }
      if (IsNumberSeparator(c.cp) && j > i &&
          sc_.At(j + c.len).cls == CharClass::kDigit) {
        j += c.len;
        continue;
      }
      break;
    }
    // Digits glued to Latin letters make a word: 3D, 4G, 20th.
    if (sc_.At(j).cls == CharClass::kLetterLatin) return ScanWord(i, j, 0);
    Emit(i, j, TokenType::kNumber, Script::kNone);
    return j;
  }

  size_t ScanPunctuation(size_t i, const Char& c) {
    size_t j = i + c.len;
    if (GroupsWhenRepeated(c.cp)) {
      while (j < sc_.size()) {
        const Char d = sc_.At(j);
        if (d.cp != c.cp) break;
        j += d.len;
      }
    }
    Emit(i, j, TokenType::kPunctuation, Script::kNone);
    return j;
  }

  size_t ScanUrl(size_t i) {
    size_t j;
    if (sc_.StartsWithNoCase(i, "https://")) {
      j = i + 8;
    } else if (sc_.StartsWithNoCase(i, "http://")) {
      j = i + 7;
    } else if (sc_.StartsWithNoCase(i, "ftp://")) {
      j = i + 6;
    } else if (sc_.StartsWithNoCase(i, "www.") &&
               IsAsciiAlnum(sc_.Byte(i + 4))) {
      j = i + 4;
    } else {
      return i;
    }
    const size_t body = j;
    int open_parens = 0;
    while (j < sc_.size()) {
      const Char c = sc_.At(j);
      if (!IsUrlChar(c)) break;
      if (c.cp == '(') ++open_parens;
      if (c.cp == ')') --open_parens;
      j += c.len;
    }
    // Sentence punctuation and an unbalanced ")" after a URL are not part
    // of it.
    while (j > body && IsUrlTrailer(sc_.Byte(j - 1))) {
      if (sc_.Byte(j - 1) == ')') {
        if (open_parens >= 0) break;
        ++open_parens;
      }
      --j;
    }
    if (j == body) return i;
    Emit(i, j, TokenType::kUrl, Script::kNone);
    return j;
  }

  size_t ScanEmail(size_t i) {
    // local part: at most 64 characters, so a long dotted run stays linear.
    size_t j = i;
    const size_t limit = i + 64;
    while (j < sc_.size() && j < limit) {
      const unsigned char b = sc_.Byte(j);
      if (IsAsciiAlnum(b) || b == '.' || b == '_' || b == '%' || b == '+' ||
          b == '-') {
        ++j;
      } else {
        break;
      }
    }
    if (sc_.Byte(j) != '@' || j == i) return i;
    size_t k = j + 1;
    size_t last_dot = 0;
    while (k < sc_.size()) {
      const unsigned char b = sc_.Byte(k);
      if (IsAsciiAlnum(b) || b == '-') {
        ++k;
      } else if (b == '.' && IsAsciiAlnum(sc_.Byte(k + 1)) && k > j + 1) {
        last_dot = k;
        ++k;
      } else {
        break;
      }
    }
    if (last_dot == 0 || k - last_dot < 3) return i;
    for (size_t t = last_dot + 1; t < k; ++t) {
      const unsigned char b = sc_.Byte(t);
      if (!((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'))) return i;
    }
    Emit(i, k, TokenType::kEmail, Script::kNone);
    return k;
  }

  size_t ScanHashtag(size_t i) {
    size_t j = i + 1;
    bool any = false;
    while (j < sc_.size()) {
      const Char c = sc_.At(j);
      if (IsWordInner(c.cls) || c.cp == '_') {
        any = any || c.cp != '_';
      } else if (c.cls == CharClass::kJoiner) {
        if (!IsWordInner(sc_.At(j + c.len).cls)) break;
      } else {
        break;
      }
      j += c.len;
    }
    if (!any) return i;
    Emit(i, j, TokenType::kHashtag, Script::kNone);
    return j;
  }

  size_t ScanMention(size_t i) {
    size_t j = i + 1;
    while (j < sc_.size() &&
           (IsAsciiAlnum(sc_.Byte(j)) || sc_.Byte(j) == '_')) {
      ++j;
    }
    if (j == i + 1) return i;
    Emit(i, j, TokenType::kMention, Script::kNone);
    return j;
  }

  size_t ScanEmoji(size_t i) {
    const Char first = sc_.At(i);
    size_t j = i + first.len;
    const bool regional = first.cls == CharClass::kRegionalIndicator;
    if (regional) {
      const Char c = sc_.At(j);
      if (c.cls == CharClass::kRegionalIndicator) j += c.len;
    }
    while (j < sc_.size()) {
      const Char c = sc_.At(j);
      if (c.cp == 0xFE0F || c.cp == 0xFE0E || c.cp == 0x20E3 ||
          c.cls == CharClass::kEmojiModifier ||
          (c.cp >= 0xE0020 && c.cp <= 0xE007F)) {
        j += c.len;
        continue;
      }
      if (c.cp == 0x200D) {
        const Char next = sc_.At(j + c.len);
        if (next.cls == CharClass::kEmoji || next.cls == CharClass::kSymbol) {
          j += c.len + next.len;
          continue;
        }
      }
      break;
    }
    Emit(i, j, TokenType::kEmoji, Script::kNone);
    return j;
  }

  Scanner sc_;
  std::vector<Token>* out_;
  uint32_t base_;
};

}  // namespace

std::string_view TokenTypeName(TokenType type) {
  switch (type) {
    case TokenType::kWord:
      return "word";
    case TokenType::kNumber:
      return "number";
    case TokenType::kPunctuation:
      return "punct";
    case TokenType::kSymbol:
      return "symbol";
    case TokenType::kUrl:
      return "url";
    case TokenType::kEmail:
      return "email";
    case TokenType::kHashtag:
      return "hashtag";
    case TokenType::kMention:
      return "mention";
    case TokenType::kEmoji:
      return "emoji";
    case TokenType::kOther:
      return "other";
  }
  return "other";
}

std::string_view ScriptName(Script script) {
  switch (script) {
    case Script::kNone:
      return "none";
    case Script::kArabic:
      return "arabic";
    case Script::kLatin:
      return "latin";
    case Script::kMixed:
      return "mixed";
    case Script::kOther:
      return "other";
  }
  return "none";
}

Tokenizer::Tokenizer(const TokenizerOptions& options) : options_(options) {}

Status Tokenizer::Tokenize(std::string_view text, std::vector<Token>* tokens,
                           uint32_t base) const {
  tokens->clear();
  if (text.size() + base > kMaxNormalizeBytes) {
    return ResourceExhaustedError("text too large to tokenize");
  }
  if (options_.invalid_utf8 == InvalidUtf8Policy::kReject) {
    KHABAR_RETURN_IF_ERROR(ValidateUtf8(text));
  }
  tokens->reserve(text.size() / 8);
  TokenizerPass(text, tokens, base).Run();
  return Status::Ok();
}

}  // namespace khabar
