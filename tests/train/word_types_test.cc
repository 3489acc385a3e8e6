// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "train/word_types.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <random>
#include <utility>
#include <vector>

#include "morph/hash_index.h"

namespace khabar::train {
namespace {

// 400 words in two groups over 40 neighbour dimensions: group A's
// neighbours are mostly dimensions 0-19, group B's mostly 20-39, with
// noise (a fifth of each word's neighbours from the other group's).
// Word w's key is w + 1; words 0-199 are A, 200-399 are B.
RawProfiles TwoGroupProfiles() {
  RawProfiles p;
  p.dims = 40;
  std::mt19937 rng(11);
  for (uint32_t w = 0; w < 400; ++w) {
    const uint32_t base = w < 200 ? 0 : 20;
    std::vector<float> v(p.dims, 0.0f);
    for (int k = 0; k < 10; ++k) {
      const bool other = rng() % 5 == 0;
      const uint32_t d = ((other ? 20 - base : base) + rng() % 20);
      v[d] += 1.0f;
    }
    float norm = 0;
    for (float x : v) norm += x * x;
    p.row.Insert(w + 1, w);
    p.keys.push_back(w + 1);
    for (uint32_t d = 0; d < p.dims; ++d) {
      if (v[d] == 0.0f) continue;
      p.features.push_back(d);
      p.values.push_back(v[d] / std::sqrt(norm));
    }
    p.offsets.push_back(static_cast<uint32_t>(p.features.size()));
  }
  return p;
}

// Every fourth word labelled: group A as persons (class 1), group B as O;
// one labelled word in ten given the other group's class (label noise).
std::vector<std::pair<uint64_t, ClassCounts>> Labelled() {
  std::vector<std::pair<uint64_t, ClassCounts>> out;
  for (uint32_t w = 0; w < 400; w += 4) {
    ClassCounts c{};
    const bool noisy = (w / 4) % 10 == 3;
    c[(w < 200) != noisy ? 1 : 0] = 3;
    out.emplace_back(w + 1, c);
  }
  return out;
}

uint32_t BestClass(const morph::HashIndex& types, uint64_t key) {
  const uint32_t* v = types.Find(key);
  return v == nullptr ? 99 : (*v >> 12 & 7);
}

TEST(WordTypesTest, WordsNeverLabelledGetTheirNeighboursClass) {
  const RawProfiles p = TwoGroupProfiles();
  for (bool average : {false, true}) {
    const morph::HashIndex types =
        ClassifyWords(p, Labelled(), 1, /*soft=*/false, average);
    size_t right = 0;
    for (uint32_t w = 0; w < 400; ++w) {
      if (w % 4 == 0) continue;  // labelled
      right += BestClass(types, w + 1) == (w < 200 ? 1u : 0u) ? 1 : 0;
    }
    EXPECT_GE(right, 270u) << "average " << average;  // of 300
  }
}

TEST(WordTypesTest, AveragedWeightsAreLessSure) {
  // The mean over steps keeps some of the early, small weights: the
  // person probability of group A's words (3 bits each) is lower on the
  // whole than with the last weights, and the classes the same.
  const RawProfiles p = TwoGroupProfiles();
  const morph::HashIndex last = ClassifyWords(p, Labelled(), 1, false, false);
  const morph::HashIndex mean = ClassifyWords(p, Labelled(), 1, false, true);
  uint32_t last_sum = 0, mean_sum = 0;
  size_t same_class = 0;
  for (uint32_t w = 0; w < 200; ++w) {
    last_sum += *last.Find(w + 1) & 7;
    mean_sum += *mean.Find(w + 1) & 7;
    same_class += BestClass(last, w + 1) == BestClass(mean, w + 1) ? 1 : 0;
  }
  EXPECT_LT(mean_sum, last_sum);
  EXPECT_GE(same_class, 190u);
}

}  // namespace
}  // namespace khabar::train
