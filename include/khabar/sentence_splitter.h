// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Sentence splitting for news text, on top of the tokens.
//
//   khabar::SentenceSplitter splitter;  // default options
//   std::vector<khabar::Sentence> sentences;
//   KHABAR_RETURN_IF_ERROR(splitter.Split(text, tokens, &sentences));
//
// A sentence ends:
//   - after . ! ? U+061F (Arabic question mark) U+2026 (ellipsis) U+06D4,
//     or a run of them, followed by whitespace or the end of the text; a
//     closing quotation mark or bracket right after the terminator stays in
//     the sentence;
//   - at a line break, so a headline line without punctuation is a sentence;
//   - after kMaxTokensPerSentence tokens, so no input makes an unbounded
//     sentence.
// A period does not end a sentence inside a number (tokens keep 3.5 whole),
// after an initial (a single letter, Latin or Arabic: "J." or U+062F "."),
// after an abbreviation of data/text/abbreviations.txt ("Dr."), before a
// lower-case Latin word, or when glued to a Latin word ("aljazeera.net").
// A period glued between two Arabic words (a missing space, common in scraped
// text) does end a sentence, and so does a single period after a space and
// glued to the next Arabic word ("... alfariq .waqad ...", the space on the
// wrong side), unless the word before is of one or two letters (initials).
// An exclamation or question mark inside brackets opened after the
// sentence's first token, with the bracket closed right after it and an
// Arabic word next, is an aside, not an end ("... al-ra'is (al-mukhtafi!)
// wa-atba'uhu ..."); a sentence wholly in brackets still ends.
//
// Thread safety: a SentenceSplitter is immutable; Split() is thread-safe.

#ifndef KHABAR_SENTENCE_SPLITTER_H_
#define KHABAR_SENTENCE_SPLITTER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "khabar/alignment.h"
#include "khabar/status.h"
#include "khabar/tokenizer.h"

namespace khabar {

struct Sentence {
  ByteSpan span;             // first token's begin to last token's end
  uint32_t token_begin = 0;  // index of the first token
  uint32_t token_end = 0;    // one past the last token
};

inline constexpr uint32_t kMaxTokensPerSentence = 512;

struct SentenceSplitterOptions {
  // A sentence longer than this is cut. Default kMaxTokensPerSentence.
  uint32_t max_tokens = kMaxTokensPerSentence;
  // Line breaks end sentences. Default true.
  bool split_on_line_breaks = true;
};

class SentenceSplitter {
 public:
  SentenceSplitter() : SentenceSplitter(SentenceSplitterOptions()) {}
  explicit SentenceSplitter(const SentenceSplitterOptions& options);

  // Splits `tokens` (of `text`, offsets relative to `text` minus `base`)
  // into sentences (cleared first). Fails with kInvalidArgument if a token
  // lies outside `text`.
  Status Split(std::string_view text, const std::vector<Token>& tokens,
               std::vector<Sentence>* sentences, uint32_t base = 0) const;

  const SentenceSplitterOptions& options() const { return options_; }

 private:
  SentenceSplitterOptions options_;
};

}  // namespace khabar

#endif  // KHABAR_SENTENCE_SPLITTER_H_
