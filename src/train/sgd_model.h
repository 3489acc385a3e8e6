// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal (trainer): linear weights over hashed features, one row of
// `slots` weights per feature, trained by stochastic gradient with an L2
// penalty (weight decay). The decay is kept as one scale of all weights
// (w = scale * v), so a step costs only the rows it touches (Bottou's
// trick, as CRFsuite's l2sgd). The same interface as Perceptron; Freeze
// gives the last weights (no averaging).
//
//   SgdModel model(num_tags, /*l2=*/1e-4);
//   model.UpdateRow(f, delta);   // w[f] += delta
//   model.Decay(rate);           // w *= 1 - rate * l2, once per example
//   LinearModel frozen = model.Freeze();

#ifndef KHABAR_TRAIN_SGD_MODEL_H_
#define KHABAR_TRAIN_SGD_MODEL_H_

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "khabar/status.h"
#include "morph/linear_model.h"

namespace khabar::train {

class SgdModel {
 public:
  SgdModel(uint32_t slots, double l2) : slots_(slots), l2_(l2) {}

  uint32_t slots() const { return slots_; }

  void Accumulate(uint64_t feature, float* scores, uint32_t begin,
                  uint32_t end) const {
    auto it = rows_.find(feature == 0 ? 1 : feature);
    if (it == rows_.end()) return;
    const double* row = v_.data() + size_t{it->second} * slots_;
    for (uint32_t s = begin; s < end; ++s) {
      scores[s] += static_cast<float>(scale_ * row[s]);
    }
  }

  void Prefetch(uint64_t /*feature*/) const {}  // LinearModel's interface

  // Adds delta[s] to every slot s of the feature's row.
  void UpdateRow(uint64_t feature, const float* delta);
  // Multiplies every weight by 1 - rate * l2 (the penalty's gradient step)
  // and counts a step.
  void Decay(double rate);
  // The rate of the next step: rate0 / (1 + rate0 * l2 * steps).
  double Rate(double rate0) const {
    return rate0 / (1.0 + rate0 * l2_ * static_cast<double>(steps_));
  }

  // The weights; rows whose weights are all below `epsilon` in absolute
  // value are dropped.
  StatusOr<morph::LinearModel> Freeze(float epsilon = 1e-4f) const;

 private:
  uint32_t slots_;
  double l2_;
  double scale_ = 1.0;
  int64_t steps_ = 0;
  std::unordered_map<uint64_t, uint32_t> rows_;
  std::vector<uint64_t> keys_;
  std::vector<double> v_;
};

}  // namespace khabar::train

#endif  // KHABAR_TRAIN_SGD_MODEL_H_
