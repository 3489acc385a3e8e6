// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// NER data in the CoNLL "TOKEN TAG" layout (ANERcorp, AQMAR) and CoNLL span
// scoring (conlleval: a mention is right when its tokens and type match
// exactly).
//
//   auto sentences = khabar::ParseNerConll(file_text);   // kDataLoss, line
//   khabar::NerScores s = khabar::ScoreNerSpans(gold_labels, system_labels);
//   double f1 = s.overall.f1();
//
// Tags are normalized to khabar's types: PERS -> PER, MIS -> MISC.
//
// Thread safety: pure functions.

#ifndef KHABAR_NER_EVAL_H_
#define KHABAR_NER_EVAL_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/morph_analyzer.h"
#include "khabar/status.h"

namespace khabar {

struct NerSentence {
  std::vector<std::string> tokens;
  std::vector<std::string> labels;  // "O", "B-PER", "I-LOC", ...
};

// One "TOKEN TAG" per line (space or tab separated), blank lines between
// sentences. kDataLoss with the line number for a line without a tag or a
// tag that is not O, B-T or I-T.
StatusOr<std::vector<NerSentence>> ParseNerConll(std::string_view text);

struct NerSpanScore {
  int64_t gold = 0;
  int64_t system = 0;
  int64_t correct = 0;
  double precision() const;
  double recall() const;
  double f1() const;
};

struct NerScores {
  NerSpanScore overall;
  std::map<std::string, NerSpanScore> by_type;
};

// Spans are read as conlleval does: a mention starts at B-T, or at I-T
// after O or another type, and runs over the I-T after it. kInvalidArgument
// if the sentence or label counts differ.
StatusOr<NerScores> ScoreNerSpans(
    const std::vector<std::vector<std::string>>& gold,
    const std::vector<std::vector<std::string>>& system);

// Analyzes NER sentences (their tokens joined by spaces, one analysis
// sentence per sentence, tokens as given) with the morphological analyzer:
// the text and its analysis, for training and evaluation.
Status AnalyzeNerSentences(MorphAnalyzer* analyzer,
                           const std::vector<NerSentence>& sentences,
                           std::string* text, MorphAnalysis* analysis);

}  // namespace khabar

#endif  // KHABAR_NER_EVAL_H_
