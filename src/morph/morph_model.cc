// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Sections of a morph model file (all little-endian, see model/byte_io.h):
//   inventory    u32 layout version; prefixes, suffixes, rewrites, UPOS
//                tags, attributes with values, the allowed matrix, lemma
//                rules
//   lexicon      entries (lemma, vocalized lemma, root); then three hash
//                indexes (u64 keys[], u32 values[], sorted by key):
//                LexiconKey(form, UPOS) -> entry, StringKey(lemma) -> entry
//                with its root, StringKey(host) -> count
//   word_counts  one hash index: StringKey(raw news token) -> count
//   contexts     one hash index: StringKey(folded raw news token) -> its
//                neighbour ranks (layout 3 on)
//   seg, seg_combo, tagger, tagger2, feats, lemmatizer
//                one linear model each: u32 slots, u64 keys[], u32 row
//                offsets[], u16 slots[], f32 weights[] (sparse rows)
// Maps are written sorted by key, so the same model gives the same bytes.

#include "morph/morph_model.h"

#include <algorithm>
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

namespace khabar::morph {
namespace {

void WriteStrings(const std::vector<std::string>& v, ByteWriter* w) {
  w->U32(static_cast<uint32_t>(v.size()));
  for (const std::string& s : v) w->String(s);
}

bool ReadStrings(ByteReader* r, std::vector<std::string>* v) {
  const uint32_t n = r->U32();
  if (!r->CheckCount(n, 4)) return false;
  v->clear();
  for (uint32_t i = 0; i < n && r->ok(); ++i) v->emplace_back(r->String());
  return r->ok();
}

}  // namespace

size_t MorphModelData::MemoryBytes() const {
  size_t b = sizeof(*this);
  b += seg.MemoryBytes() + seg_combo.MemoryBytes() + tagger.MemoryBytes() +
       tagger2.MemoryBytes() + feats.MemoryBytes() + lemmatizer.MemoryBytes();
  for (const LexiconEntry& e : entries) {
    b += sizeof(e) + e.lemma.capacity() + e.lemma_vocalized.capacity() +
         e.root.capacity();
  }
  b += lexicon.MemoryBytes() + lemma_roots.MemoryBytes() +
       host_counts.MemoryBytes() + word_counts.MemoryBytes() +
       contexts.MemoryBytes();
  return b;
}

StatusOr<std::string> SerializeMorphModel(const MorphModelData& m) {
  ModelWriter writer{std::string(kMorphModelKind)};
  KHABAR_RETURN_IF_ERROR(writer.SetTrainingConfig(m.training_config));
  KHABAR_RETURN_IF_ERROR(writer.SetDataHash(m.data_hash));
  KHABAR_RETURN_IF_ERROR(writer.SetMetadata("data", m.data_description));
  KHABAR_RETURN_IF_ERROR(writer.SetMetadata("license", m.license));
  KHABAR_RETURN_IF_ERROR(writer.SetMetadata(
      "layout_version", static_cast<int64_t>(kMorphLayoutVersion)));

  ByteWriter inv;
  inv.U32(kMorphLayoutVersion);
  inv.U32(static_cast<uint32_t>(m.prefixes.size()));
  for (const SegPrefix& p : m.prefixes) {
    inv.String(p.surface);
    inv.String(p.insert);
    WriteStrings(p.words, &inv);
  }
  inv.U32(static_cast<uint32_t>(m.suffixes.size()));
  for (const SegSuffix& s : m.suffixes) {
    inv.String(s.surface);
    WriteStrings(s.words, &inv);
  }
  inv.U32(static_cast<uint32_t>(m.rewrites.size()));
  for (const SegRewrite& r : m.rewrites) {
    inv.String(r.from);
    inv.String(r.to);
  }
  WriteStrings(m.upos, &inv);
  inv.U32(static_cast<uint32_t>(m.attributes.size()));
  for (const FeatAttribute& a : m.attributes) {
    inv.String(a.name);
    WriteStrings(a.values, &inv);
  }
  inv.Array(m.allowed, 1);
  inv.U32(static_cast<uint32_t>(m.lemma_rules.size()));
  for (const LemmaRule& r : m.lemma_rules) {
    inv.String(r.del_prefix);
    inv.String(r.add_prefix);
    inv.String(r.del_suffix);
    inv.String(r.add_suffix);
  }
  KHABAR_RETURN_IF_ERROR(
      writer.AddSection("inventory", std::move(inv).Finish()));

  ByteWriter lex;
  lex.U32(static_cast<uint32_t>(m.entries.size()));
  for (const LexiconEntry& e : m.entries) {
    lex.String(e.lemma);
    lex.String(e.lemma_vocalized);
    lex.String(e.root);
  }
  EncodeHashIndex(m.lexicon, &lex);
  EncodeHashIndex(m.lemma_roots, &lex);
  EncodeHashIndex(m.host_counts, &lex);
  KHABAR_RETURN_IF_ERROR(writer.AddSection("lexicon", std::move(lex).Finish()));

  ByteWriter words;
  EncodeHashIndex(m.word_counts, &words);
  KHABAR_RETURN_IF_ERROR(
      writer.AddSection("word_counts", std::move(words).Finish()));
  ByteWriter contexts;
  EncodeHashIndex(m.contexts, &contexts);
  KHABAR_RETURN_IF_ERROR(
      writer.AddSection("contexts", std::move(contexts).Finish()));

  KHABAR_RETURN_IF_ERROR(writer.AddSection("seg", EncodeLinearModel(m.seg)));
  KHABAR_RETURN_IF_ERROR(
      writer.AddSection("seg_combo", EncodeLinearModel(m.seg_combo)));
  KHABAR_RETURN_IF_ERROR(
      writer.AddSection("tagger", EncodeLinearModel(m.tagger)));
  KHABAR_RETURN_IF_ERROR(
      writer.AddSection("tagger2", EncodeLinearModel(m.tagger2)));
  KHABAR_RETURN_IF_ERROR(
      writer.AddSection("feats", EncodeLinearModel(m.feats)));
  KHABAR_RETURN_IF_ERROR(
      writer.AddSection("lemmatizer", EncodeLinearModel(m.lemmatizer)));
  return writer.Serialize();
}

StatusOr<std::unique_ptr<MorphModelData>> ParseMorphModel(
    const ModelFile& file) {
  if (file.kind() != kMorphModelKind) {
    return DataLossError("not a morphology model: its kind is '" +
                         std::string(file.kind()) + "', expected 'morph'");
  }
  auto data = std::make_unique<MorphModelData>();
  MorphModelData& m = *data;
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
    return DataLossError("morph model: " + inv_bytes.status().message());
  }
  ByteReader r(*inv_bytes, "section 'inventory'");
  const uint32_t layout = r.U32();
  if (r.ok() &&
      (layout < kMorphOldestLayoutVersion || layout > kMorphLayoutVersion)) {
    return UnsupportedVersionError(
        "morph model layout version " + std::to_string(layout) +
        " is not supported; this build reads layouts " +
        std::to_string(kMorphOldestLayoutVersion) + " to " +
        std::to_string(kMorphLayoutVersion));
  }
  uint32_t n = r.U32();
  if (r.CheckCount(n, 12)) {
    for (uint32_t i = 0; i < n && r.ok(); ++i) {
      SegPrefix& p = m.prefixes.emplace_back();
      p.surface = r.String();
      p.insert = r.String();
      ReadStrings(&r, &p.words);
    }
  }
  n = r.U32();
  if (r.CheckCount(n, 8)) {
    for (uint32_t i = 0; i < n && r.ok(); ++i) {
      SegSuffix& s = m.suffixes.emplace_back();
      s.surface = r.String();
      ReadStrings(&r, &s.words);
    }
  }
  n = r.U32();
  if (r.CheckCount(n, 8)) {
    for (uint32_t i = 0; i < n && r.ok(); ++i) {
      SegRewrite& w = m.rewrites.emplace_back();
      w.from = r.String();
      w.to = r.String();
    }
  }
  ReadStrings(&r, &m.upos);
  n = r.U32();
  if (r.CheckCount(n, 8)) {
    for (uint32_t i = 0; i < n && r.ok(); ++i) {
      FeatAttribute& a = m.attributes.emplace_back();
      a.name = r.String();
      ReadStrings(&r, &a.values);
      if (r.ok() && a.values.empty()) r.Fail("attribute without values");
    }
  }
  r.ArrayCopy(&m.allowed, 1);
  n = r.U32();
  if (r.CheckCount(n, 16)) {
    for (uint32_t i = 0; i < n && r.ok(); ++i) {
      LemmaRule& l = m.lemma_rules.emplace_back();
      l.del_prefix = r.String();
      l.add_prefix = r.String();
      l.del_suffix = r.String();
      l.add_suffix = r.String();
    }
  }
  KHABAR_RETURN_IF_ERROR(r.Finish());
  if (m.prefixes.empty() || m.suffixes.empty() || m.rewrites.empty() ||
      m.upos.empty() || m.lemma_rules.empty() ||
      m.allowed.size() != m.upos.size() * m.attributes.size()) {
    return DataLossError(
        "morph model: section 'inventory' is inconsistent (empty inventory "
        "or wrong matrix size)");
  }

  StatusOr<std::string_view> lex_bytes = file.Section("lexicon");
  if (!lex_bytes.ok()) {
    return DataLossError("morph model: " + lex_bytes.status().message());
  }
  ByteReader lex(*lex_bytes, "section 'lexicon'");
  n = lex.U32();
  if (lex.CheckCount(n, 12)) {
    m.entries.reserve(n);
    for (uint32_t i = 0; i < n && lex.ok(); ++i) {
      LexiconEntry& e = m.entries.emplace_back();
      e.lemma = lex.String();
      e.lemma_vocalized = lex.String();
      e.root = lex.String();
    }
  }
  const uint32_t last_entry =
      m.entries.empty() ? 0 : static_cast<uint32_t>(m.entries.size() - 1);
  DecodeHashIndex(&lex, &m.lexicon, last_entry);
  DecodeHashIndex(&lex, &m.lemma_roots, last_entry);
  if (m.entries.empty() && (m.lexicon.size() > 0 || m.lemma_roots.size() > 0)) {
    lex.Fail("lexicon without entries");
  }
  DecodeHashIndex(&lex, &m.host_counts, UINT32_MAX);
  KHABAR_RETURN_IF_ERROR(lex.Finish());

  StatusOr<std::string_view> wc_bytes = file.Section("word_counts");
  if (!wc_bytes.ok()) {
    return DataLossError("morph model: " + wc_bytes.status().message());
  }
  ByteReader wc(*wc_bytes, "section 'word_counts'");
  DecodeHashIndex(&wc, &m.word_counts, UINT32_MAX);
  KHABAR_RETURN_IF_ERROR(wc.Finish());
  if (layout >= 3) {
    StatusOr<std::string_view> ctx_bytes = file.Section("contexts");
    if (!ctx_bytes.ok()) {
      return DataLossError("morph model: " + ctx_bytes.status().message());
    }
    ByteReader ctx(*ctx_bytes, "section 'contexts'");
    DecodeHashIndex(&ctx, &m.contexts, UINT32_MAX);
    KHABAR_RETURN_IF_ERROR(ctx.Finish());
  }

  const uint32_t seg_slots = static_cast<uint32_t>(
      m.prefixes.size() + m.suffixes.size() + m.rewrites.size());
  uint32_t feat_slots = 0;
  for (const FeatAttribute& a : m.attributes) {
    feat_slots += static_cast<uint32_t>(a.values.size());
  }
  KHABAR_RETURN_IF_ERROR(
      DecodeLinearModel(file, "seg", "morph model", seg_slots, &m.seg));
  KHABAR_RETURN_IF_ERROR(
      DecodeLinearModel(file, "seg_combo", "morph model", 1, &m.seg_combo));
  KHABAR_RETURN_IF_ERROR(DecodeLinearModel(file, "tagger", "morph model",
                                           static_cast<uint32_t>(m.upos.size()),
                                           &m.tagger));
  KHABAR_RETURN_IF_ERROR(DecodeLinearModel(file, "tagger2", "morph model",
                                           static_cast<uint32_t>(m.upos.size()),
                                           &m.tagger2));
  KHABAR_RETURN_IF_ERROR(DecodeLinearModel(file, "feats", "morph model",
                                           std::max<uint32_t>(1, feat_slots),
                                           &m.feats));
  KHABAR_RETURN_IF_ERROR(DecodeLinearModel(
      file, "lemmatizer", "morph model",
      static_cast<uint32_t>(m.lemma_rules.size()), &m.lemmatizer));
  return data;
}

}  // namespace khabar::morph
