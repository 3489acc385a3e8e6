// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "ner/ner_quoted_names.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace khabar::ner {
namespace {

// At most this many tokens between the marks.
constexpr size_t kMaxNameTokens = 5;

// The closing mark of opening mark `mark`, or "" if it is none. Curly
// marks are also written right-first in Arabic news.
std::string_view ClosingMark(std::string_view mark) {
  if (mark == "\xC2\xAB") return "\xC2\xBB";          // guillemets
  if (mark == "\xE2\x80\x9C") return "\xE2\x80\x9D";  // curly, left first
  if (mark == "\xE2\x80\x9D") return "\xE2\x80\x9C";  // curly, right first
  if (mark == "\"" || mark == "'") return mark;
  return {};
}

bool IsMark(std::string_view token) {
  return !ClosingMark(token).empty() || token == "\xC2\xBB";
}

// Punctuation that ends a clause: a quoted name does not hold it.
bool IsClausePunctuation(std::string_view token) {
  for (std::string_view p :
       {".", ",", ":", ";", "!", "?", "\xD8\x8C" /* comma */,
        "\xD8\x9B" /* semicolon */, "\xD8\x9F" /* question mark */}) {
    if (token == p) return true;
  }
  return false;
}

}  // namespace

size_t LabelQuotedNames(const NerModelData& m, std::string_view text,
                        const MorphAnalysis& a,
                        std::span<const NerToken* const> tokens,
                        const NerWordTable& nouns,
                        std::vector<uint16_t>* labels) {
  if (nouns.size() == 0) return 0;
  std::vector<uint16_t>& l = *labels;
  auto token_text = [&](size_t k) {
    const ByteSpan span = a.tokens[k].span;
    return text.substr(span.begin, span.end - span.begin);
  };
  size_t named = 0;
  for (const MorphSentence& s : a.sentences) {
    const size_t end = std::min<size_t>(
        {size_t{s.first_token} + s.token_count, l.size(), tokens.size()});
    for (size_t i = size_t{s.first_token} + 1; i + 2 < end; ++i) {
      const std::string_view close = ClosingMark(token_text(i));
      if (close.empty()) continue;
      const std::string_view type_name = nouns.TypeOf(tokens[i - 1]->host);
      if (type_name.empty()) continue;
      const size_t type = m.TypeIndex(type_name);
      if (type == m.types.size()) continue;
      // The closing mark, the words before it plain.
      size_t j = i + 1;
      bool letter = false;
      for (; j < end && j <= i + kMaxNameTokens; ++j) {
        const std::string_view t = token_text(j);
        if (t == close || IsMark(t) || IsClausePunctuation(t)) break;
        const char shape = tokens[j]->shape;
        letter |= shape == 'a' || shape == 'l' || shape == 'm';
      }
      if (j == i + 1 || j >= end || token_text(j) != close || !letter) {
        continue;
      }
      const size_t count = j - i - 1;
      for (size_t k = i + 1; k < j; ++k) {
        size_t role = k == i + 1 ? 0 : 1;
        if (m.roles() == 4 && k + 1 == j) role = count == 1 ? 3 : 2;
        l[k] = m.Label(type, role);
      }
      l[i] = 0;
      l[j] = 0;
      // A mention that went on past the closing mark starts after it.
      if (j + 1 < l.size() && l[j + 1] != 0 && !m.LabelStarts(l[j + 1])) {
        l[j + 1] = m.AsStart(l[j + 1]);
      }
      ++named;
      i = j;
    }
  }
  return named;
}

}  // namespace khabar::ner
