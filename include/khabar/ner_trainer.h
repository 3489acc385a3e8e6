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
// neighbours give distributional profiles and word types (a classifier of
// those profiles trained on the training words, so names never seen in
// training but frequent in news get a type). Sentences are analyzed with
// `morph` (the model the tagger will run with). Same data, options and
// seed: same bytes.

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
  // Labels: BIOES (begin, inside, end, single) or BIO. BIOES gave no gain
  // on the tuning split (docs/ACCURACY.md).
  bool bioes = false;
  // Word dropout: in each pass a training token's identity features are
  // left out with probability word_dropout / (word_dropout + its count in
  // the training data); 0: never.
  double word_dropout = 0.5;
  // Also train the second-pass tagger, which sees the first pass's labels
  // of the following tokens and of the same word in the sentences around
  // (four jackknife taggers first: about three times the training time);
  // without it the model's second pass is empty and
  // NerTaggerOptions::second_pass does nothing.
  bool second_pass = true;
  // Training with a margin: each sentence is decoded with `margin` added to
  // the score of every wrong label (cost-augmented decoding), so the
  // perceptron also updates on sentences it gets right by less than that
  // margin per token. 0: the plain structured perceptron. 256 is the
  // middle of the plateau the tuning split showed (128-512: +1.6 to +1.8
  // F1 over none, mean of four seeds; 1,024 less, 4,096 far less:
  // docs/ACCURACY.md).
  double margin = 256;
  // Word types from raw news: a softmax classifier of each raw word's left
  // and right neighbours (among the word_type_contexts most frequent
  // words) trained on the training words, out of fold for the training
  // sentences; words seen word_type_min_count times or more.
  bool word_types = true;
  uint32_t word_type_min_count = 3;
  size_t word_type_contexts = 1000;
  // Train the word types on each word's class distribution in the training
  // data instead of its majority class.
  bool word_type_soft_labels = false;
  // Average the word-type classifier's weights over all its training steps
  // (averaged SGD) instead of keeping the last ones.
  bool word_type_average = false;
  // Character trigrams of the host word as features (no gain so far).
  bool char_trigrams = false;
  // The host's lemma, light stem and UD features as features (no gain so
  // far).
  bool morph_features = false;
  // For a token split into proclitic + host, the word type and lexicon of
  // the whole token too.
  bool token_views = true;
  // Hierarchical word clusters of raw news (a class-based bigram language
  // model, exchange algorithm then Brown's merges: train/word_clusters.h):
  // the first cluster_raw_bytes of the raw text (cut at a line end) are
  // analyzed with the morphology model, and its words (folded, clitics
  // apart) seen at least cluster_min_count times are clustered into
  // cluster_classes leaves of a binary tree; path prefixes of the host and
  // its neighbours are features.
  bool word_clusters = true;
  size_t cluster_classes = 256;
  uint32_t cluster_min_count = 5;
  size_t cluster_raw_bytes = size_t{100} << 20;
  // More raw news for the word clusters only, read after the raw text and
  // within the same cluster_raw_bytes (the neighbour profiles and word
  // types read the raw text alone). Not owned: it must outlive the call.
  std::string_view cluster_extra_text;
  int cluster_passes = 8;
  // Also the clusters of the tokens two away and cluster bigrams.
  bool cluster_window = false;
  // Also the previous label with the host's cluster.
  bool cluster_labels = false;
  // Members of the ensemble: that many taggers (each with its own
  // jackknife first pass) trained from seeds derived from `seed` (the
  // first: `seed` itself), their weights averaged into one model of the
  // same form (docs/ACCURACY.md, "An ensemble of seeds"). Training takes
  // about that many times as long; decoding costs the same. 1: one tagger.
  int ensemble = 1;
  std::string data_description;
  std::string license;
};

struct NerTrainReport {
  int64_t sentences = 0;
  int64_t tokens = 0;
  int64_t mentions = 0;
  int64_t gazetteer_words = 0;
  int64_t context_words = 0;
  int64_t cluster_words = 0;  // words given a word cluster
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
