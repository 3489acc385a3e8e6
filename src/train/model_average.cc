// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "train/model_average.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "train/perceptron.h"

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
  return SparseLinearModel(slots, order, epsilon, [&](size_t r, uint32_t s) {
    return static_cast<float>(sums[r * slots + s] / n);
  });
}

}  // namespace khabar::train
