// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Training the NER model (library khabar_train). `khabar train ner` wraps it.
//
//   khabar::StatusOr<std::string> bytes = khabar::TrainNerModel(
//       anercorp_train, aqmar_sentences, morph_model, {}, &report);
//
// `train` are the labelled sentences; `gazetteer` (optional) are labelled
// sentences of another corpus whose entity words become a gazetteer
// feature (kept apart from `train`, so the feature is not learned as a
// perfect predictor). `raw_text` (optional) is plain news whose word
// neighbours give distributional classes. Sentences are analyzed with `morph`
// (the model the tagger will run with). Same data, options and seed: same
// bytes.

#ifndef KHABAR_NER_TRAINER_H_
#define KHABAR_NER_TRAINER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/morph_analyzer.h"
#include "khabar/ner_eval.h"
#include "khabar/status.h"

namespace khabar {

struct NerTrainOptions {
  int epochs = 20;
  uint64_t seed = 20261129;
  // Distributional classes from raw news: words seen this often get their
  // most frequent neighbours among the `context_words` most frequent words.
  uint32_t min_context_count = 10;
  size_t context_words = 255;  // at most 255
  // Also cluster the words by their neighbours (k-means, 64/256/1024).
  // Off: no gain on the tuning split (docs/ACCURACY.md).
  bool clusters = false;
  std::string data_description;
  std::string license;
};

struct NerTrainReport {
  int64_t sentences = 0;
  int64_t tokens = 0;
  int64_t mentions = 0;
  int64_t gazetteer_words = 0;
  int64_t context_words = 0;
  std::vector<std::string> log;
};

StatusOr<std::string> TrainNerModel(const std::vector<NerSentence>& train,
                                    const std::vector<NerSentence>& gazetteer,
                                    std::string_view raw_text,
                                    std::shared_ptr<const MorphModel> morph,
                                    const NerTrainOptions& options,
                                    NerTrainReport* report);

}  // namespace khabar

#endif  // KHABAR_NER_TRAINER_H_
