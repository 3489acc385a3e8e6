// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal (trainer): the NER model's word types. Raw news gives each
// frequent word a profile of its neighbours; a classifier of those
// profiles, trained on the words of the labelled data, types every
// profiled word (docs/ENTITIES.md, "Word types"), so that names never seen
// in training but frequent in news get a type.

#ifndef KHABAR_TRAIN_WORD_TYPES_H_
#define KHABAR_TRAIN_WORD_TYPES_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "khabar/status.h"
#include "morph/hash_index.h"

namespace khabar::train {

// Distributional profiles of the frequent words of raw news: for each word
// seen at least `min_count` times, its left and right neighbours among the
// `top` most frequent words (log counts, unit length), sparse rows.
struct RawProfiles {
  morph::HashIndex row;              // word key -> row
  std::vector<uint64_t> keys;        // by row
  std::vector<uint32_t> offsets{0};  // rows + 1
  std::vector<uint32_t> features;    // side * top + rank
  std::vector<float> values;
  size_t dims = 0;
};

Status BuildRawProfiles(std::string_view raw, uint32_t min_count, size_t top,
                        RawProfiles* out);

// What the training data says of a word: tokens of each class (O, then the
// types).
using ClassCounts = std::array<uint32_t, 5>;

// A softmax classifier of words into O and the entity types from their raw
// news profiles, trained on the words of `labelled` (the majority class of
// their training tokens, or with `soft` their class distribution), applied
// to every profiled word: NerModelData::word_types (per word: 3 bits of
// probability per type, the best class at bit 12). SGD over `labelled` in
// an order shuffled by `seed`; with `average`, the weights are the mean
// over all steps (averaged SGD) instead of the last step's (on the NER
// tuning split: the same F1, a third of the seed-to-seed spread;
// docs/ACCURACY.md). Deterministic (fixed seed, sorted inputs).
morph::HashIndex ClassifyWords(
    const RawProfiles& p,
    const std::vector<std::pair<uint64_t, ClassCounts>>& labelled,
    uint64_t seed, bool soft, bool average);

}  // namespace khabar::train

#endif  // KHABAR_TRAIN_WORD_TYPES_H_
