// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: a frozen linear model with one weight row per known feature.
// Every classifier of the morphological analyzer is one of these: a feature
// (a 64-bit hash, see morph_text.h) selects a row of `slots()` weights, and
// a decision adds the rows of its active features into a score array.
// Several decisions ("heads") may share a row by owning disjoint slot
// ranges, so one look-up serves them all. Rows are stored sparse (slot,
// weight pairs, zeros dropped): most features only ever met a few classes.
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

  // Builds the model from sparse rows: row r is keys[r] and the pairs
  // (slot_ids[k], values[k]) for k in [offsets[r], offsets[r + 1]).
  // kInvalidArgument if sizes disagree, offsets decrease, a slot is out of
  // range or a key repeats.
  static StatusOr<LinearModel> FromSparse(uint32_t slots,
                                          std::vector<uint64_t> keys,
                                          std::vector<uint32_t> offsets,
                                          std::vector<uint16_t> slot_ids,
                                          std::vector<float> values);

  uint32_t slots() const { return slots_; }
  size_t rows() const { return keys_.size(); }
  const std::vector<uint64_t>& keys() const { return keys_; }
  const std::vector<uint32_t>& offsets() const { return offsets_; }
  const std::vector<uint16_t>& slot_ids() const { return slot_ids_; }
  const std::vector<float>& values() const { return values_; }
  size_t MemoryBytes() const;

  // The row index of `feature`, or -1.
  int64_t FindRow(uint64_t feature) const {
    if (table_keys_.empty()) return -1;
    if (feature == 0) feature = 1;
    size_t i = static_cast<size_t>(feature ^ (feature >> 29)) & mask_;
    while (true) {
      const uint64_t k = table_keys_[i];
      if (k == feature) return table_rows_[i];
      if (k == 0) return -1;
      i = (i + 1) & mask_;
    }
  }

  // scores[s] += weight of (feature, s) for s in [begin, end).
  void Accumulate(uint64_t feature, float* scores, uint32_t begin,
                  uint32_t end) const {
    const int64_t r = FindRow(feature);
    if (r < 0) return;
    const uint32_t e = offsets_[static_cast<size_t>(r) + 1];
    for (uint32_t k = offsets_[static_cast<size_t>(r)]; k < e; ++k) {
      const uint32_t s = slot_ids_[k];
      if (s >= begin && s < end) scores[s] += values_[k];
    }
  }
  void Accumulate(uint64_t feature, float* scores) const {
    Accumulate(feature, scores, 0, slots_);
  }

 private:
  uint32_t slots_ = 0;
  size_t mask_ = 0;
  std::vector<uint64_t> table_keys_;
  std::vector<uint32_t> table_rows_;
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> offsets_;  // rows() + 1
  std::vector<uint16_t> slot_ids_;
  std::vector<float> values_;
};

}  // namespace khabar::morph

#endif  // KHABAR_MORPH_LINEAR_MODEL_H_
