// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/ner_eval.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "khabar/alignment.h"
#include "khabar/morph_analyzer.h"
#include "khabar/status.h"
#include "khabar/utf8.h"

namespace khabar {
namespace {

std::string NormalizeType(std::string_view type) {
  if (type == "PERS") return "PER";
  if (type == "MIS") return "MISC";
  return std::string(type);
}

using Span = std::tuple<size_t, size_t, std::string>;  // begin, end, type

std::set<Span> Spans(const std::vector<std::string>& labels) {
  std::set<Span> out;
  size_t i = 0;
  while (i < labels.size()) {
    const std::string& l = labels[i];
    if (l.size() < 3 || (l[0] != 'B' && l[0] != 'I')) {
      ++i;
      continue;
    }
    const std::string type = l.substr(2);
    size_t j = i + 1;
    while (j < labels.size() && labels[j].size() > 2 && labels[j][0] == 'I' &&
           labels[j].substr(2) == type) {
      ++j;
    }
    out.emplace(i, j, type);
    i = j;
  }
  return out;
}

}  // namespace

double NerSpanScore::precision() const {
  return system == 0 ? 0 : static_cast<double>(correct) / system;
}
double NerSpanScore::recall() const {
  return gold == 0 ? 0 : static_cast<double>(correct) / gold;
}
double NerSpanScore::f1() const {
  const double p = precision(), r = recall();
  return p + r == 0 ? 0 : 2 * p * r / (p + r);
}

StatusOr<std::vector<NerSentence>> ParseNerConll(std::string_view text) {
  if (FindInvalidUtf8(text) != std::string_view::npos) {
    return DataLossError("ner data: invalid UTF-8");
  }
  std::vector<NerSentence> out;
  NerSentence current;
  size_t pos = 0, line_no = 0;
  while (pos <= text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    while (!line.empty() &&
           (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
      line.remove_suffix(1);
    }
    if (line.empty()) {
      if (!current.tokens.empty()) out.push_back(std::move(current));
      current = NerSentence();
      if (eol == text.size()) break;
      continue;
    }
    const size_t sep = line.find_last_of(" \t");
    if (sep == std::string_view::npos || sep == 0) {
      return DataLossError("ner data: line " + std::to_string(line_no) +
                           ": expected 'TOKEN TAG'");
    }
    std::string_view token = line.substr(0, sep);
    while (!token.empty() && (token.back() == ' ' || token.back() == '\t')) {
      token.remove_suffix(1);
    }
    const std::string_view tag = line.substr(sep + 1);
    std::string label;
    if (tag == "O") {
      label = "O";
    } else if (tag.size() > 2 && (tag[0] == 'B' || tag[0] == 'I') &&
               tag[1] == '-') {
      label = std::string(tag.substr(0, 2)) + NormalizeType(tag.substr(2));
    } else {
      return DataLossError("ner data: line " + std::to_string(line_no) +
                           ": bad tag '" + std::string(tag) + "'");
    }
    if (token.empty()) {
      return DataLossError("ner data: line " + std::to_string(line_no) +
                           ": empty token");
    }
    current.tokens.emplace_back(token);
    current.labels.push_back(std::move(label));
    if (eol == text.size()) break;
  }
  if (!current.tokens.empty()) out.push_back(std::move(current));
  return out;
}

StatusOr<NerScores> ScoreNerSpans(
    const std::vector<std::vector<std::string>>& gold,
    const std::vector<std::vector<std::string>>& system) {
  if (gold.size() != system.size()) {
    return InvalidArgumentError("ner scoring: " + std::to_string(gold.size()) +
                                " gold sentences, " +
                                std::to_string(system.size()) + " system");
  }
  NerScores scores;
  for (size_t s = 0; s < gold.size(); ++s) {
    if (gold[s].size() != system[s].size()) {
      return InvalidArgumentError("ner scoring: sentence " +
                                  std::to_string(s + 1) +
                                  " has different token counts");
    }
    const std::set<Span> g = Spans(gold[s]);
    const std::set<Span> p = Spans(system[s]);
    for (const Span& span : g) {
      ++scores.overall.gold;
      ++scores.by_type[std::get<2>(span)].gold;
      if (p.count(span)) {
        ++scores.overall.correct;
        ++scores.by_type[std::get<2>(span)].correct;
      }
    }
    for (const Span& span : p) {
      ++scores.overall.system;
      ++scores.by_type[std::get<2>(span)].system;
    }
  }
  return scores;
}

Status AnalyzeNerSentences(MorphAnalyzer* analyzer,
                           const std::vector<NerSentence>& sentences,
                           std::string* text, MorphAnalysis* analysis) {
  text->clear();
  std::vector<std::vector<ByteSpan>> spans;
  spans.reserve(sentences.size());
  for (const NerSentence& s : sentences) {
    std::vector<ByteSpan>& out = spans.emplace_back();
    for (const std::string& token : s.tokens) {
      if (!text->empty()) text->push_back(' ');
      const uint32_t begin = static_cast<uint32_t>(text->size());
      text->append(token);
      out.push_back(ByteSpan{begin, static_cast<uint32_t>(text->size())});
    }
    text->push_back('\n');
  }
  return analyzer->AnalyzeTokens(*text, spans, analysis);
}

}  // namespace khabar
