// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "train/sgd_model.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace khabar::train {

void SgdModel::UpdateRow(uint64_t feature, const float* delta) {
  if (feature == 0) feature = 1;
  auto [it, inserted] =
      rows_.try_emplace(feature, static_cast<uint32_t>(keys_.size()));
  if (inserted) {
    keys_.push_back(feature);
    v_.resize(v_.size() + slots_, 0.0);
  }
  double* row = v_.data() + size_t{it->second} * slots_;
  for (uint32_t s = 0; s < slots_; ++s) row[s] += delta[s] / scale_;
}

void SgdModel::Decay(double rate) {
  ++steps_;
  const double factor = 1.0 - rate * l2_;
  if (factor <= 0 || factor >= 1) return;
  scale_ *= factor;
  if (scale_ < 1e-9) {  // fold the scale into the weights before it vanishes
    for (double& v : v_) v *= scale_;
    scale_ = 1.0;
  }
}

StatusOr<morph::LinearModel> SgdModel::Freeze(float epsilon) const {
  std::vector<uint64_t> keys;
  std::vector<uint32_t> offsets{0};
  std::vector<uint16_t> slot_ids;
  std::vector<float> values;
  for (size_t r = 0; r < keys_.size(); ++r) {
    const size_t before = values.size();
    for (uint32_t s = 0; s < slots_; ++s) {
      const auto v = static_cast<float>(scale_ * v_[r * slots_ + s]);
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
