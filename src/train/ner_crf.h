// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal (trainer): one stochastic-gradient step of a linear-chain CRF
// over the NER tagger's features, the alternative to the structured
// perceptron's step (NerTrainOptions::crf). The scores are the tagger's
// (base features + features of the previous label, the same lattice
// DecodeNer searches), so a model trained this way decodes as any other.
//
// The step computes the marginals of every label and label pair by
// forward-backward (log space, the BIO/BIOES transitions that
// NerTransitionAllowed forbids left out) and moves each feature's row by
// rate * (observed - expected). With a cost (softmax-margin: Gimpel and
// Smith 2010), every wrong label's score gets `cost` added before the
// marginals are taken, the CRF's counterpart of the perceptron's margin.
//
//   NerCrfScratch scratch;
//   errors += NerCrfStep(m, tokens, gold, nullptr, {0.1f, 1.0f}, &model,
//                        &scratch);
//   model.Tick();

#ifndef KHABAR_TRAIN_NER_CRF_H_
#define KHABAR_TRAIN_NER_CRF_H_

#include <cstdint>
#include <span>
#include <vector>

#include "ner/ner_decode.h"
#include "ner/ner_model.h"
#include "train/perceptron.h"
#include "train/sgd_model.h"

namespace khabar::train {

struct NerCrfStepOptions {
  float rate = 0.1f;  // learning rate
  float cost = 0.0f;  // added to every wrong label's score (softmax-margin)
};

struct NerCrfScratch {
  std::vector<uint64_t> features;
  // Token i's base features: features[base_begin[i], prev_begin[s]) with
  // s = i * (labels + 1); those of token i after label p - 1 (p = 0: the
  // start): features[prev_begin[s + p], prev_end[s + p]).
  std::vector<uint32_t> base_begin;
  std::vector<uint32_t> prev_begin;
  std::vector<uint32_t> prev_end;
  std::vector<double> base;   // tokens x labels
  std::vector<double> trans;  // tokens x (labels + 1) x labels
  std::vector<double> alpha;  // tokens x labels
  std::vector<double> beta;   // tokens x labels
  std::vector<float> delta;   // labels
};

// One step on a sentence with gold labels `gold` (second pass: `pass1`,
// the first pass's labels). Returns the number of tokens whose most
// probable label (before the step, with the cost) is not the gold one.
// The caller ticks the model once per sentence (its averaging). Model:
// Perceptron or SgdModel.
template <typename Model>
int64_t NerCrfStep(const ner::NerModelData& m,
                   std::span<const ner::NerToken> tokens,
                   const std::vector<uint16_t>& gold,
                   const std::vector<uint16_t>* pass1,
                   const NerCrfStepOptions& options, Model* model,
                   NerCrfScratch* s);

}  // namespace khabar::train

#endif  // KHABAR_TRAIN_NER_CRF_H_
