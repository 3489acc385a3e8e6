// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "morph/linear_model.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "khabar/status.h"

namespace khabar::morph {

StatusOr<LinearModel> LinearModel::FromSparse(uint32_t slots,
                                              std::vector<uint64_t> keys,
                                              std::vector<uint32_t> offsets,
                                              std::vector<uint16_t> slot_ids,
                                              std::vector<float> values) {
  if (slots == 0 || slots > 65536 || offsets.size() != keys.size() + 1 ||
      offsets.front() != 0 || offsets.back() != slot_ids.size() ||
      slot_ids.size() != values.size()) {
    return InvalidArgumentError("linear model: inconsistent sizes (" +
                                std::to_string(keys.size()) + " rows, " +
                                std::to_string(values.size()) + " weights)");
  }
  for (size_t r = 0; r + 1 < offsets.size(); ++r) {
    if (offsets[r] > offsets[r + 1]) {
      return InvalidArgumentError("linear model: row offsets decrease at row " +
                                  std::to_string(r));
    }
  }
  for (uint16_t s : slot_ids) {
    if (s >= slots) {
      return InvalidArgumentError("linear model: slot " + std::to_string(s) +
                                  " out of range");
    }
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
  m.keys_ = std::move(keys);
  m.offsets_ = std::move(offsets);
  m.slot_ids_ = std::move(slot_ids);
  m.values_ = std::move(values);
  return m;
}

size_t LinearModel::MemoryBytes() const {
  return table_keys_.capacity() * sizeof(uint64_t) +
         table_rows_.capacity() * sizeof(uint32_t) +
         keys_.capacity() * sizeof(uint64_t) +
         offsets_.capacity() * sizeof(uint32_t) +
         slot_ids_.capacity() * sizeof(uint16_t) +
         values_.capacity() * sizeof(float);
}

}  // namespace khabar::morph
