// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal (trainer): an averaged perceptron over hashed features with one
// row of `slots` weights per feature, the training twin of LinearModel.
// Rows are created on first update. Averaging uses the usual trick: keep
// w and u = sum(c * delta); the average after c steps is w - u / c.
//
//   Perceptron p(num_tags);
//   p.Accumulate(f, scores, 0, num_tags);  // same as LinearModel
//   p.Update(f, gold, +1); p.Update(f, guess, -1);
//   p.Tick();                              // once per example
//   LinearModel frozen = p.Freeze();

#ifndef KHABAR_TRAIN_PERCEPTRON_H_
#define KHABAR_TRAIN_PERCEPTRON_H_

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

#include "khabar/status.h"
#include "morph/linear_model.h"

namespace khabar::train {

class Perceptron {
 public:
  explicit Perceptron(uint32_t slots) : slots_(slots) {}

  uint32_t slots() const { return slots_; }

  void Accumulate(uint64_t feature, float* scores, uint32_t begin,
                  uint32_t end) const {
    auto it = rows_.find(feature == 0 ? 1 : feature);
    if (it == rows_.end()) return;
    const float* row = w_.data() + size_t{it->second} * slots_;
    for (uint32_t s = begin; s < end; ++s) scores[s] += row[s];
  }

  void Prefetch(uint64_t /*feature*/) const {}  // LinearModel's interface

  void Update(uint64_t feature, uint32_t slot, float delta);
  void Tick() { ++c_; }

  // The averaged weights; rows whose weights are all below `epsilon` in
  // absolute value are dropped.
  StatusOr<morph::LinearModel> Freeze(float epsilon = 1e-4f) const;

 private:
  uint32_t slots_;
  int64_t c_ = 1;
  std::unordered_map<uint64_t, uint32_t> rows_;
  std::vector<uint64_t> keys_;
  std::vector<float> w_;
  std::vector<double> u_;
};

// A LinearModel of `slots` slots from dense rows: row r is keys[r] with
// the weights value(r, s), s < slots; weights below `epsilon` in absolute
// value are dropped, and rows left with none (Perceptron::Freeze, the mean
// of several models).
template <typename Value>
StatusOr<morph::LinearModel> SparseLinearModel(
    uint32_t slots, const std::vector<uint64_t>& dense_keys, float epsilon,
    Value value) {
  std::vector<uint64_t> keys;
  std::vector<uint32_t> offsets{0};
  std::vector<uint16_t> slot_ids;
  std::vector<float> values;
  for (size_t r = 0; r < dense_keys.size(); ++r) {
    const size_t before = values.size();
    for (uint32_t s = 0; s < slots; ++s) {
      const float v = value(r, s);
      if (std::fabs(v) < epsilon) continue;
      slot_ids.push_back(static_cast<uint16_t>(s));
      values.push_back(v);
    }
    if (values.size() == before) continue;
    keys.push_back(dense_keys[r]);
    offsets.push_back(static_cast<uint32_t>(values.size()));
  }
  return morph::LinearModel::FromSparse(slots, std::move(keys),
                                        std::move(offsets), std::move(slot_ids),
                                        std::move(values));
}

}  // namespace khabar::train

#endif  // KHABAR_TRAIN_PERCEPTRON_H_
