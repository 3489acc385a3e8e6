// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "train/word_types.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <numeric>
#include <random>
#include <string_view>
#include <utility>
#include <vector>

#include "train/word_contexts.h"

namespace khabar::train {

Status BuildRawProfiles(std::string_view raw, uint32_t min_count, size_t top,
                        RawProfiles* out) {
  std::vector<std::pair<uint32_t, uint64_t>> by_count;
  KHABAR_RETURN_IF_ERROR(RawWordsByCount(raw, &by_count));
  morph::HashIndex rank;  // context word -> rank
  for (size_t i = 0; i < by_count.size() && i < top; ++i) {
    rank.Insert(by_count[i].second, static_cast<uint32_t>(i));
  }
  for (const auto& [count, key] : by_count) {
    if (count < min_count) break;
    out->row.Insert(key, static_cast<uint32_t>(out->keys.size()));
    out->keys.push_back(key);
  }
  out->dims = 2 * top;
  // (row, feature) pairs, counted after sorting: features are the left and
  // right neighbours (side 0, 1).
  std::vector<uint64_t> pairs;
  uint64_t prev = 0;
  auto pair = [&](uint64_t word, uint64_t context, uint32_t side) {
    if (word == 0 || context == 0) return;
    const uint32_t* t = out->row.Find(word);
    if (t == nullptr) return;
    const uint32_t* r = rank.Find(context);
    if (r == nullptr) return;
    pairs.push_back(uint64_t{*t} << 32 | (side * top + *r));
  };
  KHABAR_RETURN_IF_ERROR(train::ForEachRawToken(raw, [&](uint64_t key) {
    pair(key, prev, 0);
    pair(prev, key, 1);
    prev = key;
  }));
  std::sort(pairs.begin(), pairs.end());
  size_t i = 0;
  for (size_t r = 0; r < out->keys.size(); ++r) {
    const size_t begin = out->values.size();
    while (i < pairs.size() && (pairs[i] >> 32) == r) {
      size_t j = i;
      while (j < pairs.size() && pairs[j] == pairs[i]) ++j;
      out->features.push_back(static_cast<uint32_t>(pairs[i] & 0xFFFFFFFFu));
      out->values.push_back(std::log1p(static_cast<float>(j - i)));
      i = j;
    }
    float norm = 0;
    for (size_t k = begin; k < out->values.size(); ++k) {
      norm += out->values[k] * out->values[k];
    }
    if (norm > 0) {
      norm = 1.0f / std::sqrt(norm);
      for (size_t k = begin; k < out->values.size(); ++k)
        out->values[k] *= norm;
    }
    out->offsets.push_back(static_cast<uint32_t>(out->values.size()));
  }
  return Status::Ok();
}

morph::HashIndex ClassifyWords(
    const RawProfiles& p,
    const std::vector<std::pair<uint64_t, ClassCounts>>& labelled,
    uint64_t seed, bool soft, bool average) {
  constexpr size_t kClasses = 5;
  std::vector<std::pair<uint32_t, uint32_t>> examples;  // row, class
  std::vector<std::array<float, kClasses>> targets;     // by example
  for (const auto& [key, counts] : labelled) {
    const uint32_t* row = p.row.Find(key);
    if (row == nullptr) continue;
    const uint32_t best = static_cast<uint32_t>(
        std::max_element(counts.begin(), counts.end()) - counts.begin());
    examples.emplace_back(*row, static_cast<uint32_t>(targets.size()));
    std::array<float, kClasses>& t = targets.emplace_back();
    // A training word has at least one token.
    const float total = static_cast<float>(std::max<uint32_t>(
        1, std::accumulate(counts.begin(), counts.end(), uint32_t{0})));
    for (size_t c = 0; c < kClasses; ++c) {
      t[c] = soft ? static_cast<float>(counts[c]) / total
                  : (c == best ? 1.0f : 0.0f);
    }
  }
  std::vector<float> w(p.dims * kClasses, 0.0f), b(kClasses, 0.0f);
  auto scores = [&](uint32_t row, float* out) {
    for (size_t c = 0; c < kClasses; ++c) out[c] = b[c];
    for (uint32_t k = p.offsets[row]; k < p.offsets[row + 1]; ++k) {
      const float* wr = &w[size_t{p.features[k]} * kClasses];
      for (size_t c = 0; c < kClasses; ++c) out[c] += wr[c] * p.values[k];
    }
    float mx = out[0];
    for (size_t c = 1; c < kClasses; ++c) mx = std::max(mx, out[c]);
    float sum = 0;
    for (size_t c = 0; c < kClasses; ++c) {
      out[c] = std::exp(out[c] - mx);
      sum += out[c];
    }
    for (size_t c = 0; c < kClasses; ++c) out[c] /= sum;
  };
  std::mt19937_64 rng(seed);
  float prob[kClasses];
  // With `average`, the weights are the mean over all steps (averaged
  // SGD, the perceptron's trick: u sums step x change).
  std::vector<double> wu, bu;
  if (average) {
    wu.assign(w.size(), 0.0);
    bu.assign(b.size(), 0.0);
  }
  double step = 1;
  for (int epoch = 0; epoch < 10; ++epoch) {
    std::shuffle(examples.begin(), examples.end(), rng);
    const float rate = 0.5f / (1.0f + static_cast<float>(epoch));
    for (const auto& [row, target] : examples) {
      scores(row, prob);
      for (size_t c = 0; c < kClasses; ++c) {
        const float g = rate * (targets[target][c] - prob[c]);
        b[c] += g;
        if (average) bu[c] += step * g;
        for (uint32_t k = p.offsets[row]; k < p.offsets[row + 1]; ++k) {
          const size_t i = size_t{p.features[k]} * kClasses + c;
          w[i] += g * p.values[k];
          if (average) wu[i] += step * g * p.values[k];
        }
      }
      step += 1;
    }
  }
  if (average) {
    for (size_t i = 0; i < w.size(); ++i) {
      w[i] = static_cast<float>(w[i] - wu[i] / step);
    }
    for (size_t c = 0; c < kClasses; ++c) {
      b[c] = static_cast<float>(b[c] - bu[c] / step);
    }
  }
  morph::HashIndex out;
  for (uint32_t row = 0; row < p.keys.size(); ++row) {
    scores(row, prob);
    uint32_t v = 1u << 31;
    size_t best = 0;
    for (size_t c = 1; c < kClasses; ++c) {
      if (prob[c] > prob[best]) best = c;
    }
    for (size_t t = 0; t < 4; ++t) {
      v |= std::min<uint32_t>(7, static_cast<uint32_t>(prob[t + 1] * 8))
           << (3 * t);
    }
    v |= static_cast<uint32_t>(best) << 12;
    out.Insert(p.keys[row], v);
  }
  return out;
}

}  // namespace khabar::train
