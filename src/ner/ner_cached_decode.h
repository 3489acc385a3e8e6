// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: the tagger's Viterbi decoder over NerTypeCache entries. It
// finds the label sequence DecodeNer (ner_decode.h) finds from the
// features, but a token's score is the sum of cached rows (its own, its
// neighbours' as neighbours, its previous-label rows) plus the few pair
// features looked up per token, and the transitions are walked from a
// table of the allowed ones. Scores are the same sums in another order,
// so a label can differ only on a tie to the last bit of a float.

#ifndef KHABAR_NER_NER_CACHED_DECODE_H_
#define KHABAR_NER_NER_CACHED_DECODE_H_

#include <cstdint>
#include <span>
#include <vector>

#include "ner/ner_cache.h"
#include "ner/ner_decode.h"
#include "ner/ner_model.h"

namespace khabar::ner {

// Decodes one sentence: `entries` are its tokens' cache entries; tagger
// `model` 0 is the first pass, 1 the second (then `pass1` holds the first
// pass's labels of the sentence and `history` each token's NerToken::
// history). `labels` gets a label per token.
void DecodeNerCached(const NerModelData& m, const NerTypeCache& cache,
                     int model, std::span<const uint32_t> entries,
                     const std::vector<uint16_t>* pass1,
                     std::span<const uint32_t> history,
                     std::vector<uint16_t>* labels, NerScratch* s);

}  // namespace khabar::ner

#endif  // KHABAR_NER_NER_CACHED_DECODE_H_
