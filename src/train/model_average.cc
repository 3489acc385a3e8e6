// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "train/model_average.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace khabar::train {

StatusOr<morph::LinearModel> AverageLinearModels(
    const std::vector<const morph::LinearModel*>& models, float epsilon) {
  if (models.empty()) {
    return InvalidArgumentError("average of no linear models");
  }
  const uint32_t slots = models.front()->slots();
  // Sums in double, row by row in order of first appearance.
  std::unordered_map<uint64_t, size_t> row_of;
  std::vector<uint64_t> order;
  std::vector<double> sums;
  for (const morph::LinearModel* model : models) {
    if (model->slots() != slots) {
      return InvalidArgumentError("average of linear models with " +
                                  std::to_string(slots) + " and " +
                                  std::to_string(model->slots()) + " slots");
    }
    const std::vector<uint64_t>& keys = model->keys();
    const std::vector<uint32_t>& offsets = model->offsets();
    const std::vector<uint16_t> slot_ids = model->slot_ids();
    const std::vector<float> values = model->values();
    for (size_t r = 0; r < keys.size(); ++r) {
      auto [it, added] = row_of.try_emplace(keys[r], order.size());
      if (added) {
        order.push_back(keys[r]);
        sums.resize(sums.size() + slots, 0.0);
      }
      double* row = &sums[it->second * slots];
      for (uint32_t k = offsets[r]; k < offsets[r + 1]; ++k) {
        row[slot_ids[k]] += values[k];
      }
    }
  }
  const double n = static_cast<double>(models.size());
  std::vector<uint64_t> keys;
  std::vector<uint32_t> offsets{0};
  std::vector<uint16_t> slot_ids;
  std::vector<float> values;
  for (size_t r = 0; r < order.size(); ++r) {
    const size_t before = values.size();
    for (uint32_t s = 0; s < slots; ++s) {
      const auto v = static_cast<float>(sums[r * slots + s] / n);
      if (std::fabs(v) < epsilon) continue;
      slot_ids.push_back(static_cast<uint16_t>(s));
      values.push_back(v);
    }
    if (values.size() == before) continue;
    keys.push_back(order[r]);
    offsets.push_back(static_cast<uint32_t>(values.size()));
  }
  return morph::LinearModel::FromSparse(slots, std::move(keys),
                                        std::move(offsets), std::move(slot_ids),
                                        std::move(values));
}

}  // namespace khabar::train
