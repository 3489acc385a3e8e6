// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// TextAnalyzer: the text-core stage. Adds the display and search views,
// tokens and sentences to a Document.
//
//   auto analyzer = khabar::TextAnalyzer::Create({});
//   if (!analyzer.ok()) return analyzer.status();
//   auto doc = khabar::Document::Create(std::move(bytes));
//   KHABAR_RETURN_IF_ERROR((*analyzer)->Analyze(&*doc));
//
// Thread safety: immutable after Create(); Analyze() is const and may run
// on many threads at once, each on its own Document.

#ifndef KHABAR_TEXT_ANALYZER_H_
#define KHABAR_TEXT_ANALYZER_H_

#include <memory>

#include "khabar/document.h"
#include "khabar/normalizer.h"
#include "khabar/sentence_splitter.h"
#include "khabar/status.h"
#include "khabar/tokenizer.h"

namespace khabar {

struct TextAnalyzerOptions {
  // Options of the two views. Defaults: NormalizerOptions::ForLevel(...).
  NormalizerOptions display =
      NormalizerOptions::ForLevel(NormalizationLevel::kDisplay);
  NormalizerOptions search =
      NormalizerOptions::ForLevel(NormalizationLevel::kSearch);
  // Which views to compute. Defaults: both.
  bool compute_display = true;
  bool compute_search = true;
  TokenizerOptions tokenizer;
  SentenceSplitterOptions sentences;
};

class TextAnalyzer {
 public:
  static StatusOr<std::unique_ptr<const TextAnalyzer>> Create(
      const TextAnalyzerOptions& options);

  // Replaces the document's views, tokens and sentences; a view that is
  // not computed (compute_display / compute_search false) is removed.
  Status Analyze(Document* doc) const;

  const TextAnalyzerOptions& options() const { return options_; }

 private:
  TextAnalyzer(const TextAnalyzerOptions& options,
               std::unique_ptr<const Normalizer> display,
               std::unique_ptr<const Normalizer> search);

  TextAnalyzerOptions options_;
  std::unique_ptr<const Normalizer> display_;
  std::unique_ptr<const Normalizer> search_;
  Tokenizer tokenizer_;
  SentenceSplitter splitter_;
};

}  // namespace khabar

#endif  // KHABAR_TEXT_ANALYZER_H_
