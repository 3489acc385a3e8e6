// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "train/ner_crf.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

namespace khabar::train {
namespace {

constexpr double kNone = -std::numeric_limits<double>::infinity();

// log(exp(a) + exp(b)), -inf as the empty sum.
double LogAdd(double a, double b) {
  if (a == kNone) return b;
  if (b == kNone) return a;
  const double hi = std::max(a, b);
  return hi + std::log1p(std::exp(std::min(a, b) - hi));
}

// The scores of `features[begin, end)` under the model's current weights,
// added to row[0, labels).
template <typename Model>
void Score(const Model& model, const std::vector<uint64_t>& features,
           uint32_t begin, uint32_t end, size_t labels, double* row) {
  float sums[64] = {};
  for (uint32_t k = begin; k < end; ++k) {
    model.Accumulate(features[k], sums, 0, static_cast<uint32_t>(labels));
  }
  for (size_t l = 0; l < labels; ++l) row[l] += sums[l];
}

}  // namespace

template <typename Model>
int64_t NerCrfStep(const ner::NerModelData& m,
                   std::span<const ner::NerToken> tokens,
                   const std::vector<uint16_t>& gold,
                   const std::vector<uint16_t>* pass1,
                   const NerCrfStepOptions& options, Model* model,
                   NerCrfScratch* s) {
  const size_t n = m.labels();
  const size_t len = tokens.size();
  if (len == 0 || n == 0 || n > 64) return 0;
  const size_t slots = n + 1;
  // Features and scores of the lattice.
  s->features.clear();
  s->base_begin.assign(len, 0);
  s->prev_begin.assign(len * slots, 0);
  s->prev_end.assign(len * slots, 0);
  s->base.assign(len * n, 0.0);
  s->trans.assign(len * slots * n, 0.0);
  for (size_t i = 0; i < len; ++i) {
    s->base_begin[i] = static_cast<uint32_t>(s->features.size());
    ner::NerBaseFeatures(m, tokens, i, pass1, &s->features);
    Score(*model, s->features, s->base_begin[i],
          static_cast<uint32_t>(s->features.size()), n, &s->base[i * n]);
    for (size_t l = 0; l < n; ++l) {
      if (l != gold[i]) s->base[i * n + l] += options.cost;
    }
    for (size_t p = 0; p < slots; ++p) {
      const size_t slot = i * slots + p;
      s->prev_begin[slot] = static_cast<uint32_t>(s->features.size());
      if ((i == 0) == (p == 0)) {
        ner::NerPrevFeatures(m, tokens, i, static_cast<int>(p) - 1, pass1,
                             &s->features);
        Score(*model, s->features, s->prev_begin[slot],
              static_cast<uint32_t>(s->features.size()), n,
              &s->trans[slot * n]);
      }
      s->prev_end[slot] = static_cast<uint32_t>(s->features.size());
    }
  }
  // Forward and backward, log space.
  auto allowed = [&](size_t p, size_t l) {  // p: slot (0 = start)
    return ner::NerTransitionAllowed(m, static_cast<int>(p) - 1,
                                     static_cast<int>(l));
  };
  s->alpha.assign(len * n, kNone);
  s->beta.assign(len * n, kNone);
  for (size_t i = 0; i < len; ++i) {
    for (size_t l = 0; l < n; ++l) {
      double sum = kNone;
      if (i == 0) {
        if (allowed(0, l)) sum = s->trans[l];
      } else {
        for (size_t p = 1; p < slots; ++p) {
          const double a = s->alpha[(i - 1) * n + p - 1];
          if (a == kNone || !allowed(p, l)) continue;
          sum = LogAdd(sum, a + s->trans[(i * slots + p) * n + l]);
        }
      }
      if (sum != kNone) s->alpha[i * n + l] = sum + s->base[i * n + l];
    }
  }
  for (size_t l = 0; l < n; ++l) {
    if (ner::NerFinalAllowed(m, static_cast<int>(l))) {
      s->beta[(len - 1) * n + l] = 0.0;
    }
  }
  for (size_t i = len - 1; i-- > 0;) {
    for (size_t p = 0; p < n; ++p) {
      double sum = kNone;
      for (size_t l = 0; l < n; ++l) {
        const double b = s->beta[(i + 1) * n + l];
        if (b == kNone || !allowed(p + 1, l)) continue;
        sum = LogAdd(sum, s->trans[((i + 1) * slots + p + 1) * n + l] +
                              s->base[(i + 1) * n + l] + b);
      }
      s->beta[i * n + p] = sum;
    }
  }
  double log_z = kNone;
  for (size_t l = 0; l < n; ++l) {
    log_z =
        LogAdd(log_z, s->alpha[(len - 1) * n + l] + s->beta[(len - 1) * n + l]);
  }
  if (!std::isfinite(log_z)) return 0;
  // Gradient steps: observed minus expected counts, times the rate.
  const auto rate = static_cast<double>(options.rate);
  constexpr double kTiny = 1e-6;
  int64_t errors = 0;
  s->delta.resize(n);
  for (size_t i = 0; i < len; ++i) {
    size_t best = 0;
    double best_p = -1;
    double largest = 0;
    for (size_t l = 0; l < n; ++l) {
      const double marginal =
          std::exp(s->alpha[i * n + l] + s->beta[i * n + l] - log_z);
      if (marginal > best_p) {
        best_p = marginal;
        best = l;
      }
      const double d = (l == gold[i] ? 1.0 : 0.0) - marginal;
      largest = std::max(largest, std::fabs(d));
      s->delta[l] = static_cast<float>(rate * d);
    }
    errors += best != gold[i];
    const uint32_t base_end = s->prev_begin[i * slots];
    if (largest > kTiny) {
      for (uint32_t k = s->base_begin[i]; k < base_end; ++k) {
        model->UpdateRow(s->features[k], s->delta.data());
      }
    }
    for (size_t p = 0; p < slots; ++p) {
      const size_t slot = i * slots + p;
      const uint32_t begin = s->prev_begin[slot];
      const uint32_t end = s->prev_end[slot];
      if (begin == end) continue;
      largest = 0;
      for (size_t l = 0; l < n; ++l) {
        double pair = 0;
        if (allowed(p, l)) {
          const double before = i == 0 ? 0.0 : s->alpha[(i - 1) * n + p - 1];
          if (before != kNone && s->beta[i * n + l] != kNone) {
            pair = std::exp(before + s->trans[slot * n + l] +
                            s->base[i * n + l] + s->beta[i * n + l] - log_z);
          }
        }
        const bool observed =
            l == gold[i] && (i == 0 || p == size_t{gold[i - 1]} + 1);
        const double d = (observed ? 1.0 : 0.0) - pair;
        largest = std::max(largest, std::fabs(d));
        s->delta[l] = static_cast<float>(rate * d);
      }
      if (largest <= kTiny) continue;
      for (uint32_t k = begin; k < end; ++k) {
        model->UpdateRow(s->features[k], s->delta.data());
      }
    }
  }
  return errors;
}

template int64_t NerCrfStep<Perceptron>(const ner::NerModelData&,
                                        std::span<const ner::NerToken>,
                                        const std::vector<uint16_t>&,
                                        const std::vector<uint16_t>*,
                                        const NerCrfStepOptions&, Perceptron*,
                                        NerCrfScratch*);
template int64_t NerCrfStep<SgdModel>(const ner::NerModelData&,
                                      std::span<const ner::NerToken>,
                                      const std::vector<uint16_t>&,
                                      const std::vector<uint16_t>*,
                                      const NerCrfStepOptions&, SgdModel*,
                                      NerCrfScratch*);

}  // namespace khabar::train
