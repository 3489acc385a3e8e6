// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "train/perceptron.h"

#include <cmath>
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
  std::vector<uint64_t> keys;
  std::vector<float> weights;
  std::vector<float> row(slots_);
  const double c = static_cast<double>(c_);
  for (size_t r = 0; r < keys_.size(); ++r) {
    bool keep = false;
    for (uint32_t s = 0; s < slots_; ++s) {
      const size_t i = r * slots_ + s;
      row[s] = static_cast<float>(w_[i] - u_[i] / c);
      keep |= std::fabs(row[s]) >= epsilon;
    }
    if (!keep) continue;
    keys.push_back(keys_[r]);
    weights.insert(weights.end(), row.begin(), row.end());
  }
  return morph::LinearModel::FromRows(slots_, keys, std::move(weights));
}

}  // namespace khabar::train
