// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/text_analyzer.h"

#include <utility>

namespace khabar {

StatusOr<std::unique_ptr<const TextAnalyzer>> TextAnalyzer::Create(
    const TextAnalyzerOptions& options) {
  NormalizerOptions display = options.display;
  display.level = NormalizationLevel::kDisplay;
  NormalizerOptions search = options.search;
  search.level = NormalizationLevel::kSearch;
  auto d = Normalizer::Create(display);
  if (!d.ok()) return d.status();
  auto s = Normalizer::Create(search);
  if (!s.ok()) return s.status();
  return std::unique_ptr<const TextAnalyzer>(
      new TextAnalyzer(options, std::move(*d), std::move(*s)));
}

TextAnalyzer::TextAnalyzer(const TextAnalyzerOptions& options,
                           std::unique_ptr<const Normalizer> display,
                           std::unique_ptr<const Normalizer> search)
    : options_(options),
      display_(std::move(display)),
      search_(std::move(search)),
      tokenizer_(options.tokenizer),
      splitter_(options.sentences) {}

Status TextAnalyzer::Analyze(Document* doc) const {
  const std::string_view text = doc->text();
  if (options_.compute_display) {
    KHABAR_RETURN_IF_ERROR(display_->Normalize(
        text, doc->mutable_normalized(NormalizationLevel::kDisplay)));
  } else {
    doc->ClearNormalized(NormalizationLevel::kDisplay);
  }
  if (options_.compute_search) {
    KHABAR_RETURN_IF_ERROR(search_->Normalize(
        text, doc->mutable_normalized(NormalizationLevel::kSearch)));
  } else {
    doc->ClearNormalized(NormalizationLevel::kSearch);
  }
  KHABAR_RETURN_IF_ERROR(tokenizer_.Tokenize(text, doc->mutable_tokens()));
  return splitter_.Split(text, doc->tokens(), doc->mutable_sentences());
}

}  // namespace khabar
