// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Sentence boundaries are decided between tokens: a line break in the gap,
// or a terminator token whose context (the word before it, the gap and the
// token after it) says the sentence ends.

#include "khabar/sentence_splitter.h"

#include <string>
#include <unordered_set>

#include "base/data_file.h"
#include "text/char_class.h"

namespace khabar {

extern const char kAbbreviationsTxt[];
extern const size_t kAbbreviationsTxtSize;

namespace {

// Lower-cased Latin abbreviations and Arabic ones, from
// data/text/abbreviations.txt.
const std::unordered_set<std::string>& Abbreviations() {
  static const auto* const set = [] {
    auto* s = new std::unordered_set<std::string>;
    ForEachDataLine(std::string_view(kAbbreviationsTxt, kAbbreviationsTxtSize),
                    [&](size_t, std::string_view line) {
                      s->emplace(line);
                      return true;
                    });
    return s;
  }();
  return *set;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

// The first code point of a token.
char32_t FirstCp(std::string_view text, const Token& t) {
  if (t.span.empty()) return 0;
  return DecodeUtf8(text, t.span.begin).code_point;
}

// Number of code points in a token, capped at `cap`.
size_t CpCount(std::string_view text, const Token& t, size_t cap) {
  size_t count = 0;
  for (size_t i = t.span.begin; i < t.span.end && count < cap;) {
    const DecodedChar d = DecodeUtf8(text, i);
    if (ClassOf(d.code_point) != CharClass::kMark) ++count;
    i += d.length;
  }
  return count;
}

bool IsTerminatorCp(char32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x061F || cp == 0x2026 ||
         cp == 0x06D4 || cp == 0xFF01 || cp == 0xFF1F;
}

bool IsCloserCp(char32_t cp) {
  switch (cp) {
    case '"':
    case '\'':
    case ')':
    case ']':
    case '}':
    case 0x00BB:
    case 0x2019:
    case 0x201D:
    case 0x201C:
    case 0x203A:
      return true;
    default:
      return false;
  }
}

bool GapHasLineBreak(std::string_view text, uint32_t b, uint32_t e) {
  for (uint32_t i = b; i < e; ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n' || c == '\r') return true;
    if (c == 0xC2 && i + 1 < e &&
        static_cast<unsigned char>(text[i + 1]) == 0x85) {
      return true;
    }
    if (c == 0xE2 && i + 2 < e &&
        static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(text[i + 2]) == 0xA8 ||
         static_cast<unsigned char>(text[i + 2]) == 0xA9)) {
      return true;
    }
  }
  return false;
}

}  // namespace

SentenceSplitter::SentenceSplitter(const SentenceSplitterOptions& options)
    : options_(options) {
  if (options_.max_tokens == 0) options_.max_tokens = kMaxTokensPerSentence;
  Abbreviations();  // build the set now, not on the first request
}

Status SentenceSplitter::Split(std::string_view text,
                               const std::vector<Token>& tokens,
                               std::vector<Sentence>* sentences,
                               uint32_t base) const {
  sentences->clear();
  const size_t n = tokens.size();
  // Token offsets are relative to the document; `text` starts at `base`.
  auto rel = [&](const Token& t) {
    Token r = t;
    r.span.begin -= base;
    r.span.end -= base;
    return r;
  };
  for (const Token& t : tokens) {
    if (t.span.begin < base || t.span.end < t.span.begin ||
        t.span.end - base > text.size()) {
      return InvalidArgumentError("token outside the text");
    }
  }
  size_t start = 0;
  auto close = [&](size_t end_token) {
    if (end_token <= start) return;
    Sentence s;
    s.span = {tokens[start].span.begin, tokens[end_token - 1].span.end};
    s.token_begin = static_cast<uint32_t>(start);
    s.token_end = static_cast<uint32_t>(end_token);
    sentences->push_back(s);
    start = end_token;
  };

  size_t k = 0;
  while (k < n) {
    if (k > start && options_.split_on_line_breaks) {
      const Token prev = rel(tokens[k - 1]);
      const Token cur = rel(tokens[k]);
      if (GapHasLineBreak(text, prev.span.end, cur.span.begin)) close(k);
    }
    if (k - start >= options_.max_tokens) close(k);
    const Token t = rel(tokens[k]);
    const char32_t cp = FirstCp(text, t);
    if (t.type != TokenType::kPunctuation || !IsTerminatorCp(cp)) {
      ++k;
      continue;
    }
    // Extend over more terminators and closing marks glued to this one.
    size_t last = k;
    while (last + 1 < n && last + 1 - start < options_.max_tokens) {
      const Token nx = rel(tokens[last + 1]);
      const Token cur = rel(tokens[last]);
      if (nx.span.begin != cur.span.end) break;
      const char32_t ncp = FirstCp(text, nx);
      if (nx.type != TokenType::kPunctuation ||
          !(IsTerminatorCp(ncp) || IsCloserCp(ncp))) {
        break;
      }
      ++last;
    }
    bool ends = true;
    // "!" or "?" inside brackets opened after the sentence's first word,
    // the bracket closed right after it and the sentence going on: an
    // aside ("i'lam al-ra'is (al-mukhtafi!) wa-atba'uhu"); a sentence
    // wholly in brackets still ends ("(intaha!) thumma").
    if (cp != '.' && cp != 0x2026 && last + 1 < n && last > k) {
      int open = 0;
      for (size_t j = start + 1; j < k; ++j) {
        const Token tj = rel(tokens[j]);
        if (tj.type != TokenType::kPunctuation) continue;
        const char32_t c = FirstCp(text, tj);
        if (c == '(') ++open;
        if (c == ')' && open > 0) --open;
      }
      const Token closer = rel(tokens[last]);
      const Token next = rel(tokens[last + 1]);
      if (open > 0 && FirstCp(text, closer) == ')' &&
          next.type == TokenType::kWord && next.script == Script::kArabic) {
        ends = false;
      }
    }
    if (ends && last + 1 < n) {
      const Token next = rel(tokens[last + 1]);
      const Token term_end = rel(tokens[last]);
      const bool glued_after = next.span.begin == term_end.span.end;
      const bool single_period = cp == '.' && t.span.size() == 1;
      const Token* prev = k > start ? &tokens[k - 1] : nullptr;
      Token prev_rel;
      if (prev != nullptr) prev_rel = rel(*prev);
      const bool glued_before =
          prev != nullptr && prev_rel.span.end == t.span.begin;
      if (single_period && glued_before && prev->type == TokenType::kWord) {
        const size_t len = CpCount(text, prev_rel, 3);
        std::string_view word =
            text.substr(prev_rel.span.begin, prev_rel.span.size());
        if (len == 1 || Abbreviations().count(AsciiLower(word)) > 0) {
          ends = false;  // initial or abbreviation
        }
      }
      if (ends && glued_after) {
        // "aljazeera.net", "U.S": only Arabic words on both sides split.
        // A period after a space and glued to the next Arabic word
        // ("alfariq .waqad") ends the sentence too, unless it follows a
        // word of one or two letters (initials: "iy .bi").
        const bool arabic_next = next.type == TokenType::kWord &&
                                 next.script == Script::kArabic &&
                                 CpCount(text, next, 2) >= 2;
        const bool arabic_both = prev != nullptr && glued_before &&
                                 prev->script == Script::kArabic &&
                                 arabic_next && CpCount(text, prev_rel, 2) >= 2;
        const bool spaced_before =
            single_period && prev != nullptr && !glued_before && arabic_next &&
            (prev->type != TokenType::kWord || CpCount(text, prev_rel, 3) >= 3);
        if (!arabic_both && !spaced_before) ends = false;
      }
      if (ends && single_period && next.type == TokenType::kWord &&
          next.script == Script::kLatin) {
        const char32_t first = FirstCp(text, next);
        if (first >= 'a' && first <= 'z') ends = false;
      }
    }
    k = last + 1;
    if (ends) close(k);
  }
  close(n);
  return Status::Ok();
}

}  // namespace khabar
