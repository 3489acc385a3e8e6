// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "ner/ner_months.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/utf8.h"
#include "morph/morph_text.h"
#include "ner/ner_consistency.h"

namespace khabar::ner {
namespace {

// The Maghreb months that are no other word: janfi, fifri, afril, juwan,
// juwiliya, ut (folded, as NerToken::host).
const std::vector<std::string>& MaghrebMonths() {
  static const std::vector<std::string> kMonths = {
      morph::FoldForm("\u062C\u0627\u0646\u0641\u064A"),
      morph::FoldForm("\u0641\u064A\u0641\u0631\u064A"),
      morph::FoldForm("\u0623\u0641\u0631\u064A\u0644"),
      morph::FoldForm("\u062C\u0648\u0627\u0646"),
      morph::FoldForm("\u062C\u0648\u064A\u0644\u064A\u0629"),
      morph::FoldForm("\u0623\u0648\u062A")};
  return kMonths;
}

// The other months, names in a date only: the Gregorian months as Egypt
// and the Gulf write them (yanayir .. disambir, maris and may of the
// Maghreb: maris is also "he practised", may "my"), and the Levantine
// months (kanun, shubat, adhar, nisan, ayyar, haziran, tammuz, ab, aylul,
// tishrin: nisan is also Nissan, tammuz a god, ab "father").
const std::vector<std::string>& DateMonths() {
  static const std::vector<std::string> kMonths = {
      morph::FoldForm("\u064A\u0646\u0627\u064A\u0631"),
      morph::FoldForm("\u0641\u0628\u0631\u0627\u064A\u0631"),
      morph::FoldForm("\u0645\u0627\u0631\u0633"),
      morph::FoldForm("\u0623\u0628\u0631\u064A\u0644"),
      morph::FoldForm("\u0645\u0627\u064A\u0648"),
      morph::FoldForm("\u064A\u0648\u0646\u064A\u0648"),
      morph::FoldForm("\u064A\u0648\u0644\u064A\u0648"),
      morph::FoldForm("\u0623\u063A\u0633\u0637\u0633"),
      morph::FoldForm("\u0633\u0628\u062A\u0645\u0628\u0631"),
      morph::FoldForm("\u0623\u0643\u062A\u0648\u0628\u0631"),
      morph::FoldForm("\u0646\u0648\u0641\u0645\u0628\u0631"),
      morph::FoldForm("\u062F\u064A\u0633\u0645\u0628\u0631"),
      morph::FoldForm("\u0645\u0627\u064A"),
      morph::FoldForm("\u0643\u0627\u0646\u0648\u0646"),
      morph::FoldForm("\u0634\u0628\u0627\u0637"),
      morph::FoldForm("\u0622\u0630\u0627\u0631"),
      morph::FoldForm("\u0646\u064A\u0633\u0627\u0646"),
      morph::FoldForm("\u0623\u064A\u0627\u0631"),
      morph::FoldForm("\u062D\u0632\u064A\u0631\u0627\u0646"),
      morph::FoldForm("\u062A\u0645\u0648\u0632"),
      morph::FoldForm("\u0622\u0628"),
      morph::FoldForm("\u0623\u064A\u0644\u0648\u0644"),
      morph::FoldForm("\u062A\u0634\u0631\u064A\u0646")};
  return kMonths;
}

bool Contains(const std::vector<std::string>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// True if token k is a number: ASCII or Arabic-Indic digits only.
bool Number(std::string_view text, const MorphAnalysis& a, size_t k) {
  const ByteSpan span = a.tokens[k].span;
  if (span.end > text.size() || span.begin >= span.end) return false;
  const std::string_view token = text.substr(span.begin, span.size());
  size_t pos = 0;
  while (pos < token.size()) {
    const DecodedChar d = DecodeUtf8(token, pos);
    const bool digit = (d.code_point >= '0' && d.code_point <= '9') ||
                       (d.code_point >= 0x0660 && d.code_point <= 0x0669);
    if (!digit) return false;
    pos += d.length;
  }
  return true;
}

// True if token k is the text `word`.
bool TokenIs(std::string_view text, const MorphAnalysis& a, size_t k,
             std::string_view word) {
  const ByteSpan span = a.tokens[k].span;
  return span.end <= text.size() && span.begin <= span.end &&
         text.substr(span.begin, span.size()) == word;
}

}  // namespace

size_t DropMonthNames(const NerModelData& m, std::string_view text,
                      const MorphAnalysis& a,
                      std::span<const NerToken* const> tokens,
                      std::vector<uint16_t>* labels) {
  static const std::string kShahr = morph::FoldForm("\u0634\u0647\u0631");
  std::vector<uint16_t>& l = *labels;
  const size_t n = std::min({l.size(), tokens.size(), a.tokens.size()});
  size_t dropped = 0;
  for (size_t i = 0; i < n; ++i) {
    if (l[i] == 0 || !m.LabelStarts(l[i]) || MentionEnd(m, l, i, n) != i + 1) {
      continue;
    }
    const std::string& host = tokens[i]->host;
    bool month = Contains(MaghrebMonths(), host);
    if (!month && Contains(DateMonths(), host)) {
      const bool after =
          i > 0 && OnlySpacesBetween(text, a, i - 1) &&
          (Number(text, a, i - 1) ||
           (tokens[i - 1]->host == kShahr && !tokens[i - 1]->enclitic));
      const bool before =
          i + 1 < n && OnlySpacesBetween(text, a, i) && Number(text, a, i + 1);
      // The other calendar's name in parentheses or after a slash: "abril
      // (nisan)", "nisan (abril)", "tammuz/yulyu".
      auto is_month = [&](size_t k) {
        return Contains(MaghrebMonths(), tokens[k]->host) ||
               Contains(DateMonths(), tokens[k]->host);
      };
      auto separator = [&](size_t k) {
        return TokenIs(text, a, k, "(") || TokenIs(text, a, k, "/");
      };
      const bool paired = (i >= 2 && separator(i - 1) && is_month(i - 2)) ||
                          (i + 2 < n && separator(i + 1) && is_month(i + 2));
      month = after || before || paired;
    }
    if (!month) continue;
    l[i] = 0;
    ++dropped;
  }
  return dropped;
}

}  // namespace khabar::ner
