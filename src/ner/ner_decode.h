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
  uint32_t host_begin = 0;     // byte offset of the host in the text
};

// The tokens [first, first + count) of an analysis of `text`.
void MakeNerTokens(const morph::MorphModelData& morph, const NerModelData& ner,
                   std::string_view text, const MorphAnalysis& analysis,
                   size_t first, size_t count, std::vector<NerToken>* out);

// Features of token i given the two previous labels (-1: none) and, in the
// second pass, the first pass's labels.
void NerFeatures(const std::vector<NerToken>& tokens, size_t i, int prev,
                 int prev2, const std::vector<uint16_t>* pass1,
                 std::vector<uint64_t>* out);

// True if `label` may follow `prev` (-1 at the start): I-T only after B-T or
// I-T.
inline bool NerTransitionAllowed(int prev, int label) {
  if (label == 0 || label % 2 == 1) return true;
  return prev == label - 1 || prev == label;
}

// Greedy left-to-right BIO labels of a sentence.
template <typename Model>
void DecodeNer(const NerModelData& m, const Model& model,
               const std::vector<NerToken>& tokens,
               const std::vector<uint16_t>* pass1,
               std::vector<uint16_t>* labels, std::vector<uint64_t>* features,
               std::vector<float>* scores) {
  const size_t n = m.labels();
  labels->assign(tokens.size(), 0);
  scores->resize(n);
  for (size_t i = 0; i < tokens.size(); ++i) {
    const int prev = i > 0 ? (*labels)[i - 1] : -1;
    features->clear();
    NerFeatures(tokens, i, prev, i > 1 ? (*labels)[i - 2] : -1, pass1,
                features);
    for (uint64_t f : *features) model.Prefetch(f);
    std::fill(scores->begin(), scores->end(), 0.0f);
    for (uint64_t f : *features) {
      model.Accumulate(f, scores->data(), 0, static_cast<uint32_t>(n));
    }
    int best = 0;
    for (size_t l = 1; l < n; ++l) {
      if (!NerTransitionAllowed(prev, static_cast<int>(l))) continue;
      if ((*scores)[l] > (*scores)[static_cast<size_t>(best)]) {
        best = static_cast<int>(l);
      }
    }
    (*labels)[i] = static_cast<uint16_t>(best);
  }
}

}  // namespace khabar::ner

#endif  // KHABAR_NER_NER_DECODE_H_
