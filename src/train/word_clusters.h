// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal (training): hierarchical word clusters of a class-based bigram
// language model (Brown et al. 1992), learned from raw text. Two stages:
//
//   1. Flat classes by the exchange algorithm (Kneser and Ney 1993; Martin,
//      Liermann and Ney 1998): every word of the vocabulary starts in class
//      (frequency rank mod classes), so the most frequent words start
//      alone; then, pass after pass, each word moves to the class that most
//      raises the likelihood of the corpus under the class bigram model
//      p(w_i | w_i-1) = p(c_i | c_i-1) p(w_i | c_i), until no word moves
//      or the passes run out.
//   2. A binary tree over those classes by Brown's agglomerative merging:
//      repeatedly merge the two classes whose merge loses the least
//      likelihood (average mutual information of adjacent classes), with
//      the incremental loss updates of Brown et al., until one is left.
//
// A word's cluster is its class's path from the root of the tree (bit 0:
// the first-merged side); prefixes of the path are coarser clusters, as
// with Brown clusters (Ratinov and Roth 2009 use prefixes of 4, 6, 10 and
// 20 bits as NER features).
//
// The objective, with N(c, d) the count of bigrams of classes c then d and
// N(c) the count of the words of class c: sum_cd f(N(c, d)) - 2 sum_c
// f(N(c)), f(x) = x log x (the log-likelihood up to terms that do not
// depend on the classes).
//
// Deterministic: words are ordered by count then key, ties go to the lower
// class, no randomness.
//
//   std::vector<uint64_t> corpus = ...;  // word keys, 0 between sentences
//   std::vector<train::WordCluster> clusters;
//   KHABAR_RETURN_IF_ERROR(train::BuildWordClusters(corpus, {}, &clusters));

#ifndef KHABAR_TRAIN_WORD_CLUSTERS_H_
#define KHABAR_TRAIN_WORD_CLUSTERS_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "khabar/status.h"

namespace khabar::train {

struct WordClusterOptions {
  // Leaves of the tree (flat classes of the exchange algorithm).
  size_t classes = 256;
  // Words seen fewer times are left out (their bigrams too); at most
  // max_words words, the most frequent.
  uint32_t min_count = 5;
  size_t max_words = 60000;
  // Exchange passes over the vocabulary (fewer if no word moves).
  int passes = 8;
};

struct WordCluster {
  uint64_t key = 0;   // the word's key, as in the corpus
  uint64_t path = 0;  // its class's path from the root, first step highest
  uint32_t bits = 0;  // path length (at most 64; deeper paths are cut)
  uint32_t leaf = 0;  // its flat class
};

struct WordClusterReport {
  size_t words = 0;           // clustered vocabulary
  size_t tokens = 0;          // corpus tokens in the vocabulary
  int passes = 0;             // exchange passes run
  size_t last_moves = 0;      // words moved in the last pass
  double log_likelihood = 0;  // objective after the exchange passes
  uint32_t max_depth = 0;     // deepest leaf of the tree
};

// Clusters the words of `corpus` (word keys; 0 marks a sentence boundary:
// no bigram across it). `out` gets one entry per clustered word, sorted by
// key. kInvalidArgument if options.classes < 2.
Status BuildWordClusters(const std::vector<uint64_t>& corpus,
                         const WordClusterOptions& options,
                         std::vector<WordCluster>* out,
                         WordClusterReport* report = nullptr);

}  // namespace khabar::train

#endif  // KHABAR_TRAIN_WORD_CLUSTERS_H_
