// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "ner/ner_cache.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "morph/hash_index.h"
#include "ner/ner_decode.h"
#include "ner/ner_model.h"

namespace khabar::ner {

NerTypeCache::NerTypeCache(const NerModelData& m, uint32_t types)
    : m_(m), n_(m.labels()), types_(types), own_types_(types) {
  const size_t rows = n_ + 1;
  own_rows_.reset(new float[size_t{own_types_.slots()} * n_]);
  // Not initialized: a slot's rows are written when a type takes it.
  rows_.reset(new float[size_t{types_.slots()} * rows * n_]);
  pass1_rows_.assign(rows * rows * rows * n_, 0.0f);
  if (m.tagger2.rows() == 0) return;
  for (size_t p = 0; p < rows; ++p) {
    for (size_t self = 0; self < rows; ++self) {
      for (size_t next = 0; next < rows; ++next) {
        float* row = &pass1_rows_[((p * rows + self) * rows + next) * n_];
        m.tagger2.Accumulate(
            NerPrevPass1Feature(static_cast<int>(p) - 1, self, next), row, 0,
            static_cast<uint32_t>(n_));
      }
    }
  }
}

namespace {

void AppendU32(uint32_t v, std::string* out) {
  out->append(reinterpret_cast<const char*>(&v), sizeof(v));
}
void AppendU64(uint64_t v, std::string* out) {
  out->append(reinterpret_cast<const char*>(&v), sizeof(v));
}

}  // namespace

const float* NerTypeCache::OwnRow(int model, const NerToken& t) {
  // Everything NerOwnFeatures reads.
  key_.assign(1, static_cast<char>('0' + model));
  key_.push_back(t.shape);
  key_.push_back(t.dropped ? 'd' : 'k');
  key_.push_back(t.enclitic ? 'e' : '-');
  for (uint32_t v : {t.raw, t.al_ratio, t.gazetteer, t.context, t.token_context,
                     t.cluster, t.lexicon, t.word_type, t.token_word_type,
                     t.token_lexicon, t.word_cluster}) {
    AppendU32(v, &key_);
  }
  for (uint64_t v :
       {t.token_fold_key, t.host_key, t.lemma_key, t.stem_key, t.feats_key}) {
    AppendU64(v, &key_);
  }
  for (const std::string* part : {&t.upos, &t.proclitics, &t.key}) {
    key_ += *part;
    key_.push_back('\0');
  }
  key_ += t.host;
  const uint64_t hash = morph::StringKey(key_);
  uint32_t slot = 0;
  if (own_types_.Find(hash, key_, &slot)) {
    return own_rows_.get() + size_t{slot} * n_;
  }
  slot = own_types_.Insert(hash, key_);
  float* row = own_rows_.get() + size_t{slot} * n_;
  std::fill(row, row + n_, 0.0f);
  features_.clear();
  NerOwnFeatures(m_, t, &features_);
  const morph::LinearModel& tagger = model == 0 ? m_.tagger : m_.tagger2;
  for (uint64_t f : features_) tagger.Prefetch(f);
  for (uint64_t f : features_) {
    tagger.Accumulate(f, row, 0, static_cast<uint32_t>(n_));
  }
  return row;
}

const float* NerTypeCache::PrevRows(int model, const NerToken& t) {
  key_.assign(1, static_cast<char>('0' + model));
  key_.push_back(t.shape);
  key_.push_back(t.dropped ? 'd' : 'k');
  key_ += t.host;
  const size_t rows = n_ + 1;
  const uint64_t hash = morph::StringKey(key_);
  uint32_t slot = 0;
  if (types_.Find(hash, key_, &slot)) {
    return rows_.get() + size_t{slot} * rows * n_;
  }
  slot = types_.Insert(hash, key_);
  float* out = rows_.get() + size_t{slot} * rows * n_;
  const morph::LinearModel& tagger = model == 0 ? m_.tagger : m_.tagger2;
  for (size_t p = 0; p < rows; ++p) {
    float* row = out + p * n_;
    std::fill(row, row + n_, 0.0f);
    features_.clear();
    NerPrevTokenFeatures(m_, t, static_cast<int>(p) - 1, &features_);
    for (uint64_t f : features_) {
      tagger.Accumulate(f, row, 0, static_cast<uint32_t>(n_));
    }
  }
  return out;
}

size_t NerTypeCache::MemoryBytes() const {
  return sizeof(*this) + types_.MemoryBytes() + own_types_.MemoryBytes() +
         size_t{own_types_.slots()} * n_ * sizeof(float) +
         size_t{types_.slots()} * (n_ + 1) * n_ * sizeof(float) +
         pass1_rows_.capacity() * sizeof(float) + key_.capacity() +
         features_.capacity() * sizeof(uint64_t);
}

}  // namespace khabar::ner
