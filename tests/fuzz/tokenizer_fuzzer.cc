// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Fuzzes Tokenizer::Tokenize and SentenceSplitter::Split and checks their
// invariants: token spans lie in the text, are non-empty, increasing and
// non-overlapping, contain no ASCII whitespace; sentences partition the
// tokens in order, span first-token-begin to last-token-end and respect
// max_tokens. The first input byte picks the base offset and max_tokens.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "khabar/sentence_splitter.h"
#include "khabar/tokenizer.h"

namespace {

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
         c == '\f';
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint8_t control = data[0];
  const std::string_view text(reinterpret_cast<const char*>(data + 1),
                              size - 1);
  const uint32_t base = (control & 1) ? 1000 : 0;
  khabar::SentenceSplitterOptions so;
  so.max_tokens =
      (control & 2) ? 1 + (control >> 3) : khabar::kMaxTokensPerSentence;
  so.split_on_line_breaks = !(control & 4);

  static const khabar::Tokenizer tokenizer;
  std::vector<khabar::Token> tokens;
  Check(tokenizer.Tokenize(text, &tokens, base).ok());
  uint32_t prev_end = base;
  for (const khabar::Token& t : tokens) {
    Check(t.span.begin >= prev_end);
    Check(t.span.end > t.span.begin);
    Check(t.span.end <= base + text.size());
    for (uint32_t i = t.span.begin; i < t.span.end; ++i) {
      Check(!IsAsciiSpace(text[i - base]));
    }
    Check(t.type == khabar::TokenType::kWord ||
          t.script == khabar::Script::kNone);
    prev_end = t.span.end;
  }

  const khabar::SentenceSplitter splitter(so);
  std::vector<khabar::Sentence> sentences;
  Check(splitter.Split(text, tokens, &sentences, base).ok());
  uint32_t next = 0;
  for (const khabar::Sentence& s : sentences) {
    Check(s.token_begin == next);
    Check(s.token_end > s.token_begin);
    Check(s.token_end <= tokens.size());
    Check(s.token_end - s.token_begin <= so.max_tokens);
    Check(s.span.begin == tokens[s.token_begin].span.begin);
    Check(s.span.end == tokens[s.token_end - 1].span.end);
    next = s.token_end;
  }
  Check(next == tokens.size());

  // The reject policy fails exactly on ill-formed input.
  khabar::TokenizerOptions reject;
  reject.invalid_utf8 = khabar::InvalidUtf8Policy::kReject;
  static const khabar::Tokenizer strict(reject);
  std::vector<khabar::Token> strict_tokens;
  const khabar::Status s = strict.Tokenize(text, &strict_tokens);
  Check(s.ok() == khabar::ValidateUtf8(text).ok());
  if (s.ok()) Check(strict_tokens.size() == tokens.size());
  return 0;
}
