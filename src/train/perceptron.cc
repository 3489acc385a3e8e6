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
  std::vector<uint32_t> offsets{0};
  std::vector<uint16_t> slot_ids;
  std::vector<float> values;
  const double c = static_cast<double>(c_);
  for (size_t r = 0; r < keys_.size(); ++r) {
    const size_t before = values.size();
    for (uint32_t s = 0; s < slots_; ++s) {
      const size_t i = r * slots_ + s;
      const float v = static_cast<float>(w_[i] - u_[i] / c);
      if (std::fabs(v) < epsilon) continue;
      slot_ids.push_back(static_cast<uint16_t>(s));
      values.push_back(v);
    }
    if (values.size() == before) continue;
    keys.push_back(keys_[r]);
    offsets.push_back(static_cast<uint32_t>(values.size()));
  }
  return morph::LinearModel::FromSparse(slots_, std::move(keys),
                                        std::move(offsets), std::move(slot_ids),
                                        std::move(values));
}

}  // namespace khabar::train
