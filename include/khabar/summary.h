// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Extractive summary of a news article: the k sentences that best cover the
// article's terms, with a bias to the lead, returned in article order.
//
//   khabar::MorphAnalysis analysis = ...;  // of `text` (morph_analyzer.h)
//   khabar::SummaryOptions options;        // 3 sentences
//   options.df = df.get();                 // optional idf weights
//   options.title = {0, title_end};        // the headline: never chosen
//   std::vector<khabar::SummarySentence> summary;
//   KHABAR_RETURN_IF_ERROR(
//       khabar::Summarize(text, analysis, options, &summary));
//   for (const khabar::SummarySentence& s : summary) {
//     show(text.substr(s.span.begin, s.span.size()));
//   }
//
// Give it the cleaned article's main text (Article::MainText(), or the
// title and body blocks): captions and dropped boilerplate should not be in
// `text`; spans listed in options.exclude are never chosen and do not count
// either, for callers that analyze the whole input.
//
// Scoring (docs/SUMMARY.md): terms as in keywords.h (content lemmas, no
// stopwords), weighted by idf when options.df is set. A sentence's
// centrality is the cosine between its term vector and the document's (the
// headline counted twice, the sentence itself left out); its position score
// is 1 / sqrt(1 + i) for the i-th eligible sentence; score =
// (1 - position_weight) * centrality + position_weight * position. Chosen
// greedily by score, skipping a sentence whose term set overlaps a chosen
// one's by more than max_overlap (Jaccard), or that has fewer than
// min_terms terms.
//
// Errors: kInvalidArgument when the analysis does not fit `text`.
// Thread safety: a pure function (options.df is only read).

#ifndef KHABAR_SUMMARY_H_
#define KHABAR_SUMMARY_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/alignment.h"
#include "khabar/keywords.h"
#include "khabar/morph_analyzer.h"
#include "khabar/status.h"

namespace khabar {

struct SummaryOptions {
  // Sentences in the summary (fewer if the text has fewer eligible ones).
  // Default 3.
  size_t max_sentences = 3;
  // Idf weights for terms; not owned, may be null (then every term weighs
  // 1). Default null.
  const DocFrequencies* df = nullptr;
  // The headline's span in `text`, if any: never chosen, its terms count
  // twice in the document vector. Default empty (no headline).
  ByteSpan title;
  // Spans (captions, boilerplate) whose sentences are never chosen and not
  // counted. Default none.
  std::vector<ByteSpan> exclude;
  // Weight of the lead bias against centrality, in [0, 1]. Default 0.3.
  double position_weight = 0.3;
  // Largest Jaccard overlap of term sets between two chosen sentences.
  // Default 0.5.
  double max_overlap = 0.5;
  // Sentences with fewer terms are not chosen. Default 4.
  size_t min_terms = 4;
};

struct SummarySentence {
  ByteSpan span;  // the sentence, in `text`
  double score = 0;
  uint32_t index = 0;  // the sentence's index in analysis.sentences
};

// Chooses up to options.max_sentences sentences of `text` into `*out`
// (replaced), in article order.
Status Summarize(std::string_view text, const MorphAnalysis& analysis,
                 const SummaryOptions& options,
                 std::vector<SummarySentence>* out);

// Appends `summary` as a JSON array [{"begin": 10, "end": 90, "text":
// "...", "score": 0.52}]: offsets are bytes plus `offset_base`, text is
// `text`'s bytes at the span. Thread safety: a pure function.
void AppendSummaryJson(std::string_view text,
                       const std::vector<SummarySentence>& summary,
                       uint64_t offset_base, std::string* out);

}  // namespace khabar

#endif  // KHABAR_SUMMARY_H_
