// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Sections of an NER model file (little-endian, see model/byte_io.h):
//   inventory  u32 layout version; u32 label encoding (0 BIO, 1 BIOES);
//              u32 feature groups; entity type names
//   gazetteer, contexts, clusters, lexicon, word_types, word_clusters
//              (layout 3 on)
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
#include "morph/model_sections.h"

namespace khabar::ner {

size_t NerModelData::MemoryBytes() const {
  return sizeof(*this) + tagger.MemoryBytes() + tagger2.MemoryBytes() +
         gazetteer.MemoryBytes() + contexts.MemoryBytes() +
         clusters.MemoryBytes() + lexicon.MemoryBytes() +
         word_types.MemoryBytes() + word_clusters.MemoryBytes();
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
  inv.U32(static_cast<uint32_t>(m.encoding));
  inv.U32(m.feature_set);
  inv.U32(static_cast<uint32_t>(m.types.size()));
  for (const std::string& t : m.types) inv.String(t);
  KHABAR_RETURN_IF_ERROR(
      writer.AddSection("inventory", std::move(inv).Finish()));
  ByteWriter gaz;
  morph::EncodeHashIndex(m.gazetteer, &gaz);
  KHABAR_RETURN_IF_ERROR(
      writer.AddSection("gazetteer", std::move(gaz).Finish()));
  ByteWriter ctx;
  morph::EncodeHashIndex(m.contexts, &ctx);
  KHABAR_RETURN_IF_ERROR(
      writer.AddSection("contexts", std::move(ctx).Finish()));
  ByteWriter cls;
  morph::EncodeHashIndex(m.clusters, &cls);
  KHABAR_RETURN_IF_ERROR(
      writer.AddSection("clusters", std::move(cls).Finish()));
  ByteWriter lex;
  morph::EncodeHashIndex(m.lexicon, &lex);
  KHABAR_RETURN_IF_ERROR(writer.AddSection("lexicon", std::move(lex).Finish()));
  ByteWriter types;
  morph::EncodeHashIndex(m.word_types, &types);
  KHABAR_RETURN_IF_ERROR(
      writer.AddSection("word_types", std::move(types).Finish()));
  ByteWriter word_clusters;
  morph::EncodeHashIndex(m.word_clusters, &word_clusters);
  KHABAR_RETURN_IF_ERROR(
      writer.AddSection("word_clusters", std::move(word_clusters).Finish()));
  KHABAR_RETURN_IF_ERROR(
      writer.AddSection("tagger", morph::EncodeLinearModel(m.tagger)));
  KHABAR_RETURN_IF_ERROR(
      writer.AddSection("tagger2", morph::EncodeLinearModel(m.tagger2)));
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
  if (r.ok() &&
      (layout < kNerOldestLayoutVersion || layout > kNerLayoutVersion)) {
    return UnsupportedVersionError(
        "ner model layout version " + std::to_string(layout) +
        " is not supported; this build reads layouts " +
        std::to_string(kNerOldestLayoutVersion) + " to " +
        std::to_string(kNerLayoutVersion));
  }
  const uint32_t encoding = r.U32();
  if (r.ok() && encoding > 1) {
    return DataLossError("ner model: section 'inventory' has label encoding " +
                         std::to_string(encoding));
  }
  m.encoding = static_cast<NerEncoding>(encoding);
  m.feature_set = r.U32();
  const uint32_t known_features =
      // Layout 2: the groups before the word clusters.
      layout >= 3 ? kNerFeatureAll : kNerFeatureWordClusters - 1;
  if (r.ok() && (m.feature_set & ~known_features) != 0) {
    return DataLossError("ner model: section 'inventory' has feature groups " +
                         std::to_string(m.feature_set));
  }
  const uint32_t n = r.U32();
  if (r.CheckCount(n, 4)) {
    for (uint32_t i = 0; i < n && r.ok(); ++i) {
      m.types.emplace_back(r.String());
    }
  }
  KHABAR_RETURN_IF_ERROR(r.Finish());
  if (m.types.empty() || m.types.size() > kNerMaxTypes) {
    return DataLossError("ner model: section 'inventory' has " +
                         std::to_string(m.types.size()) + " entity types");
  }
  KHABAR_RETURN_IF_ERROR(morph::DecodeHashIndexSection(
      file, "gazetteer", "ner model", &m.gazetteer));
  KHABAR_RETURN_IF_ERROR(morph::DecodeHashIndexSection(
      file, "contexts", "ner model", &m.contexts));
  KHABAR_RETURN_IF_ERROR(morph::DecodeHashIndexSection(
      file, "clusters", "ner model", &m.clusters));
  KHABAR_RETURN_IF_ERROR(
      morph::DecodeHashIndexSection(file, "lexicon", "ner model", &m.lexicon));
  KHABAR_RETURN_IF_ERROR(morph::DecodeHashIndexSection(
      file, "word_types", "ner model", &m.word_types));
  if (layout >= 3) {
    KHABAR_RETURN_IF_ERROR(morph::DecodeHashIndexSection(
        file, "word_clusters", "ner model", &m.word_clusters));
  }
  const uint32_t labels = static_cast<uint32_t>(m.labels());
  KHABAR_RETURN_IF_ERROR(
      morph::DecodeLinearModel(file, "tagger", "ner model", labels, &m.tagger));
  KHABAR_RETURN_IF_ERROR(morph::DecodeLinearModel(file, "tagger2", "ner model",
                                                  labels, &m.tagger2));
  return data;
}

}  // namespace khabar::ner
