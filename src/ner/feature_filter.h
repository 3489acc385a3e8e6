// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: a blocked Bloom filter of the features that linear models have
// weights for. Most features a tagger computes for new words and word
// pairs (this host next to that one) have no weight at all, and finding
// that out in a model's table is a cache miss; the filter answers from a
// table a hundred times smaller (16 bits per feature, in L2) and is wrong
// only the other way, for about one absent feature in 200.
//
//   FeatureFilter filter;
//   filter.Build({&model});
//   if (filter.MayHave(f)) model.Accumulate(f, scores);
//
// Thread safety: immutable after Build; const methods are safe from any
// thread.

#ifndef KHABAR_NER_FEATURE_FILTER_H_
#define KHABAR_NER_FEATURE_FILTER_H_

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <vector>

#include "morph/linear_model.h"

namespace khabar::ner {

class FeatureFilter {
 public:
  // Adds every feature of `models` (a new filter has none).
  void Build(std::initializer_list<const morph::LinearModel*> models) {
    size_t keys = 0;
    for (const morph::LinearModel* m : models) keys += m->keys().size();
    // 16 bits per key, in blocks of one cache line (8 words, 512 bits).
    size_t blocks = 1;
    while (blocks * 512 < keys * 16) blocks <<= 1;
    block_mask_ = blocks - 1;
    bits_.assign(blocks * 8, 0);
    for (const morph::LinearModel* m : models) {
      for (uint64_t key : m->keys()) Add(key);
    }
  }

  // False if no model has `feature`; true if one has (or, rarely, none).
  bool MayHave(uint64_t feature) const {
    if (bits_.empty()) return true;
    const uint64_t* block = &bits_[BlockAt(feature)];
    uint64_t h = Bits(feature);
    for (int j = 0; j < kProbes; ++j, h >>= 9) {
      const uint64_t bit = h & 511;
      if ((block[bit >> 6] >> (bit & 63) & 1) == 0) return false;
    }
    return true;
  }

  // Starts loading the block MayHave(feature) reads (call for a batch of
  // features before testing them: the blocks are mostly cache misses).
  void Prefetch(uint64_t feature) const {
    if (!bits_.empty()) __builtin_prefetch(&bits_[BlockAt(feature)]);
  }

  size_t MemoryBytes() const { return bits_.capacity() * sizeof(uint64_t); }

 private:
  static constexpr int kProbes = 6;

  // The linear models store feature 0 as 1.
  static uint64_t Key(uint64_t feature) { return feature == 0 ? 1 : feature; }
  // The first word of the feature's block.
  size_t BlockAt(uint64_t feature) const {
    const uint64_t h = Key(feature) * 0x9E3779B97F4A7C15ull;
    return static_cast<size_t>((h >> 32) & block_mask_) * 8;
  }
  static uint64_t Bits(uint64_t feature) {
    const uint64_t k = Key(feature);
    return (k ^ (k >> 31)) * 0xBF58476D1CE4E5B9ull;
  }
  void Add(uint64_t feature) {
    uint64_t* block = &bits_[BlockAt(feature)];
    uint64_t h = Bits(feature);
    for (int j = 0; j < kProbes; ++j, h >>= 9) {
      const uint64_t bit = h & 511;
      block[bit >> 6] |= uint64_t{1} << (bit & 63);
    }
  }

  std::vector<uint64_t> bits_;  // empty: everything may be there
  size_t block_mask_ = 0;
};

}  // namespace khabar::ner

#endif  // KHABAR_NER_FEATURE_FILTER_H_
