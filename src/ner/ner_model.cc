// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Sections of an NER model file (little-endian, see model/byte_io.h):
//   inventory  u32 layout version; entity type names
//   gazetteer, contexts, clusters, lexicon
//              hash indexes: u64 keys[], u32 values[] (sorted by key)
//   tagger, tagger2
//              linear models: u32 slots, u64 keys[], u32 row offsets[],
//              u16 slots[], f32 weights[]

#include "ner/ner_model.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "khabar/model_file.h"
#include "khabar/status.h"
#include "model/byte_io.h"
#include "morph/linear_model.h"

namespace khabar::ner {
namespace {

std::string WriteLinear(const morph::LinearModel& m) {
  ByteWriter w;
  w.U32(m.slots());
  w.Array(m.keys(), 64);
  w.Array(m.offsets(), 64);
  w.Array(m.slot_ids(), 64);
  w.Array(m.values(), 64);
  return std::move(w).Finish();
}

Status ReadLinear(const ModelFile& file, std::string_view name,
                  uint32_t expected_slots, morph::LinearModel* out) {
  StatusOr<std::string_view> bytes = file.Section(name);
  if (!bytes.ok()) {
    return DataLossError("ner model: " + bytes.status().message());
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
    return DataLossError("ner model: section '" + std::string(name) + "' has " +
                         std::to_string(slots) + " slots, the labels need " +
                         std::to_string(expected_slots));
  }
  StatusOr<morph::LinearModel> m =
      morph::LinearModel::FromSparse(slots, std::move(keys), std::move(offsets),
                                     std::move(slot_ids), std::move(values));
  if (!m.ok()) {
    return DataLossError("ner model: section '" + std::string(name) +
                         "': " + m.status().message());
  }
  *out = std::move(m.value());
  return Status::Ok();
}

void WriteIndex(const morph::HashIndex& index, ByteWriter* w) {
  std::vector<uint64_t> keys;
  std::vector<uint32_t> values;
  for (const auto& [key, value] : index.Items()) {
    keys.push_back(key);
    values.push_back(value);
  }
  w->Array(keys, 8);
  w->Array(values, 4);
}

Status ReadIndex(const ModelFile& file, std::string_view name,
                 morph::HashIndex* index) {
  StatusOr<std::string_view> bytes = file.Section(name);
  if (!bytes.ok()) {
    return DataLossError("ner model: " + bytes.status().message());
  }
  ByteReader r(*bytes, "section '" + std::string(name) + "'");
  std::vector<uint64_t> keys;
  std::vector<uint32_t> values;
  r.ArrayCopy(&keys, 8);
  r.ArrayCopy(&values, 4);
  KHABAR_RETURN_IF_ERROR(r.Finish());
  if (keys.size() != values.size()) {
    return DataLossError("ner model: section '" + std::string(name) + "' has " +
                         std::to_string(keys.size()) + " keys and " +
                         std::to_string(values.size()) + " values");
  }
  index->Reserve(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    if (!index->Insert(keys[i], values[i])) {
      return DataLossError("ner model: section '" + std::string(name) +
                           "' repeats a key");
    }
  }
  return Status::Ok();
}

}  // namespace

size_t NerModelData::MemoryBytes() const {
  return sizeof(*this) + tagger.MemoryBytes() + tagger2.MemoryBytes() +
         gazetteer.MemoryBytes() + contexts.MemoryBytes() +
         clusters.MemoryBytes() + lexicon.MemoryBytes();
}

StatusOr<std::string> SerializeNerModel(const NerModelData& m) {
  ModelWriter writer{std::string(kNerModelKind)};
  KHABAR_RETURN_IF_ERROR(writer.SetTrainingConfig(m.training_config));
  KHABAR_RETURN_IF_ERROR(writer.SetDataHash(m.data_hash));
  KHABAR_RETURN_IF_ERROR(writer.SetMetadata("data", m.data_description));
  KHABAR_RETURN_IF_ERROR(writer.SetMetadata("license", m.license));
  KHABAR_RETURN_IF_ERROR(writer.SetMetadata(
      "layout_version", static_cast<int64_t>(kNerLayoutVersion)));
  ByteWriter inv;
  inv.U32(kNerLayoutVersion);
  inv.U32(static_cast<uint32_t>(m.types.size()));
  for (const std::string& t : m.types) inv.String(t);
  KHABAR_RETURN_IF_ERROR(
      writer.AddSection("inventory", std::move(inv).Finish()));
  ByteWriter gaz;
  WriteIndex(m.gazetteer, &gaz);
  KHABAR_RETURN_IF_ERROR(
      writer.AddSection("gazetteer", std::move(gaz).Finish()));
  ByteWriter ctx;
  WriteIndex(m.contexts, &ctx);
  KHABAR_RETURN_IF_ERROR(
      writer.AddSection("contexts", std::move(ctx).Finish()));
  ByteWriter cls;
  WriteIndex(m.clusters, &cls);
  KHABAR_RETURN_IF_ERROR(
      writer.AddSection("clusters", std::move(cls).Finish()));
  ByteWriter lex;
  WriteIndex(m.lexicon, &lex);
  KHABAR_RETURN_IF_ERROR(writer.AddSection("lexicon", std::move(lex).Finish()));
  KHABAR_RETURN_IF_ERROR(writer.AddSection("tagger", WriteLinear(m.tagger)));
  KHABAR_RETURN_IF_ERROR(writer.AddSection("tagger2", WriteLinear(m.tagger2)));
  return writer.Serialize();
}

StatusOr<std::unique_ptr<NerModelData>> ParseNerModel(const ModelFile& file) {
  if (file.kind() != kNerModelKind) {
    return DataLossError("not an NER model: its kind is '" +
                         std::string(file.kind()) + "', expected 'ner'");
  }
  auto data = std::make_unique<NerModelData>();
  NerModelData& m = *data;
  auto get = [&](std::string_view key) {
    StatusOr<std::string_view> v = file.GetString(key);
    return v.ok() ? std::string(*v) : std::string();
  };
  m.training_config = get(kModelKeyTrainingConfig);
  m.data_hash = get(kModelKeyDataHash);
  m.data_description = get("data");
  m.license = get("license");
  StatusOr<std::string_view> inv_bytes = file.Section("inventory");
  if (!inv_bytes.ok()) {
    return DataLossError("ner model: " + inv_bytes.status().message());
  }
  ByteReader r(*inv_bytes, "section 'inventory'");
  const uint32_t layout = r.U32();
  if (r.ok() && layout != kNerLayoutVersion) {
    return UnsupportedVersionError(
        "ner model layout version " + std::to_string(layout) +
        " is not supported; this build reads layout " +
        std::to_string(kNerLayoutVersion));
  }
  const uint32_t n = r.U32();
  if (r.CheckCount(n, 4)) {
    for (uint32_t i = 0; i < n && r.ok(); ++i) {
      m.types.emplace_back(r.String());
    }
  }
  KHABAR_RETURN_IF_ERROR(r.Finish());
  if (m.types.empty() || m.types.size() > 32) {
    return DataLossError("ner model: section 'inventory' has " +
                         std::to_string(m.types.size()) + " entity types");
  }
  KHABAR_RETURN_IF_ERROR(ReadIndex(file, "gazetteer", &m.gazetteer));
  KHABAR_RETURN_IF_ERROR(ReadIndex(file, "contexts", &m.contexts));
  KHABAR_RETURN_IF_ERROR(ReadIndex(file, "clusters", &m.clusters));
  KHABAR_RETURN_IF_ERROR(ReadIndex(file, "lexicon", &m.lexicon));
  const uint32_t labels = static_cast<uint32_t>(m.labels());
  KHABAR_RETURN_IF_ERROR(ReadLinear(file, "tagger", labels, &m.tagger));
  KHABAR_RETURN_IF_ERROR(ReadLinear(file, "tagger2", labels, &m.tagger2));
  return data;
}

}  // namespace khabar::ner
