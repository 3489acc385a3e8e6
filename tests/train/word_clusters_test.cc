// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "train/word_clusters.h"

#include <gtest/gtest.h>

#include <cstddef>
#include <cstdint>
#include <map>
#include <random>
#include <vector>

#include "khabar/status.h"

namespace khabar::train {
namespace {

// Words 1..: the frames "10 a 11" with a in 1..5 (group A) and "20 b 21"
// with b in 6..10 (group B), sentence after sentence, in a fixed
// pseudo-random order; A and B words never share a neighbour.
std::vector<uint64_t> TwoGroupCorpus() {
  std::vector<uint64_t> corpus;
  std::mt19937 rng(7);
  for (int s = 0; s < 2000; ++s) {
    const uint64_t w = 1 + rng() % 10;
    if (w <= 5) {
      corpus.insert(corpus.end(), {100, w, 110});
    } else {
      corpus.insert(corpus.end(), {200, w, 210});
    }
    corpus.push_back(0);
  }
  return corpus;
}

std::map<uint64_t, WordCluster> ByKey(const std::vector<WordCluster>& v) {
  std::map<uint64_t, WordCluster> m;
  for (const WordCluster& c : v) m[c.key] = c;
  return m;
}

TEST(WordClustersTest, WordsWithTheSameContextsShareACluster) {
  WordClusterOptions options;
  options.classes = 6;
  options.min_count = 1;
  std::vector<WordCluster> clusters;
  WordClusterReport report;
  ASSERT_TRUE(
      BuildWordClusters(TwoGroupCorpus(), options, &clusters, &report).ok());
  EXPECT_EQ(report.words, 14u);
  EXPECT_EQ(report.tokens, 6000u);
  ASSERT_EQ(clusters.size(), 14u);
  const auto c = ByKey(clusters);
  for (uint64_t w = 2; w <= 5; ++w) {
    EXPECT_EQ(c.at(w).leaf, c.at(1).leaf) << w;
    EXPECT_EQ(c.at(w).path, c.at(1).path) << w;
  }
  for (uint64_t w = 7; w <= 10; ++w) EXPECT_EQ(c.at(w).leaf, c.at(6).leaf);
  EXPECT_NE(c.at(1).leaf, c.at(6).leaf);
  EXPECT_NE(c.at(1).leaf, c.at(100).leaf);
  EXPECT_NE(c.at(6).leaf, c.at(210).leaf);
  // Six leaves of one tree: distinct paths, none a prefix of another.
  std::map<uint32_t, std::pair<uint64_t, uint32_t>> leaves;
  for (const WordCluster& w : clusters) leaves[w.leaf] = {w.path, w.bits};
  EXPECT_EQ(leaves.size(), 6u);
  for (const auto& [la, a] : leaves) {
    EXPECT_GE(a.second, 1u);
    for (const auto& [lb, b] : leaves) {
      if (la == lb || a.second > b.second) continue;
      EXPECT_NE(b.first >> (b.second - a.second), a.first)
          << "leaf " << la << " is a prefix of leaf " << lb;
    }
  }
}

TEST(WordClustersTest, Deterministic) {
  // A noisier corpus: the same clusters and paths on every run.
  std::vector<uint64_t> corpus;
  std::mt19937 rng(11);
  for (int i = 0; i < 20000; ++i) {
    corpus.push_back(rng() % 7 == 0 ? 0 : 1 + rng() % 60 + (i % 3) * 5);
  }
  WordClusterOptions options;
  options.classes = 8;
  options.min_count = 1;
  std::vector<WordCluster> a, b;
  ASSERT_TRUE(BuildWordClusters(corpus, options, &a).ok());
  ASSERT_TRUE(BuildWordClusters(corpus, options, &b).ok());
  ASSERT_EQ(a.size(), b.size());
  ASSERT_FALSE(a.empty());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].key, b[i].key);
    EXPECT_EQ(a[i].path, b[i].path);
    EXPECT_EQ(a[i].bits, b[i].bits);
    EXPECT_EQ(a[i].leaf, b[i].leaf);
  }
}

TEST(WordClustersTest, ExchangeRaisesTheLikelihood) {
  WordClusterOptions options;
  options.classes = 6;
  options.min_count = 1;
  options.passes = 0;  // the initial classes (rank mod 6)
  std::vector<WordCluster> clusters;
  WordClusterReport before, after;
  ASSERT_TRUE(
      BuildWordClusters(TwoGroupCorpus(), options, &clusters, &before).ok());
  options.passes = 8;
  ASSERT_TRUE(
      BuildWordClusters(TwoGroupCorpus(), options, &clusters, &after).ok());
  EXPECT_GT(after.log_likelihood, before.log_likelihood);
  EXPECT_EQ(after.last_moves, 0u);  // converged
}

TEST(WordClustersTest, RareWordsAndLimits) {
  std::vector<uint64_t> corpus = TwoGroupCorpus();
  corpus.insert(corpus.end(), {100, 999, 110, 0});  // 999 once
  WordClusterOptions options;
  options.classes = 4;
  options.min_count = 2;
  std::vector<WordCluster> clusters;
  ASSERT_TRUE(BuildWordClusters(corpus, options, &clusters).ok());
  EXPECT_EQ(ByKey(clusters).count(999), 0u);
  EXPECT_EQ(clusters.size(), 14u);
  options.max_words = 3;
  ASSERT_TRUE(BuildWordClusters(corpus, options, &clusters).ok());
  EXPECT_EQ(clusters.size(), 3u);  // the frame words, seen most
  options.classes = 1;
  EXPECT_EQ(BuildWordClusters(corpus, options, &clusters).code(),
            StatusCode::kInvalidArgument);
  options.classes = 4;
  ASSERT_TRUE(BuildWordClusters({}, options, &clusters).ok());
  EXPECT_TRUE(clusters.empty());
}

}  // namespace
}  // namespace khabar::train
