// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "train/perceptron.h"

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace khabar::train {

void Perceptron::Update(uint64_t feature, uint32_t slot, float delta) {
  if (feature == 0) feature = 1;
  auto [it, inserted] =
      rows_.try_emplace(feature, static_cast<uint32_t>(keys_.size()));
  if (inserted) {
    keys_.push_back(feature);
    w_.resize(w_.size() + slots_, 0.0f);
    u_.resize(u_.size() + slots_, 0.0);
  }
  const size_t i = size_t{it->second} * slots_ + slot;
  w_[i] += delta;
  u_[i] += static_cast<double>(c_) * delta;
}

StatusOr<morph::LinearModel> Perceptron::Freeze(float epsilon) const {
  const double c = static_cast<double>(c_);
  return SparseLinearModel(slots_, keys_, epsilon, [&](size_t r, uint32_t s) {
    const size_t i = r * slots_ + s;
    return static_cast<float>(w_[i] - u_[i] / c);
  });
}

}  // namespace khabar::train
