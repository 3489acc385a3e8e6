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
  // The sparse rows as FromSparse takes them (for serialization).
  const std::vector<uint64_t>& keys() const { return keys_; }
  const std::vector<uint32_t>& offsets() const { return offsets_; }
  std::vector<uint16_t> slot_ids() const;
  std::vector<float> values() const;
  size_t MemoryBytes() const;

  // Starts loading the table entry of `feature` into the cache (call for
  // all features of a decision before accumulating them).
  void Prefetch(uint64_t feature) const {
    if (table_.empty()) return;
    __builtin_prefetch(&table_[Slot(feature == 0 ? 1 : feature)]);
  }

  // A feature's weight row: Accumulate is FindRow then AddRow, split so
  // that a decision can find (and prefetch) the rows of many features
  // before adding any: the table and the rows are mostly cache misses, and
  // they then overlap instead of waiting one after the other.
  struct Row {
    uint32_t begin = 0;  // range in the weights (empty: unknown feature)
    uint32_t end = 0;
  };
  Row FindRow(uint64_t feature) const {
    if (table_.empty()) return Row{};
    if (feature == 0) feature = 1;
    for (size_t i = Slot(feature);; i = (i + 1) & mask_) {
      const Entry& e = table_[i];
      if (e.key == feature) return Row{e.begin, e.end};
      if (e.key == 0) return Row{};
    }
  }
  // Starts loading the first weights of `row` into the cache.
  void PrefetchRow(Row row) const {
    if (row.begin < row.end) __builtin_prefetch(&weights_[row.begin]);
  }
  // The rows of all `features` into `rows` (resized), their table entries
  // prefetched first and each row prefetched once found: a decision's
  // look-ups overlap, then AddRow adds them in order.
  void FindRows(const std::vector<uint64_t>& features,
                std::vector<Row>* rows) const {
    for (uint64_t f : features) Prefetch(f);
    rows->resize(features.size());
    for (size_t k = 0; k < features.size(); ++k) {
      (*rows)[k] = FindRow(features[k]);
      PrefetchRow((*rows)[k]);
    }
  }
  // scores[s] += weight of (row, s) for s in [begin, end).
  void AddRow(Row row, float* scores, uint32_t begin, uint32_t end) const {
    for (uint32_t k = row.begin; k < row.end; ++k) {
      const SlotWeight& w = weights_[k];
      if (w.slot >= begin && w.slot < end) scores[w.slot] += w.weight;
    }
  }

  // scores[s] += weight of (feature, s) for s in [begin, end).
  void Accumulate(uint64_t feature, float* scores, uint32_t begin,
                  uint32_t end) const {
    AddRow(FindRow(feature), scores, begin, end);
  }
  void Accumulate(uint64_t feature, float* scores) const {
    Accumulate(feature, scores, 0, slots_);
  }

  // Accumulate of each of `features` in order (so the same sums), with
  // the table entries and then the rows of a batch prefetched before any
  // is added.
  void AccumulateAll(const uint64_t* features, size_t count, float* scores,
                     uint32_t begin, uint32_t end) const {
    constexpr size_t kBatch = 32;
    Row rows[kBatch];
    for (size_t first = 0; first < count; first += kBatch) {
      const size_t n = count - first < kBatch ? count - first : kBatch;
      for (size_t i = 0; i < n; ++i) Prefetch(features[first + i]);
      for (size_t i = 0; i < n; ++i) {
        rows[i] = FindRow(features[first + i]);
        PrefetchRow(rows[i]);
      }
      for (size_t i = 0; i < n; ++i) AddRow(rows[i], scores, begin, end);
    }
  }

 private:
  // One table entry: the feature and its row's range in weights_, so a
  // look-up touches one cache line of the table and one of the weights.
  struct Entry {
    uint64_t key = 0;  // 0: empty
    uint32_t begin = 0;
    uint32_t end = 0;
  };
  struct SlotWeight {
    uint32_t slot;
    float weight;
  };

  size_t Slot(uint64_t key) const {
    return static_cast<size_t>(key ^ (key >> 29)) & mask_;
  }

  uint32_t slots_ = 0;
  size_t mask_ = 0;
  std::vector<Entry> table_;
  std::vector<SlotWeight> weights_;  // rows in row order
  std::vector<uint64_t> keys_;       // by row
  std::vector<uint32_t> offsets_;    // rows() + 1
};

}  // namespace khabar::morph

#endif  // KHABAR_MORPH_LINEAR_MODEL_H_
