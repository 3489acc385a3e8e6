// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "train/word_contexts.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <random>
#include <string_view>
#include <utility>
#include <vector>

#include "khabar/status.h"
#include "morph/hash_index.h"

namespace khabar::train {
namespace {

// Spherical k-means of unit vectors `x` (n x dim) into k clusters, seeded
// deterministically; returns the cluster of each row.
std::vector<uint32_t> KMeans(const std::vector<float>& x, size_t n, size_t dim,
                             size_t k, int iterations, uint64_t seed) {
  std::vector<uint32_t> assign(n, 0);
  if (n == 0) return assign;
  k = std::min(k, n);
  std::vector<float> centers(k * dim);
  std::mt19937_64 rng(seed);
  for (size_t c = 0; c < k; ++c) {
    const size_t row = static_cast<size_t>(rng() % n);
    std::copy(x.begin() + static_cast<long>(row * dim),
              x.begin() + static_cast<long>((row + 1) * dim),
              centers.begin() + static_cast<long>(c * dim));
  }
  for (int it = 0; it < iterations; ++it) {
    for (size_t i = 0; i < n; ++i) {
      const float* v = &x[i * dim];
      float best = -2;
      for (size_t c = 0; c < k; ++c) {
        const float* cv = &centers[c * dim];
        float dot = 0;
        for (size_t d = 0; d < dim; ++d) dot += v[d] * cv[d];
        if (dot > best) {
          best = dot;
          assign[i] = static_cast<uint32_t>(c);
        }
      }
    }
    std::fill(centers.begin(), centers.end(), 0.0f);
    for (size_t i = 0; i < n; ++i) {
      float* cv = &centers[assign[i] * dim];
      for (size_t d = 0; d < dim; ++d) cv[d] += x[i * dim + d];
    }
    for (size_t c = 0; c < k; ++c) {
      float* cv = &centers[c * dim];
      float norm = 0;
      for (size_t d = 0; d < dim; ++d) norm += cv[d] * cv[d];
      if (norm == 0) {  // an empty cluster takes a random row
        const size_t row = static_cast<size_t>(rng() % n);
        std::copy(x.begin() + static_cast<long>(row * dim),
                  x.begin() + static_cast<long>((row + 1) * dim), cv);
        continue;
      }
      norm = 1.0f / std::sqrt(norm);
      for (size_t d = 0; d < dim; ++d) cv[d] *= norm;
    }
  }
  return assign;
}

}  // namespace

Status RawWordsByCount(std::string_view raw,
                       std::vector<std::pair<uint32_t, uint64_t>>* by_count) {
  morph::HashIndex counts;
  KHABAR_RETURN_IF_ERROR(ForEachRawToken(raw, [&](uint64_t key) {
    if (key != 0) counts.Add(key, 1);
  }));
  by_count->clear();
  for (const auto& [key, count] : counts.Items()) {
    by_count->emplace_back(count, key);
  }
  std::sort(
      by_count->begin(), by_count->end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
      });
  return Status::Ok();
}

Status BuildWordContexts(std::string_view raw, uint32_t min_count, size_t top,
                         uint64_t seed, morph::HashIndex* contexts,
                         morph::HashIndex* clusters) {
  std::vector<std::pair<uint32_t, uint64_t>> by_count;
  KHABAR_RETURN_IF_ERROR(RawWordsByCount(raw, &by_count));
  morph::HashIndex rank;  // neighbour key -> 1 + rank
  for (size_t i = 0; i < by_count.size() && i < top; ++i) {
    rank.Insert(by_count[i].second, static_cast<uint32_t>(i + 1));
  }
  morph::HashIndex target;  // word key -> target id
  std::vector<uint64_t> target_keys;
  for (const auto& [count, key] : by_count) {
    if (count < min_count) break;
    target.Insert(key, static_cast<uint32_t>(target_keys.size()));
    target_keys.push_back(key);
  }
  top = std::min<size_t>(top, 255);  // ranks are packed in 8 bits
  const size_t width = top + 1;
  std::vector<uint16_t> left(target_keys.size() * width, 0);
  std::vector<uint16_t> right(target_keys.size() * width, 0);
  uint64_t prev = 0;
  auto bump = [](uint16_t* c) {
    if (*c < 65535) ++*c;
  };
  KHABAR_RETURN_IF_ERROR(ForEachRawToken(raw, [&](uint64_t key) {
    if (key != 0 && prev != 0) {
      // prev's right neighbour is key; key's left neighbour is prev.
      if (const uint32_t* t = target.Find(prev)) {
        if (const uint32_t* r = rank.Find(key)) bump(&right[*t * width + *r]);
      }
      if (const uint32_t* t = target.Find(key)) {
        if (const uint32_t* r = rank.Find(prev)) bump(&left[*t * width + *r]);
      }
    }
    prev = key;
  }));
  for (size_t t = 0; t < target_keys.size(); ++t) {
    // The two most frequent neighbours on each side (rank 0: none).
    auto top2 = [&](const std::vector<uint16_t>& side) {
      size_t first = 0, second = 0;
      for (size_t r = 1; r < width; ++r) {
        const uint16_t c = side[t * width + r];
        if (c == 0) continue;
        if (first == 0 || c > side[t * width + first]) {
          second = first;
          first = r;
        } else if (second == 0 || c > side[t * width + second]) {
          second = r;
        }
      }
      return std::pair<uint32_t, uint32_t>(static_cast<uint32_t>(first),
                                           static_cast<uint32_t>(second));
    };
    const auto [l1, l2] = top2(left);
    const auto [r1, r2] = top2(right);
    if (l1 == 0 && r1 == 0) continue;
    contexts->Insert(target_keys[t], l1 << 24 | l2 << 16 | r1 << 8 | r2);
  }
  // Word classes: each word's left and right neighbour counts (log-scaled,
  // unit length), randomly projected to kDim dimensions, clustered by
  // spherical k-means at three granularities (like Brown cluster prefixes).
  if (clusters == nullptr) return Status::Ok();
  constexpr size_t kDim = 64;
  std::vector<float> projection(2 * width * kDim);
  std::mt19937_64 rng(seed);
  std::normal_distribution<float> gauss(0.0f, 1.0f);
  for (float& v : projection) v = gauss(rng);
  const size_t n = target_keys.size();
  std::vector<float> x(n * kDim, 0.0f);
  for (size_t t = 0; t < n; ++t) {
    float* v = &x[t * kDim];
    for (size_t r = 1; r < width; ++r) {
      const float l = std::log1p(static_cast<float>(left[t * width + r]));
      const float rr = std::log1p(static_cast<float>(right[t * width + r]));
      if (l == 0 && rr == 0) continue;
      const float* pl = &projection[r * kDim];
      const float* pr = &projection[(width + r) * kDim];
      for (size_t d = 0; d < kDim; ++d) v[d] += l * pl[d] + rr * pr[d];
    }
    float norm = 0;
    for (size_t d = 0; d < kDim; ++d) norm += v[d] * v[d];
    if (norm > 0) {
      norm = 1.0f / std::sqrt(norm);
      for (size_t d = 0; d < kDim; ++d) v[d] *= norm;
    }
  }
  const std::vector<uint32_t> c64 = KMeans(x, n, kDim, 64, 8, seed + 1);
  const std::vector<uint32_t> c256 = KMeans(x, n, kDim, 256, 8, seed + 2);
  const std::vector<uint32_t> c1024 = KMeans(x, n, kDim, 1024, 6, seed + 3);
  for (size_t t = 0; t < n; ++t) {
    clusters->Insert(target_keys[t],
                     1u << 30 | c64[t] << 18 | c256[t] << 10 | c1024[t]);
  }
  return Status::Ok();
}

}  // namespace khabar::train
