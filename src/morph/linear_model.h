// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: a frozen linear model with one weight row per known feature.
// Every classifier of the morphological analyzer is one of these: a feature
// (a 64-bit hash, see morph_text.h) selects a row of `slots()` floats, and a
// decision adds the rows of its active features into a score array. Several
// decisions ("heads") may share a row by owning disjoint slot ranges, so one
// look-up serves them all.
//
//   float scores[kSlots] = {};
//   for (uint64_t f : features) model.Accumulate(f, scores);
//
// The feature table is open addressing on the hash (key 0 is never stored:
// hashes equal to 0 are mapped to 1), so a look-up is one or two cache
// lines plus the row. Unknown features add nothing.
//
// Thread safety: immutable after construction; const methods are safe from
// any thread.

#ifndef KHABAR_MORPH_LINEAR_MODEL_H_
#define KHABAR_MORPH_LINEAR_MODEL_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "khabar/status.h"

namespace khabar::morph {

class LinearModel {
 public:
  LinearModel() = default;

  // Builds the table from rows: keys[i] owns weights[i * slots ...].
  // kInvalidArgument if sizes disagree or a key repeats.
  static StatusOr<LinearModel> FromRows(uint32_t slots,
                                        const std::vector<uint64_t>& keys,
                                        std::vector<float> weights);

  uint32_t slots() const { return slots_; }
  size_t rows() const { return keys_by_row_.size(); }
  const std::vector<uint64_t>& keys_by_row() const { return keys_by_row_; }
  const std::vector<float>& weights() const { return weights_; }
  size_t MemoryBytes() const;

  // The row of `feature`, or nullptr.
  const float* Row(uint64_t feature) const {
    if (mask_ == 0 && table_keys_.empty()) return nullptr;
    if (feature == 0) feature = 1;
    size_t i = static_cast<size_t>(feature ^ (feature >> 29)) & mask_;
    while (true) {
      const uint64_t k = table_keys_[i];
      if (k == feature) return weights_.data() + size_t{table_rows_[i]} * slots_;
      if (k == 0) return nullptr;
      i = (i + 1) & mask_;
    }
  }

  // scores[begin .. end) += row[begin .. end) of `feature` (end <= slots).
  void Accumulate(uint64_t feature, float* scores, uint32_t begin,
                  uint32_t end) const {
    const float* row = Row(feature);
    if (row == nullptr) return;
    for (uint32_t s = begin; s < end; ++s) scores[s] += row[s];
  }
  void Accumulate(uint64_t feature, float* scores) const {
    Accumulate(feature, scores, 0, slots_);
  }

 private:
  uint32_t slots_ = 0;
  size_t mask_ = 0;
  std::vector<uint64_t> table_keys_;
  std::vector<uint32_t> table_rows_;
  std::vector<uint64_t> keys_by_row_;
  std::vector<float> weights_;
};

}  // namespace khabar::morph

#endif  // KHABAR_MORPH_LINEAR_MODEL_H_
