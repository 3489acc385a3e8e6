// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: the NER tagger's view of a token, its features and the greedy
// BIO decoder, shared by the tagger and its trainer (same features in both).
// A token is seen through the morphological analysis: its host word (so
// "wkyry" is seen as "kyry"), proclitics, the host's UPOS, and counts from
// raw news kept in the morphology model.

#ifndef KHABAR_NER_NER_DECODE_H_
#define KHABAR_NER_NER_DECODE_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/morph_analyzer.h"
#include "morph/morph_model.h"
#include "ner/ner_model.h"

namespace khabar::ner {

struct NerToken {
  std::string key;         // KeyForm of the token
  std::string host;        // FoldForm of the host word
  std::string proclitics;  // the proclitic words' forms, concatenated
  std::string upos;        // the host's UPOS
  bool enclitic = false;
  char shape = 'p';
  uint32_t raw = 0;            // raw-news count bucket of the host
  uint32_t al_ratio = 0;       // how often the host takes the article in news
  uint32_t gazetteer = 0;      // type bits of the host in the gazetteer
  uint32_t context = 0;        // NerModelData::contexts of the host (0: none)
  uint32_t token_context = 0;  // ... of the whole token
  uint32_t cluster = 0;        // NerModelData::clusters of the host (0: none)
  uint32_t lexicon = 0;        // NerModelData::lexicon of the host (0: none)
  uint32_t host_begin = 0;     // byte offset of the host in the text
};

// The lexicon value of a token's host (NerModelData::lexicon layout).
uint32_t LexiconValue(const morph::HashIndex& lexicon, std::string_view host);

// The tokens [first, first + count) of an analysis of `text`.
void MakeNerTokens(const morph::MorphModelData& morph, const NerModelData& ner,
                   std::string_view text, const MorphAnalysis& analysis,
                   size_t first, size_t count, std::vector<NerToken>* out);

// Features of token i that do not depend on the previous label; in the
// second pass (`pass1` not null) they include the first pass's labels.
void NerBaseFeatures(const std::vector<NerToken>& tokens, size_t i,
                     const std::vector<uint16_t>* pass1,
                     std::vector<uint64_t>* out);

// Features of token i that depend on the previous label (-1: none).
void NerPrevFeatures(const std::vector<NerToken>& tokens, size_t i, int prev,
                     const std::vector<uint16_t>* pass1,
                     std::vector<uint64_t>* out);

// True if `label` may follow `prev` (-1 at the start): I-T only after B-T or
// I-T.
inline bool NerTransitionAllowed(int prev, int label) {
  if (label == 0 || label % 2 == 1) return true;
  return prev == label - 1 || prev == label;
}

// Scratch for DecodeNer.
struct NerScratch {
  std::vector<uint64_t> features;
  std::vector<float> base;    // labels
  std::vector<float> trans;   // (labels + 1) x labels, row 0 = start
  std::vector<float> delta;   // tokens x labels
  std::vector<int16_t> back;  // tokens x labels
};

// The best label sequence (Viterbi, first order) under `model`: score of
// label l at i = base features + features of (previous label, i).
template <typename Model>
void DecodeNer(const NerModelData& m, const Model& model,
               const std::vector<NerToken>& tokens,
               const std::vector<uint16_t>* pass1,
               std::vector<uint16_t>* labels, NerScratch* s) {
  const size_t n = m.labels();
  const size_t len = tokens.size();
  labels->assign(len, 0);
  if (len == 0) return;
  s->delta.assign(len * n, -1e30f);
  s->back.assign(len * n, -1);
  s->base.resize(n);
  s->trans.resize((n + 1) * n);
  for (size_t i = 0; i < len; ++i) {
    s->features.clear();
    NerBaseFeatures(tokens, i, pass1, &s->features);
    for (uint64_t f : s->features) model.Prefetch(f);
    std::fill(s->base.begin(), s->base.end(), 0.0f);
    for (uint64_t f : s->features) {
      model.Accumulate(f, s->base.data(), 0, static_cast<uint32_t>(n));
    }
    const size_t first_prev = i == 0 ? 0 : 1;
    const size_t last_prev = i == 0 ? 0 : n;
    for (size_t p = first_prev; p <= last_prev; ++p) {
      float* row = &s->trans[p * n];
      std::fill(row, row + n, 0.0f);
      s->features.clear();
      NerPrevFeatures(tokens, i, static_cast<int>(p) - 1, pass1, &s->features);
      for (uint64_t f : s->features) {
        model.Accumulate(f, row, 0, static_cast<uint32_t>(n));
      }
    }
    for (size_t l = 0; l < n; ++l) {
      float best = -1e30f;
      int16_t arg = -1;
      for (size_t p = first_prev; p <= last_prev; ++p) {
        const int prev = static_cast<int>(p) - 1;
        if (!NerTransitionAllowed(prev, static_cast<int>(l))) continue;
        const float before = i == 0 ? 0.0f : s->delta[(i - 1) * n + p - 1];
        const float score = before + s->trans[p * n + l];
        if (score > best) {
          best = score;
          arg = static_cast<int16_t>(prev);
        }
      }
      if (arg < -1 || best <= -1e29f) continue;
      s->delta[i * n + l] = best + s->base[l];
      s->back[i * n + l] = arg;
    }
  }
  size_t best = 0;
  for (size_t l = 1; l < n; ++l) {
    if (s->delta[(len - 1) * n + l] > s->delta[(len - 1) * n + best]) best = l;
  }
  for (size_t i = len; i-- > 0;) {
    (*labels)[i] = static_cast<uint16_t>(best);
    const int16_t prev = s->back[i * n + best];
    if (i > 0) best = prev < 0 ? 0 : static_cast<size_t>(prev);
  }
}

}  // namespace khabar::ner

#endif  // KHABAR_NER_NER_DECODE_H_
