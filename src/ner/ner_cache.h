// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: what the NER decoder computes for a word type whatever its
// context, computed once per type and kept (see morph/type_cache.h): the
// scores of the token's own features (its form, host, affixes, analysis,
// raw-news profile, lexicon: NerOwnFeatures), the scores of the
// previous-label features of a token (the previous label
// with the host, its shape and word class), one row per previous label,
// for each of the two taggers; and, precomputed for every combination,
// the scores of the second pass's (previous label, first-pass label, next
// first-pass label) feature. That leaves the neighbour and first-pass
// features to look up per token. Cached rows are sums of the same weights in
// the same order as NerPrevFeatures, so decoding does not depend on what the
// cache holds.
//
// Thread safety: none; one per tagger.

#ifndef KHABAR_NER_NER_CACHE_H_
#define KHABAR_NER_NER_CACHE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "morph/type_cache.h"
#include "ner/ner_model.h"

namespace khabar::ner {

struct NerToken;  // ner/ner_decode.h

class NerTypeCache {
 public:
  // `m` must outlive the cache; up to `types` types per tagger.
  NerTypeCache(const NerModelData& m, uint32_t types);

  // The labels scores of t's own features (NerOwnFeatures) under tagger
  // `model` (valid until the next call).
  const float* OwnRow(int model, const NerToken& t);

  // (labels + 1) x labels scores of t's own previous-label features under
  // tagger `model` (0: first pass, 1: second), row p for previous label
  // p - 1 (valid until the next call).
  const float* PrevRows(int model, const NerToken& t);

  // The labels scores of NerPrevPass1Feature(prev, self, next) under the
  // second-pass tagger.
  const float* Pass1Row(int prev, uint64_t self, uint64_t next) const {
    const size_t w = n_ + 1;
    return pass1_rows_.data() + ((size_t(prev + 1) * w + self) * w + next) * n_;
  }

  size_t MemoryBytes() const;

 private:
  const NerModelData& m_;
  size_t n_ = 0;  // labels
  morph::TypeCache types_;
  std::unique_ptr<float[]> rows_;  // (n_ + 1) * n_ per slot
  morph::TypeCache own_types_;
  std::unique_ptr<float[]> own_rows_;  // n_ per slot
  std::vector<float> pass1_rows_;      // (n_ + 1)^3 rows
  std::string key_;
  std::vector<uint64_t> features_;
};

}  // namespace khabar::ner

#endif  // KHABAR_NER_NER_CACHE_H_
