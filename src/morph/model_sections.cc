// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "morph/model_sections.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "khabar/model_file.h"
#include "khabar/status.h"
#include "model/byte_io.h"
#include "morph/hash_index.h"
#include "morph/linear_model.h"

namespace khabar::morph {

std::string EncodeLinearModel(const LinearModel& m) {
  ByteWriter w;
  w.U32(m.slots());
  w.Array(m.keys(), 64);
  w.Array(m.offsets(), 64);
  w.Array(m.slot_ids(), 64);
  w.Array(m.values(), 64);
  return std::move(w).Finish();
}

Status DecodeLinearModel(const ModelFile& file, std::string_view name,
                         std::string_view what, uint32_t expected_slots,
                         LinearModel* out) {
  const std::string where =
      std::string(what) + ": section '" + std::string(name) + "'";
  StatusOr<std::string_view> bytes = file.Section(name);
  if (!bytes.ok()) {
    return DataLossError(std::string(what) + ": " + bytes.status().message());
  }
  ByteReader r(*bytes, "section '" + std::string(name) + "'");
  const uint32_t slots = r.U32();
  std::vector<uint64_t> keys;
  std::vector<uint32_t> offsets;
  std::vector<uint16_t> slot_ids;
  std::vector<float> values;
  r.ArrayCopy(&keys, 64);
  r.ArrayCopy(&offsets, 64);
  r.ArrayCopy(&slot_ids, 64);
  r.ArrayCopy(&values, 64);
  KHABAR_RETURN_IF_ERROR(r.Finish());
  if (slots != expected_slots) {
    return DataLossError(where + " has " + std::to_string(slots) +
                         " slots, the model needs " +
                         std::to_string(expected_slots));
  }
  StatusOr<LinearModel> m =
      LinearModel::FromSparse(slots, std::move(keys), std::move(offsets),
                              std::move(slot_ids), std::move(values));
  if (!m.ok()) return DataLossError(where + ": " + m.status().message());
  *out = std::move(m.value());
  return Status::Ok();
}

void EncodeHashIndex(const HashIndex& index, ByteWriter* w) {
  std::vector<uint64_t> keys;
  std::vector<uint32_t> values;
  for (const auto& [key, value] : index.Items()) {
    keys.push_back(key);
    values.push_back(value);
  }
  w->Array(keys, 8);
  w->Array(values, 4);
}

bool DecodeHashIndex(ByteReader* r, HashIndex* index, uint32_t max_value) {
  std::vector<uint64_t> keys;
  std::vector<uint32_t> values;
  r->ArrayCopy(&keys, 8);
  r->ArrayCopy(&values, 4);
  if (!r->ok()) return false;
  if (keys.size() != values.size()) {
    r->Fail("index with " + std::to_string(keys.size()) + " keys and " +
            std::to_string(values.size()) + " values");
    return false;
  }
  *index = HashIndex();
  index->Reserve(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    if (values[i] > max_value) {
      r->Fail("index value " + std::to_string(values[i]) + " out of range");
      return false;
    }
    if (!index->Insert(keys[i], values[i])) {
      r->Fail("index key repeated");
      return false;
    }
  }
  return true;
}

Status DecodeHashIndexSection(const ModelFile& file, std::string_view name,
                              std::string_view what, HashIndex* index) {
  StatusOr<std::string_view> bytes = file.Section(name);
  if (!bytes.ok()) {
    return DataLossError(std::string(what) + ": " + bytes.status().message());
  }
  ByteReader r(*bytes, "section '" + std::string(name) + "'");
  DecodeHashIndex(&r, index, UINT32_MAX);
  return r.Finish();
}

}  // namespace khabar::morph
