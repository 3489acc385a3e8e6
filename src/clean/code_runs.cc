// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "clean/code_runs.h"

#include <cstdint>
#include <string>
#include <utility>

#include "clean/text_blocks.h"

namespace khabar {
namespace {

constexpr size_t kMinRunBytes = 60;
constexpr size_t kMinMarks = 4;  // braces and semicolons in a run
constexpr size_t kMaxPieceBytes = 400;
constexpr size_t kMaxArabicWordsInARow = 2;

// Lead bytes of the two-byte UTF-8 forms of U+0600..U+06FF.
bool IsArabicLead(unsigned char c) { return c >= 0xD8 && c <= 0xDB; }

struct Letters {
  size_t arabic = 0;
  size_t other = 0;                  // other characters, ASCII spaces left out
  size_t arabic_words_in_a_row = 0;  // the longest run of Arabic words
};

// Counts characters (not bytes) of `s`; a word is Arabic when it holds two
// Arabic characters or more and no ASCII letter.
Letters Count(std::string_view s) {
  Letters n;
  size_t run = 0;
  size_t word_arabic = 0;
  bool word_latin = false;
  auto end_word = [&] {
    if (word_arabic >= 2 && !word_latin) {
      ++run;
      if (run > n.arabic_words_in_a_row) n.arabic_words_in_a_row = run;
    } else if (word_arabic > 0 || word_latin) {
      run = 0;
    }
    word_arabic = 0;
    word_latin = false;
  };
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (IsAsciiSpace(static_cast<char>(c))) {
      end_word();
      continue;
    }
    if ((c & 0xC0) == 0x80) continue;  // a continuation byte
    if (IsArabicLead(c)) {
      ++n.arabic;
      ++word_arabic;
    } else {
      ++n.other;
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') word_latin = true;
    }
  }
  end_word();
  return n;
}

size_t Marks(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += c == '{' || c == '}' || c == ';';
  return n;
}

// At most `tenths` tenths of the characters are Arabic.
bool FewArabic(const Letters& n, size_t tenths) {
  return n.arabic * 10 <= (n.arabic + n.other) * tenths;
}

bool IsCodePiece(std::string_view s) {
  const Letters n = Count(s);
  return n.arabic_words_in_a_row <= kMaxArabicWordsInARow && FewArabic(n, 3);
}

}  // namespace

std::optional<CodeRun> FindCodeRun(std::string_view text, size_t from) {
  size_t pos = from;
  while (pos < text.size()) {
    const size_t open = text.find('{', pos);
    if (open == std::string_view::npos) return std::nullopt;
    const size_t close = text.find_first_of("{}", open + 1);
    if (close == std::string_view::npos) return std::nullopt;
    pos = open + 1;
    if (text[close] == '{') continue;  // an outer block: its inner one next
    const std::string_view inside = text.substr(open + 1, close - open - 1);
    if (inside.find_first_of(":;") == std::string_view::npos ||
        !IsCodePiece(inside)) {
      continue;
    }
    // Back over the ASCII selector or call before the brace, then forward
    // over spaces and a sentence's last mark ("...inkarihi?. #vote_area2 ul
    // {").
    size_t b = open;
    while (b > from && static_cast<unsigned char>(text[b - 1]) < 0x80 &&
           text[b - 1] != '\n') {
      --b;
    }
    while (b < open && (IsAsciiSpace(text[b]) ||
                        ((text[b] == '.' || text[b] == ',' || text[b] == '!' ||
                          text[b] == '?') &&
                         b + 1 < open && IsAsciiSpace(text[b + 1])))) {
      ++b;
    }
    size_t e = close + 1;
    for (;;) {
      const size_t next = text.find_first_of(";}", e);
      if (next == std::string_view::npos || next + 1 - e > kMaxPieceBytes ||
          !IsCodePiece(text.substr(e, next + 1 - e))) {
        break;
      }
      e = next + 1;
    }
    const std::string_view run = text.substr(b, e - b);
    if (run.size() >= kMinRunBytes && Marks(run) >= kMinMarks &&
        FewArabic(Count(run), 1)) {
      return CodeRun{b, e};
    }
    // A brace inside the pieces just read would end its run at `e` too:
    // go on from there (each byte is read a bounded number of times).
    pos = e;
  }
  return std::nullopt;
}

void SplitCodeRuns(std::string_view input, std::vector<Block>* blocks) {
  // Nearly every article has no brace at all: nothing to rebuild.
  bool braces = false;
  for (const Block& block : *blocks) {
    if (input.substr(block.span.begin, block.span.size()).find('{') !=
        std::string_view::npos) {
      braces = true;
      break;
    }
  }
  if (!braces) return;
  std::vector<Block> out;
  out.reserve(blocks->size() + 2);
  for (Block& block : *blocks) {
    const std::string_view text =
        input.substr(block.span.begin, block.span.size());
    std::optional<CodeRun> run = FindCodeRun(text, 0);
    if (!run) {
      out.push_back(std::move(block));
      continue;
    }
    const uint32_t base = block.span.begin;
    // Text from `b` to `e` of the block, ASCII spaces trimmed, as a block.
    auto keep = [&](size_t b, size_t e) {
      while (b < e && IsAsciiSpace(text[b])) ++b;
      while (e > b && IsAsciiSpace(text[e - 1])) --e;
      if (b == e) return;
      Block piece;
      piece.span = {static_cast<uint32_t>(base + b),
                    static_cast<uint32_t>(base + e)};
      piece.line = block.line;
      out.push_back(std::move(piece));
    };
    size_t at = 0;
    while (run) {
      keep(at, run->begin);
      Block code;
      code.span = {static_cast<uint32_t>(base + run->begin),
                   static_cast<uint32_t>(base + run->end)};
      code.line = block.line;
      code.text = std::string(text.substr(run->begin, run->end - run->begin));
      code.role = PartRole::kDropped;
      code.reason = DropReason::kBoilerplate;
      code.note = "style or script code";
      out.push_back(std::move(code));
      at = run->end;
      run = FindCodeRun(text, at);
    }
    keep(at, text.size());
  }
  *blocks = std::move(out);
}

}  // namespace khabar
