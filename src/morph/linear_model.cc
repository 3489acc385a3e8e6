// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "morph/linear_model.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "khabar/status.h"

namespace khabar::morph {

StatusOr<LinearModel> LinearModel::FromRows(uint32_t slots,
                                            const std::vector<uint64_t>& keys,
                                            std::vector<float> weights) {
  if (slots == 0 || weights.size() != keys.size() * size_t{slots}) {
    return InvalidArgumentError("linear model: " +
                                std::to_string(weights.size()) +
                                " weights for " + std::to_string(keys.size()) +
                                " rows of " + std::to_string(slots));
  }
  LinearModel m;
  m.slots_ = slots;
  size_t capacity = 16;
  while (capacity < keys.size() * 2) capacity *= 2;
  m.mask_ = capacity - 1;
  m.table_keys_.assign(capacity, 0);
  m.table_rows_.assign(capacity, 0);
  for (size_t r = 0; r < keys.size(); ++r) {
    uint64_t key = keys[r] == 0 ? 1 : keys[r];
    size_t i = static_cast<size_t>(key ^ (key >> 29)) & m.mask_;
    while (m.table_keys_[i] != 0) {
      if (m.table_keys_[i] == key) {
        return InvalidArgumentError("linear model: feature repeated in row " +
                                    std::to_string(r));
      }
      i = (i + 1) & m.mask_;
    }
    m.table_keys_[i] = key;
    m.table_rows_[i] = static_cast<uint32_t>(r);
  }
  m.keys_by_row_ = keys;
  m.weights_ = std::move(weights);
  return m;
}

size_t LinearModel::MemoryBytes() const {
  return table_keys_.capacity() * sizeof(uint64_t) +
         table_rows_.capacity() * sizeof(uint32_t) +
         keys_by_row_.capacity() * sizeof(uint64_t) +
         weights_.capacity() * sizeof(float);
}

}  // namespace khabar::morph
