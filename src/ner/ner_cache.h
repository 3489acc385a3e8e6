// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: what the NER tagger computes for a word type whatever its
// context, computed once per type and kept. News text is Zipfian: a few
// thousand types are most tokens, so most tokens are one look-up here and
// a handful of feature look-ups, not fifty (docs/BENCHMARKS.md).
//
// An entry is a token type: its form and analysis (AppendNerTypeKey) and
// its NerToken. For each of the two taggers the cache keeps the label
// scores of
//   - the type's own features (NerOwnFeatures): those of the host and its
//     analysis per host and analysis, the rest per type;
//   - the features it adds to a token's score as that token's previous,
//     next, second previous and second next neighbour
//     (NerNeighbourFeatures), per host, UPOS and word type;
//   - its previous-label features (NerPrevTokenFeatures), one row per
//     previous label (row 0: none, at the start): those of the word
//     classes per shape and classes, those of the host per host (hosts of
//     the training data only: no other host has any), with its
//     second-pass NerPass1HostFeature scores.
// Scores are kept at the coarsest key they depend on, so a new type is
// cheap when its host or classes were seen. The cache also holds the
// scores of the small-domain features: the neighbour features past a
// sentence's edge, the "no word cluster" features, the first pass's labels
// and the history, the word-cluster bigrams. What is left per token is the
// host-pair features (NerHostPairFeatures), looked up when both hosts are
// of the training data.
//
// Entries stay valid from BeginText to the next BeginText. There, when
// the text could overflow the cache, it keeps the types used most since
// the last time (at most half its capacity, each used at least once more
// after it came) with what they share, and forgets the rest; it grows past
// its capacity when one text has more types than that. On 6,000
// SaudiNewsNet articles this misses 27 % fewer types than forgetting
// everything (docs/BENCHMARKS.md).
//
// Thread safety: none; one per tagger.

#ifndef KHABAR_NER_NER_CACHE_H_
#define KHABAR_NER_NER_CACHE_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/morph_analyzer.h"
#include "morph/morph_model.h"
#include "ner/block_cache.h"
#include "ner/feature_filter.h"
#include "ner/ner_decode.h"
#include "ner/ner_model.h"

namespace khabar::ner {

class NerTypeCache {
 public:
  // `m` and `morph` must outlive the cache; about `capacity` types.
  NerTypeCache(const NerModelData& m, const morph::MorphModelData& morph,
               uint32_t capacity);

  // Starts a text of `tokens` tokens: forgets every type if fewer than
  // that many entries are free.
  void BeginText(size_t tokens);

  // The entry of token k of analysis `a` of `text` (computed on first
  // sight of its type).
  uint32_t Entry(std::string_view text, const MorphAnalysis& a, size_t k);
  // The entries of all tokens of `a`, into `entries` (the same as Entry
  // of each, faster).
  void Entries(std::string_view text, const MorphAnalysis& a,
               std::vector<uint32_t>* entries);

  // The type's token (host_begin: of its first occurrence). Valid until
  // the next BeginText.
  const NerToken& token(uint32_t e) const { return tokens_[e]; }
  const NerTypeHot& hot(uint32_t e) const { return hot_[e]; }

  // Label scores under tagger `model` (0: first pass, 1: second). Row
  // pointers are valid until the next Entry or BeginText.
  // The type's own features.
  const float* Own(int model, uint32_t e) const {
    return own_.Block(e) + static_cast<size_t>(model) * n_;
  }
  // What a type adds to a token's scores as its neighbour: 4 rows, by
  // NerNeighbour (t.neighbours).
  const float* NeighbourRows(int model, const NerTypeHot& t) const {
    return neighbours_.Block(t.neighbours) +
           static_cast<size_t>(model) * 4 * n_;
  }
  // ... when that neighbour is past the sentence's edge.
  const float* Edge(int model, NerNeighbour which) const {
    return &fixed_[(static_cast<size_t>(model) * kFixedRows +
                    static_cast<size_t>(which)) *
                   n_];
  }
  // NerNoWordClusterFeature(which) (kPrev or kNext).
  const float* NoWordCluster(int model, NerNeighbour which) const {
    return &fixed_[(static_cast<size_t>(model) * kFixedRows + 4 +
                    static_cast<size_t>(which)) *
                   n_];
  }
  // NerWindowBigramFeature(next, a, b) (kNerFeatureClusterWindow).
  const float* WindowBigram(int model, bool next, uint32_t a,
                            uint32_t b) const {
    const size_t table = static_cast<size_t>(model) * 2 + (next ? 1 : 0);
    return &window_rows_
        [size_t{
             window_index_[(table * kNerWindowIds + a) * kNerWindowIds + b]} *
         n_];
  }
  // (labels + 1) x labels previous-label scores of t: row p for previous
  // label p - 1. The cache's own block when t has no host weights, else
  // written into `scratch` (that many floats) with them added.
  const float* Prev(int model, const NerTypeHot& t, float* scratch) const;

  // Second pass (labels + 1 for self, next, next2; 0 past the end):
  // NerPass1SelfFeature(self) and NerPass1NextFeatures(next, next2).
  const float* Pass1Self(uint64_t self) const {
    return &pass1_self_[self * n_];
  }
  const float* Pass1Next(uint64_t next, uint64_t next2) const {
    return &pass1_next_[(next * (n_ + 1) + next2) * n_];
  }
  // NerHistoryFeatures(history) and NerHistoryPass1Feature(history, self)
  // (history < 256).
  const float* History(uint32_t history) const {
    return &history_rows_[size_t{history} * n_];
  }
  const float* HistoryPass1(uint32_t history, uint64_t self) const {
    return &history_pass1_[(size_t{history} * (n_ + 1) + self) * n_];
  }
  // NerPrevPass1Feature(prev, self, next).
  const float* Pass1Prev(int prev, uint64_t self, uint64_t next) const {
    const size_t w = n_ + 1;
    return &pass1_prev_[((size_t(prev + 1) * w + self) * w + next) * n_];
  }
  // Adds NerPass1HostFeature(next, t's host) to `scores`.
  void AddPass1Host(const NerTypeHot& t, uint64_t next, float* scores) const;

  // False if neither tagger has a weight for feature f (FeatureFilter).
  bool MayHave(uint64_t f) const { return filter_.MayHave(f); }
  void PrefetchFilter(uint64_t f) const { filter_.Prefetch(f); }

  size_t types() const { return tokens_.size(); }
  size_t MemoryBytes() const;

 private:
  // Fixed rows per tagger: 4 edges, 2 "no word cluster".
  static constexpr size_t kFixedRows = 6;
  // A host's scores, sparse: `at` is p * labels + l (previous label
  // p - 1, or next first-pass label p), `weight` its score.
  struct HostWeight {
    uint32_t at = 0;
    float weight = 0;
  };
  // Per host: host_weights_ [r[0], r[1]) previous-label scores under
  // tagger 0, [r[1], r[2]) under tagger 1, [r[2], r[3]) the second
  // pass's NerPass1HostFeature scores.
  using HostRange = std::array<uint32_t, 4>;

  float* FixedRow(int model, size_t r) {
    return &fixed_[(static_cast<size_t>(model) * kFixedRows + r) * n_];
  }
  // Sums the scores of features_ under tagger `model` into row (zeroed);
  // drops from features_ those neither tagger has.
  void Score(int model, float* row);
  // Score under both taggers, each feature's scores looked up once in the
  // memo: a new type's features are mostly frequent ones (its UPOS, shape,
  // word classes), so its scores are found in a small table instead of
  // two large ones. The same sums, in the same order, as Score.
  void ScoreBoth(float* row0, float* row1);
  // Appends the nonzero scores of features_ under `model` as row `p`.
  void AppendSparse(int model, size_t p);
  void BuildTables();
  // The entry of the type with key `type_key` (AppendNerTypeKey, hash
  // `hash`), filled from token k of `a` if new.
  uint32_t Find(uint64_t hash, std::string_view type_key, std::string_view text,
                const MorphAnalysis& a, size_t k);
  void AddHost(const NerToken& t, NerTypeHot* hot);
  // Keeps the most used entries (see the top), forgets the others.
  void KeepFrequent();

  const NerModelData& m_;
  const morph::MorphModelData& morph_;
  FeatureFilter filter_;  // of both taggers
  size_t n_ = 0;          // labels
  size_t capacity_ = 0;
  // By entry.
  std::vector<NerToken> tokens_;
  std::vector<NerTypeHot> hot_;
  std::vector<uint32_t> uses_;  // hits since it came or was kept
  BlockCache own_;              // 2 x labels
  // Shared by entries.
  BlockCache host_own_;    // 2 x labels: NerOwnHostFeatures
  BlockCache neighbours_;  // 2 x 4 x labels
  BlockCache classes_;     // 2 x (labels + 1) x labels
  BlockCache hosts_;       // keys only: hosts of the training data
  std::vector<HostRange> host_ranges_;
  std::vector<HostWeight> host_weights_;
  // Small-domain features.
  std::vector<float> fixed_;       // 2 taggers x kFixedRows x labels
  std::vector<float> pass1_self_;  // (labels + 1) x labels
  std::vector<float> pass1_next_;  // (labels + 1)^2 x labels
  std::vector<float> history_rows_;
  std::vector<float> history_pass1_;
  std::vector<float> pass1_prev_;       // (labels + 1)^3 x labels
  std::vector<uint32_t> window_index_;  // 4 x ids x ids -> window_rows_
  std::vector<float> window_rows_;      // row 0: zeros
  std::vector<float> row_;              // scratch
  // The memo of ScoreBoth: feature (0: empty slot) -> its scores under
  // both taggers (2 x labels at memo_rows_[index * 2 * labels]).
  static constexpr size_t kMemoSlots = size_t{1} << 17;
  struct MemoSlot {
    uint64_t key = 0;
    uint32_t index = 0;
  };
  std::vector<MemoSlot> memo_;
  std::vector<float> memo_rows_;
  size_t memo_size_ = 0;
  std::vector<size_t> memo_at_;  // scratch
  // Entries: the tokens' keys, one after another, and where each ends.
  std::string type_keys_;
  std::vector<size_t> key_ends_;
  std::vector<uint64_t> key_hashes_;
  // KeepFrequent's scratch.
  std::vector<uint8_t> keep_;
  std::vector<uint32_t> renumbered_;
  std::string key_;
  std::vector<uint64_t> features_;
};

}  // namespace khabar::ner

#endif  // KHABAR_NER_NER_CACHE_H_
