// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Scoring main-text extraction the way trafilatura's evaluation does: each
// page comes with snippets that must appear in the extracted text ("with")
// and snippets that must not ("without"). Both sides are compared after
// collapsing every whitespace run (Unicode White_Space, as Python's \s) to
// one space and trimming; a snippet "appears" if it is a substring.
//   with found      -> true positive     with missed  -> false negative
//   without found   -> false positive    without absent -> true negative
//
//   khabar::ExtractionScores scores;
//   for (const Page& p : pages)
//     khabar::ScoreExtraction(extracted[p], p.with, p.without, &scores);
//   scores.Finish();  // precision, recall, f1, accuracy
//
// Thread safety: pure functions on caller-owned values.

#ifndef KHABAR_EXTRACTION_EVAL_H_
#define KHABAR_EXTRACTION_EVAL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace khabar {

struct ExtractionScores {
  uint64_t tp = 0;
  uint64_t fp = 0;
  uint64_t tn = 0;
  uint64_t fn = 0;
  double precision = 0;
  double recall = 0;
  double f1 = 0;
  double accuracy = 0;

  // Computes the ratios from the counts (0 when a denominator is 0).
  void Finish();
  // Adds another set of counts (ratios need Finish() again).
  void Add(const ExtractionScores& other);
};

// `text` with every whitespace run as one space, trimmed.
std::string NormalizeEvalWhitespace(std::string_view text);

// Scores one page's extracted text against its snippets and adds the counts
// to `*scores` (ratios are not updated: call Finish()).
void ScoreExtraction(std::string_view extracted,
                     const std::vector<std::string>& with_snippets,
                     const std::vector<std::string>& without_snippets,
                     ExtractionScores* scores);

}  // namespace khabar

#endif  // KHABAR_EXTRACTION_EVAL_H_
