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
  m.table_.assign(capacity, Entry{});
  for (size_t r = 0; r < keys.size(); ++r) {
    const uint64_t key = keys[r] == 0 ? 1 : keys[r];
    size_t i = m.Slot(key);
    while (m.table_[i].key != 0) {
      if (m.table_[i].key == key) {
        return InvalidArgumentError("linear model: feature repeated in row " +
                                    std::to_string(r));
      }
      i = (i + 1) & m.mask_;
    }
    m.table_[i] = Entry{key, offsets[r], offsets[r + 1]};
  }
  m.weights_.resize(values.size());
  for (size_t k = 0; k < values.size(); ++k) {
    m.weights_[k] = SlotWeight{slot_ids[k], values[k]};
  }
  m.keys_ = std::move(keys);
  m.offsets_ = std::move(offsets);
  return m;
}

std::vector<uint16_t> LinearModel::slot_ids() const {
  std::vector<uint16_t> out(weights_.size());
  for (size_t k = 0; k < weights_.size(); ++k) {
    out[k] = static_cast<uint16_t>(weights_[k].slot);
  }
  return out;
}

std::vector<float> LinearModel::values() const {
  std::vector<float> out(weights_.size());
  for (size_t k = 0; k < weights_.size(); ++k) out[k] = weights_[k].weight;
  return out;
}

size_t LinearModel::MemoryBytes() const {
  return table_.capacity() * sizeof(Entry) +
         weights_.capacity() * sizeof(SlotWeight) +
         keys_.capacity() * sizeof(uint64_t) +
         offsets_.capacity() * sizeof(uint32_t);
}

}  // namespace khabar::morph
