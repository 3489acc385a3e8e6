// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "clean/boilerplate.h"

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <string>

#include "base/data_file.h"
#include "clean/block_facts.h"
#include "khabar/utf8.h"

namespace khabar {

extern const char kBoilerplateTsv[];
extern const size_t kBoilerplateTsvSize;

namespace {

// True if `form` (matching form) is `pattern` or starts with it and a
// space.
bool StartsWithWords(std::string_view form, std::string_view pattern) {
  return form.starts_with(pattern) &&
         (form.size() == pattern.size() || form[pattern.size()] == ' ');
}

}  // namespace

StatusOr<BoilerplatePatterns> BoilerplatePatterns::Parse(
    std::string_view tsv, const Normalizer& search) {
  BoilerplatePatterns p;
  Status error;
  ForEachDataLine(tsv, [&](size_t line_no, std::string_view line) {
    auto fail = [&](Status s) {
      error =
          InvalidArgumentError("boilerplate table line " +
                               std::to_string(line_no) + ": " + s.message());
      return false;
    };
    const std::vector<std::string_view> cells = SplitTabs(line);
    if (cells.size() != 4) {
      return fail(InvalidArgumentError("expected 4 columns"));
    }
    std::string form;
    Status s = MatchingForm(search, cells[2], &form);
    if (!s.ok()) return fail(s);
    if (form.empty()) return fail(InvalidArgumentError("pattern has no words"));
    std::string reason(cells[3]);
    if (cells[0] == "exact") {
      p.exact_.emplace(std::move(form), std::move(reason));
    } else if (cells[0] == "prefix") {
      p.prefix_.emplace_back(std::move(form), std::move(reason));
    } else if (cells[0] == "head") {
      const size_t words =
          1 + static_cast<size_t>(std::count(form.begin(), form.end(), ' '));
      p.heads_.emplace_back(form, words);
      p.heads_ascii_ =
          p.heads_ascii_ && static_cast<unsigned char>(form[0]) < 0x80;
      p.exact_.emplace(std::move(form), std::move(reason));
    } else if (cells[0] == "tail") {
      p.tails_.push_back({form, false});
      p.prefix_.emplace_back(std::move(form), std::move(reason));
    } else if (cells[0] == "end") {
      p.tails_.push_back({form, true});
      p.labels_.emplace_back(std::move(form), std::move(reason));
    } else if (cells[0] == "contains") {
      p.contains_.emplace_back(std::move(form), std::move(reason));
    } else {
      return fail(InvalidArgumentError("unknown match kind"));
    }
    return true;
  });
  KHABAR_RETURN_IF_ERROR(error);
  // Which written characters normalize to the first letter of a tail
  // pattern (hamza and alef forms, case, ...): the Latin, Arabic and
  // Arabic presentation-form characters tried one by one.
  std::string one, form;
  auto try_char = [&](char32_t c) {
    one.clear();
    AppendUtf8(c, &one);
    if (!MatchingForm(search, one, &form).ok() || form.empty()) return;
    for (const Tail& tail : p.tails_) {
      const std::string& t = tail.form;
      if (t.starts_with(form) || form.starts_with(t)) {
        p.tail_starts_.push_back(c);
        return;
      }
    }
  };
  if (!p.tails_.empty()) {
    for (char32_t c = 0x21; c < 0x250; ++c) try_char(c);
    for (char32_t c = 0x600; c < 0x700; ++c) try_char(c);
    for (char32_t c = 0xFB50; c < 0xFF00; ++c) try_char(c);
  }
  std::sort(p.tail_starts_.begin(), p.tail_starts_.end());
  return p;
}

StatusOr<BoilerplatePatterns> BoilerplatePatterns::Builtin(
    const Normalizer& search) {
  return Parse(std::string_view(kBoilerplateTsv, kBoilerplateTsvSize), search);
}

const std::string* BoilerplatePatterns::Match(const BlockFacts& facts) const {
  const std::string& t = facts.words_text;
  if (t.empty()) return nullptr;
  auto it = exact_.find(t);
  if (it != exact_.end()) return &it->second;
  for (const auto& [pattern, reason] : prefix_) {
    if (StartsWithWords(t, pattern)) return &reason;
  }
  if (facts.words <= kMaxLabelWords && !facts.terminal_punctuation) {
    for (const auto& [pattern, reason] : labels_) {
      if (StartsWithWords(t, pattern)) return &reason;
    }
  }
  if (facts.words <= kMaxBoilerplateContainsWords) {
    for (const auto& [pattern, reason] : contains_) {
      const size_t at = t.find(pattern);
      if (at == std::string::npos) continue;
      const bool starts = at == 0 || t[at - 1] == ' ';
      const size_t end = at + pattern.size();
      const bool ends = end == t.size() || t[end] == ' ';
      if (starts && ends) return &reason;
    }
  }
  return nullptr;
}

namespace {

// The length of the closing mark (quotation mark or bracket) that ends at
// text[k - 1], or 0.
size_t ClosingMarkBefore(std::string_view text, size_t k) {
  if (k == 0) return 0;
  const char c = text[k - 1];
  if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
  const std::string_view head = text.substr(0, k);
  // U+00BB right guillemet, U+201D right double quotation mark.
  if (head.ends_with("\xC2\xBB")) return 2;
  if (head.ends_with("\xE2\x80\x9D")) return 3;
  return 0;
}

// True if a sentence-final mark (. ! ? U+061F) ends at text[k - 1].
bool FinalMarkBefore(std::string_view text, size_t k) {
  if (k == 0) return false;
  const char c = text[k - 1];
  return c == '.' || c == '!' || c == '?' ||
         text.substr(0, k).ends_with("\xD8\x9F");  // Arabic question mark
}

// True if `text` (from a sentence's start to its block's end) reads as a
// label line: at most kMaxLabelWords words and no mark that ends a
// sentence or a quotation at its end (EndsWithTerminal, what Match reads
// of the block cut there): a site's tags after the story ("simat
// al-tahaluf al-duwali. al-'iraq da'ish", marks inside but none after the
// last tag).
bool IsLabel(std::string_view text) {
  if (EndsWithTerminal(text)) return false;
  size_t words = 0;
  bool in_word = false;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!space && !in_word && ++words > kMaxLabelWords) return false;
    in_word = !space;
  }
  return true;
}

// At most `n` bytes of `text` from its start, cut back to a character
// boundary.
std::string_view Head(std::string_view text, size_t n) {
  if (text.size() <= n) return text;
  while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  return text.substr(0, n);
}

}  // namespace

size_t BoilerplatePatterns::TailStart(std::string_view text,
                                      const Normalizer& search) const {
  if (tails_.empty()) return std::string_view::npos;
  size_t longest = 0;
  for (const Tail& t : tails_) longest = std::max(longest, t.form.size());
  std::string form;
  // Each run of spaces (found with memchr) after a final mark and any
  // closing marks starts a sentence.
  for (size_t space = text.find(' '); space != std::string_view::npos;
       space = text.find(' ', space + 1)) {
    size_t k = space;
    while (const size_t close = ClosingMarkBefore(text, k)) k -= close;
    if (!FinalMarkBefore(text, k)) continue;
    size_t j = space;
    while (j < text.size() && (text[j] == ' ' || text[j] == '\t')) ++j;
    space = j - 1;
    if (j >= text.size()) break;
    const DecodedChar first = DecodeUtf8(text, j);
    if (!std::binary_search(tail_starts_.begin(), tail_starts_.end(),
                            first.code_point)) {
      continue;
    }
    // Enough of the sentence for the longest pattern after normalization
    // (which only removes or keeps bytes, plus marks and spaces).
    if (!MatchingForm(search, Head(text.substr(j), 4 * longest + 64), &form)
             .ok()) {
      continue;
    }
    for (const Tail& t : tails_) {
      if (StartsWithWords(form, t.form) &&
          (!t.label || IsLabel(text.substr(j)))) {
        return j;
      }
    }
  }
  return std::string_view::npos;
}

namespace {

// The length of the word separator (space, tab, U+00A0) at text[k], or 0.
size_t SeparatorAt(std::string_view text, size_t k) {
  if (text[k] == ' ' || text[k] == '\t') return 1;
  if (k + 1 < text.size() && text[k] == '\xC2' && text[k + 1] == '\xA0') {
    return 2;
  }
  return 0;
}

// The offset of the first byte at or after k that is no separator.
size_t SkipSeparators(std::string_view text, size_t k) {
  while (k < text.size()) {
    const size_t n = SeparatorAt(text, k);
    if (n == 0) break;
    k += n;
  }
  return k;
}

}  // namespace

size_t BoilerplatePatterns::HeadEnd(std::string_view text,
                                    const Normalizer& search) const {
  if (heads_.empty()) return std::string_view::npos;
  // Cheap test first: a block that starts with an ASCII letter no head
  // pattern starts with (patterns are in matching form: lower case), or
  // with another character when every pattern starts with an ASCII one.
  const size_t first = SkipSeparators(text, 0);
  if (first >= text.size()) return std::string_view::npos;
  const unsigned char c = static_cast<unsigned char>(text[first]);
  if (c < 0x80) {
    const char lower = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    bool any = false;
    for (const auto& head : heads_) any = any || head.first[0] == lower;
    if (!any && heads_ascii_) return std::string_view::npos;
  } else if (heads_ascii_) {
    return std::string_view::npos;
  }
  std::string form;
  for (const auto& [head, words] : heads_) {
    // The end of the block's first `words` words.
    size_t k = SkipSeparators(text, 0);
    for (size_t w = 0; w < words && k < text.size(); ++w) {
      while (k < text.size() && SeparatorAt(text, k) == 0) ++k;
      if (w + 1 < words) k = SkipSeparators(text, k);
    }
    const size_t rest = SkipSeparators(text, k);
    if (rest >= text.size()) continue;  // nothing follows: an exact match
    if (MatchingForm(search, text.substr(0, k), &form).ok() && form == head) {
      return rest;
    }
  }
  return std::string_view::npos;
}

void SplitBoilerplateEdges(const BoilerplatePatterns& patterns,
                           const Normalizer& search, std::string_view input,
                           std::vector<Block>* blocks) {
  for (size_t i = 0; i < blocks->size(); ++i) {
    ByteSpan span = (*blocks)[i].span;
    const size_t rest =
        patterns.HeadEnd(input.substr(span.begin, span.size()), search);
    if (rest != std::string_view::npos) {
      Block head;
      head.span = span;
      head.line = (*blocks)[i].line;
      uint32_t end = static_cast<uint32_t>(span.begin + rest);
      while (end > span.begin) {  // the separators before the rest
        if (input[end - 1] == ' ' || input[end - 1] == '\t') {
          --end;
        } else if (end >= span.begin + 2 && input[end - 2] == '\xC2' &&
                   input[end - 1] == '\xA0') {
          end -= 2;
        } else {
          break;
        }
      }
      head.span.end = end;
      span.begin = static_cast<uint32_t>(span.begin + rest);
      (*blocks)[i].span = span;
      blocks->insert(blocks->begin() + static_cast<std::ptrdiff_t>(i),
                     std::move(head));
      ++i;  // on to the rest
    }
    const size_t at =
        patterns.TailStart(input.substr(span.begin, span.size()), search);
    if (at == std::string_view::npos) continue;
    Block tail;
    tail.span = ByteSpan{static_cast<uint32_t>(span.begin + at), span.end};
    tail.line = (*blocks)[i].line;
    uint32_t end = tail.span.begin;
    while (end > span.begin &&
           (input[end - 1] == ' ' || input[end - 1] == '\t')) {
      --end;
    }
    (*blocks)[i].span.end = end;
    blocks->insert(blocks->begin() + static_cast<std::ptrdiff_t>(i) + 1,
                   std::move(tail));
    ++i;  // the tail holds no further tail
  }
}

float BoilerplateScore(const BlockFacts& f, bool after_last_prose) {
  float s = 0;
  if (f.words <= 3) {
    s += 0.4f;
  } else if (f.words <= 8) {
    s += 0.2f;
  }
  if (!f.terminal_punctuation) s += 0.2f;
  s += 0.4f * f.link_density;
  if (after_last_prose) s += 0.3f;
  return s;
}

void MarkBoilerplate(const BoilerplatePatterns& patterns,
                     CleaningState* state) {
  const size_t n = state->facts.size();
  const int32_t title = state->article->title;
  for (size_t i = 0; i < n; ++i) {
    if (state->dropped(i) || static_cast<int32_t>(i) == title) continue;
    const BlockFacts& f = state->facts[i];
    if (f.words == 0) {
      state->Drop(i, DropReason::kEmpty, "no words");
      continue;
    }
    if (const std::string* reason = patterns.Match(f)) {
      state->Drop(i, DropReason::kBoilerplate, *reason);
    }
  }
}

void MarkByLineScore(CleaningState* state) {
  const size_t n = state->facts.size();
  const int32_t title = state->article->title;
  // The last block that reads as prose: terminal punctuation, 8+ words.
  size_t last_prose = n;
  for (size_t i = n; i-- > 0;) {
    if (state->dropped(i)) continue;
    const BlockFacts& f = state->facts[i];
    if (f.terminal_punctuation && f.words >= 8) {
      last_prose = i;
      break;
    }
  }
  for (size_t i = 0; i < n; ++i) {
    if (state->dropped(i) || static_cast<int32_t>(i) == title) continue;
    const bool after = last_prose < n && i > last_prose;
    const float score = BoilerplateScore(state->facts[i], after);
    if (score >= kBoilerplateScoreThreshold) {
      char note[64];
      std::snprintf(note, sizeof(note), "line score %.2f", score);
      state->Drop(i,
                  state->facts[i].link_density >= 0.5f
                      ? DropReason::kNavigation
                      : DropReason::kBoilerplate,
                  note);
    }
  }
}

}  // namespace khabar
