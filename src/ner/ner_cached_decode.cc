// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "ner/ner_cached_decode.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "ner/ner_cache.h"
#include "ner/ner_decode.h"
#include "ner/ner_model.h"

namespace khabar::ner {
namespace {

// The allowed transitions of `m` into s: per label l, the previous labels
// allowed_prev[allowed_begin[l] .. allowed_begin[l + 1]), and whether l
// may start a sentence.
void PrepareTransitions(const NerModelData& m, NerScratch* s) {
  const size_t n = m.labels();
  if (s->allowed_begin.size() == n + 1) return;
  s->allowed_begin.assign(1, 0);
  s->allowed_prev.clear();
  s->allowed_start.assign(n, 0);
  for (size_t l = 0; l < n; ++l) {
    s->allowed_start[l] = NerTransitionAllowed(m, -1, static_cast<int>(l));
    for (size_t p = 0; p < n; ++p) {
      if (NerTransitionAllowed(m, static_cast<int>(p), static_cast<int>(l))) {
        s->allowed_prev.push_back(static_cast<int16_t>(p));
      }
    }
    s->allowed_begin.push_back(static_cast<uint32_t>(s->allowed_prev.size()));
  }
}

// NerToken::history values the cache's tables hold: two bits for each of
// the first four types.
constexpr uint32_t kHistoryValues = 256;

void Add(const float* row, float* out, size_t n) {
  for (size_t l = 0; l < n; ++l) out[l] += row[l];
}

}  // namespace

void DecodeNerCached(const NerModelData& m, const NerTypeCache& cache,
                     int model, std::span<const uint32_t> entries,
                     const std::vector<uint16_t>* pass1,
                     std::span<const uint32_t> history,
                     std::vector<uint16_t>* labels, NerScratch* s) {
  const size_t n = m.labels();
  const size_t len = entries.size();
  labels->assign(len, 0);
  if (len == 0) return;
  PrepareTransitions(m, s);
  s->delta.assign(len * n, -1e30f);
  s->back.assign(len * n, -1);
  s->trans.resize((n + 1) * n);
  const morph::LinearModel& tagger = model == 0 ? m.tagger : m.tagger2;
  const bool history_features = (m.feature_set & kNerFeatureHistory) != 0;
  const bool window_features = (m.feature_set & kNerFeatureClusterWindow) != 0;

  // Each token's scores that do not depend on the labels: its own, then
  // what its neighbours add, each neighbour's rows read once.
  s->hot.resize(len);
  s->scores.resize(len * n);
  for (size_t i = 0; i < len; ++i) {
    s->hot[i] = cache.hot(entries[i]);
    const float* own = cache.Own(model, entries[i]);
    std::copy(own, own + n, &s->scores[i * n]);
  }
  auto add = [&](size_t i, const float* row) {
    Add(row, &s->scores[i * n], n);
  };
  add(0, cache.Edge(model, NerNeighbour::kPrev));
  add(0, cache.Edge(model, NerNeighbour::kPrev2));
  if (len > 1) add(1, cache.Edge(model, NerNeighbour::kPrev2));
  add(len - 1, cache.Edge(model, NerNeighbour::kNext));
  add(len - 1, cache.Edge(model, NerNeighbour::kNext2));
  if (len > 1) add(len - 2, cache.Edge(model, NerNeighbour::kNext2));
  for (size_t j = 0; j < len; ++j) {
    const float* rows = cache.NeighbourRows(model, s->hot[j]);
    if (j + 1 < len) add(j + 1, rows + size_t{0} * n);  // kPrev
    if (j >= 1) add(j - 1, rows + size_t{1} * n);       // kNext
    if (j + 2 < len) add(j + 2, rows + size_t{2} * n);  // kPrev2
    if (j >= 2) add(j - 2, rows + size_t{3} * n);       // kNext2
  }

  // The host-pair features of every token, prefetched together: they are
  // the look-ups left, and mostly cache misses.
  s->features.clear();
  s->feature_begin.assign(1, 0);
  for (size_t i = 0; i < len; ++i) {
    const NerTypeHot& t = s->hot[i];
    if (t.trained) {
      const NerHostView self{t.host_feature, true};
      NerHostView prev, next;
      if (i > 0) prev = {s->hot[i - 1].host_feature, s->hot[i - 1].trained};
      if (i + 1 < len) {
        next = {s->hot[i + 1].host_feature, s->hot[i + 1].trained};
      }
      NerHostPairFeatures(self, i > 0 ? &prev : nullptr,
                          i + 1 < len ? &next : nullptr, &s->features);
    }
    if (pass1 != nullptr && history_features && i < history.size() &&
        history[i] >= kHistoryValues) {
      // A history past the table (a model of more than four types).
      s->features.push_back(
          NerHistoryPass1Feature(history[i], uint64_t{(*pass1)[i]} + 1));
    }
    s->feature_begin.push_back(static_cast<uint32_t>(s->features.size()));
  }
  // Most host pairs never met in training: no look-up for them. The
  // filter's blocks are loaded together first, then tested.
  for (uint64_t f : s->features) cache.PrefetchFilter(f);
  size_t kept = 0;
  for (size_t i = 0, from = 0; i < len; ++i) {
    const uint32_t end = s->feature_begin[i + 1];  // as collected
    for (; from < end; ++from) {
      if (cache.MayHave(s->features[from])) {
        s->features[kept++] = s->features[from];
      }
    }
    s->feature_begin[i + 1] = static_cast<uint32_t>(kept);
  }
  s->features.resize(kept);
  for (uint64_t f : s->features) tagger.Prefetch(f);

  for (size_t i = 0; i < len; ++i) {
    const NerTypeHot& t = s->hot[i];
    const NerTypeHot* p1 = i > 0 ? &s->hot[i - 1] : nullptr;
    const NerTypeHot* n1 = i + 1 < len ? &s->hot[i + 1] : nullptr;
    float* base = &s->scores[i * n];
    const uint32_t wc_prev = p1 != nullptr ? p1->word_cluster : 0;
    const uint32_t wc_next = n1 != nullptr ? n1->word_cluster : 0;
    for (NerNeighbour side : {NerNeighbour::kPrev, NerNeighbour::kNext}) {
      if (NerWantsNoWordCluster(t.word_cluster, wc_prev, wc_next, side)) {
        Add(cache.NoWordCluster(model, side), base, n);
      }
    }
    if (window_features) {
      const uint32_t w_prev = p1 != nullptr ? p1->window : 0;
      const uint32_t w_next = n1 != nullptr ? n1->window : 0;
      Add(cache.WindowBigram(model, false, w_prev, t.window), base, n);
      Add(cache.WindowBigram(model, true, t.window, w_next), base, n);
    }
    uint64_t self = 0, next = 0;
    if (pass1 != nullptr) {
      self = (*pass1)[i] + 1;
      next = i + 1 < len ? (*pass1)[i + 1] + 1 : 0;
      const uint64_t next2 = i + 2 < len ? (*pass1)[i + 2] + 1 : 0;
      const uint32_t h = i < history.size() ? history[i] : 0;
      Add(cache.Pass1Self(self), base, n);
      Add(cache.Pass1Next(next, next2), base, n);
      if (history_features) {
        // NerHistoryFeatures reads the first four types' counts.
        Add(cache.History(h % kHistoryValues), base, n);
        if (h < kHistoryValues) Add(cache.HistoryPass1(h, self), base, n);
      }
      cache.AddPass1Host(t, next, base);
    }
    for (uint32_t k = s->feature_begin[i]; k < s->feature_begin[i + 1]; ++k) {
      tagger.Accumulate(s->features[k], base, 0, static_cast<uint32_t>(n));
    }
    // Viterbi: row p of `prev` scores the previous label p - 1.
    const float* prev = cache.Prev(model, t, s->trans.data());
    float* delta = &s->delta[i * n];
    int16_t* back = &s->back[i * n];
    if (i == 0) {
      const float* extra =
          pass1 == nullptr ? nullptr : cache.Pass1Prev(-1, self, next);
      for (size_t l = 0; l < n; ++l) {
        if (!s->allowed_start[l]) continue;
        const float trans = extra == nullptr ? prev[l] : prev[l] + extra[l];
        if (trans <= -1e29f) continue;
        delta[l] = trans + base[l];
        back[l] = -1;
      }
      continue;
    }
    const float* before = &s->delta[(i - 1) * n];
    for (size_t l = 0; l < n; ++l) {
      float best = -1e30f;
      int16_t arg = -1;
      for (uint32_t k = s->allowed_begin[l]; k < s->allowed_begin[l + 1]; ++k) {
        const int16_t p = s->allowed_prev[k];
        const float* row = prev + (static_cast<size_t>(p) + 1) * n;
        const float trans = pass1 == nullptr
                                ? row[l]
                                : row[l] + cache.Pass1Prev(p, self, next)[l];
        const float score = before[p] + trans;
        if (score > best) {
          best = score;
          arg = p;
        }
      }
      if (arg < 0 || best <= -1e29f) continue;
      delta[l] = best + base[l];
      back[l] = arg;
    }
  }
  NerBacktrack(m, len, *s, labels);
}

}  // namespace khabar::ner
