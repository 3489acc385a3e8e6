// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Tokenization of news text into words, numbers, punctuation, URLs, e-mail
// addresses, hashtags, mentions and emoji. Clitics are not split here (that
// is morphology): "wa-Kerry" (U+0648 U+0643 U+064A U+0631 U+064A) is one
// word token.
//
//   khabar::Tokenizer tokenizer;                // default options
//   std::vector<khabar::Token> tokens;
//   KHABAR_RETURN_IF_ERROR(tokenizer.Tokenize(text, &tokens));
//   for (const khabar::Token& t : tokens)
//     use(text.substr(t.span.begin, t.span.size()), t.type);
//
// Tokens are found on the original bytes: every token's span slices the
// caller's text to exactly the token. Characters that do not separate words
// (tatweel, combining marks, ZWJ/ZWNJ, bidi controls inside a word) stay in
// the token; normalize the token's span for matching. Format characters
// outside words (a stray U+202C, a BOM) and control characters make no
// token, like whitespace. Ill-formed UTF-8 reads
// as U+FFFD (a kOther token) under the default policy.
//
// Thread safety: a Tokenizer is immutable; Tokenize() is const and
// thread-safe.

#ifndef KHABAR_TOKENIZER_H_
#define KHABAR_TOKENIZER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "khabar/alignment.h"
#include "khabar/status.h"
#include "khabar/utf8.h"

namespace khabar {

enum class TokenType : uint8_t {
  // Letters (any script) with their marks; digits continue a Latin word
  // ("G20", and digits followed by Latin letters: "3D", "20th") but not an
  // Arabic one: "17" + U+0633 U+0645 ("cm") is a number and a word, and a
  // conjunction glued to a number is a word and a number.
  kWord = 0,
  kNumber = 1,  // digits (ASCII, Arabic-Indic, Persian) and separators
  // One punctuation mark; a run of the same mark is one token for
  // . ! ? - _ = * U+061F U+060C ("...", "!!", "--"); other marks, quotation
  // marks among them, are one token each (two closing marks close two
  // quotations).
  kPunctuation = 2,
  kSymbol = 3,  // currency, math and other symbols
  kUrl = 4,
  kEmail = 5,
  kHashtag = 6,  // "#" + word characters, Arabic letters and "_"
  kMention = 7,  // "@" + [A-Za-z0-9_]
  kEmoji = 8,    // one emoji sequence (ZWJ, modifiers, flags, keycaps)
  kOther = 9,    // U+FFFD and anything unclassifiable
};

// The script of a word token's letters.
enum class Script : uint8_t {
  kNone = 0,  // not a word, or no letters
  kArabic = 1,
  kLatin = 2,
  kMixed = 3,  // Arabic and Latin letters in one token
  kOther = 4,  // letters of another script only
};

// "word", "number", ... and "arabic", "latin", ...
std::string_view TokenTypeName(TokenType type);
std::string_view ScriptName(Script script);

struct Token {
  ByteSpan span;  // byte offsets into the tokenized text
  TokenType type = TokenType::kOther;
  Script script = Script::kNone;
};

struct TokenizerOptions {
  // Ill-formed UTF-8: read as U+FFFD (default) or fail with kDataLoss.
  InvalidUtf8Policy invalid_utf8 = InvalidUtf8Policy::kReplace;
};

class Tokenizer {
 public:
  Tokenizer() : Tokenizer(TokenizerOptions()) {}
  explicit Tokenizer(const TokenizerOptions& options);

  // Appends the tokens of `text` to `tokens` (cleared first). `base` is
  // added to every offset, for text that is a slice of a larger document.
  Status Tokenize(std::string_view text, std::vector<Token>* tokens,
                  uint32_t base = 0) const;

  const TokenizerOptions& options() const { return options_; }

 private:
  TokenizerOptions options_;
};

}  // namespace khabar

#endif  // KHABAR_TOKENIZER_H_
