// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: what the analyzer computes for a word type whatever its
// context, computed once per type and kept (see type_cache.h):
//   - per token: its folded form, shape and segmentation candidates, each
//     scored by the token's own features and the candidate's;
//   - per word (with its role, and its token for a clitic or host): the
//     word's own share of the UPOS scores;
//   - per word and tag: its own share of the FEATS scores, its lemma
//     (plain and vocalized), root and light stem.
// A decision then only adds its context's features (neighbours, previous
// tags). Cached values are computed exactly as uncached ones (own share
// first, context added to it), so the analysis does not depend on what the
// cache holds, and equals the trainer's decisions up to the order of float
// additions.
//
// Thread safety: none; one per analyzer.

#ifndef KHABAR_MORPH_MORPH_CACHE_H_
#define KHABAR_MORPH_MORPH_CACHE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "morph/hash_index.h"
#include "morph/linear_model.h"
#include "morph/morph_decode.h"
#include "morph/morph_model.h"
#include "morph/type_cache.h"

namespace khabar::morph {

struct ScoredChoice {
  SegChoice choice;
  float score = 0;  // the token's and the candidate's own features
};

// A word's analysis given its tag, apart from the context-dependent FEATS.
struct WordTagAnalysis {
  std::string lemma;
  std::string lemma_vocalized;
  std::string root;
  std::string stem;
  uint32_t feats_scores = 0;  // offset of the own FEATS scores
};

class MorphCache {
 public:
  // `m` must outlive the cache. Each of the three caches holds up to
  // `types` types (rounded up to a power of two).
  // Without `features`, the FEATS scores are left out (all zero).
  MorphCache(const MorphModelData& m, uint32_t types, bool features = true);

  // Sets token->fold and token->shape from token->key, and returns the
  // token's segmentation candidates with their own scores (valid until the
  // next call).
  // `hash` is what PrefetchToken(token->key) returned.
  std::span<const ScoredChoice> Token(TokenInfo* token, uint64_t hash);

  // Prefetching in two steps, so that a sentence's look-ups overlap their
  // cache misses: Prefetch* start loading what Token, UposScores,
  // NeighbourScores and WordTag with the same arguments read first (the
  // type cache's set) and return the key's hash; later, Prefetch*Entry
  // with that hash start loading the entry of the type that has it.
  uint64_t PrefetchToken(std::string_view key) const {
    const uint64_t hash = StringKey(key);
    tokens_.Prefetch(hash);
    return hash;
  }
  uint64_t PrefetchUpos(const std::vector<TokenInfo>& tokens,
                        const WordInfo& w);
  uint64_t PrefetchNeighbour(std::string_view key) const {
    const uint64_t hash = StringKey(key);
    neighbours_.Prefetch(hash);
    return hash;
  }
  uint64_t PrefetchWordTag(const WordInfo& w, uint16_t upos);
  void PrefetchTokenEntry(uint64_t hash) const;
  void PrefetchUposEntry(uint64_t hash) const;
  void PrefetchNeighbourEntry(uint64_t hash) const;
  void PrefetchWordTagEntry(uint64_t hash) const;

  // The word's own UPOS scores (upos.size() floats, valid until the next
  // call).
  // `hash` is what PrefetchUpos(tokens, w) returned.
  const float* UposScores(const std::vector<TokenInfo>& tokens,
                          const WordInfo& w, uint64_t hash);

  // The UPOS scores the word with key `key` adds to its neighbours: four
  // rows of upos.size() floats, in NeighbourSlot order (as the previous
  // word, the one before, the next, the one after; valid until the next
  // call).
  // `hash` is what PrefetchNeighbour(key) returned.
  const float* NeighbourScores(std::string_view key, uint64_t hash);
  const float* NeighbourScores(std::string_view key) {
    return NeighbourScores(key, StringKey(key));
  }

  // The scores of the previous two tags (-1: none) and of definiteness
  // agreement (upos.size() floats each; precomputed).
  const float* TagScores(int prev, int prev2) const {
    return tag_pairs_.data() +
           (size_t(prev + 1) * (nu_ + 1) + size_t(prev2 + 1)) * nu_;
  }
  const float* DefiniteScores(int prev, bool def, bool prev_def) const {
    return definite_.data() +
           (size_t(prev + 1) * 4 + size_t{def} * 2 + size_t{prev_def}) * nu_;
  }

  // The word's analysis given its tag (valid until the next call); its own
  // FEATS scores are at FeatsScores(result).
  // `hash` is what PrefetchWordTag(w, upos) returned.
  const WordTagAnalysis& WordTag(const WordInfo& w, uint16_t upos,
                                 uint64_t hash);
  const float* FeatsScores(const WordTagAnalysis& a) const {
    return feats_pool_.get() + a.feats_scores;
  }

  size_t MemoryBytes() const;

 private:
  struct TokenEntry {
    std::string fold;
    char shape = 'p';
    std::vector<ScoredChoice> choices;
  };

  // Sets key_ to the type cache keys of UposScores and WordTag.
  void WordKey(const std::vector<TokenInfo>& tokens, const WordInfo& w);
  void WordTagKey(const WordInfo& w, uint16_t upos);
  void FillToken(TokenInfo* token, TokenEntry* entry);
  void FillWordTag(const WordInfo& w, uint16_t upos, WordTagAnalysis* a);

  const MorphModelData& m_;
  uint32_t feats_slots_ = 0;
  bool features_on_ = true;
  TypeCache tokens_;
  std::vector<TokenEntry> token_entries_;  // by slot
  TypeCache words_;
  std::unique_ptr<float[]> upos_pool_;  // upos.size() per slot
  TypeCache neighbours_;
  std::unique_ptr<float[]> neighbour_pool_;  // 4 x upos.size() per slot
  size_t nu_ = 0;                            // upos.size()
  std::vector<float> tag_pairs_;             // (nu_ + 1)^2 rows
  std::vector<float> definite_;              // (nu_ + 1) x 4 rows
  TypeCache word_tags_;
  std::vector<WordTagAnalysis> word_tag_entries_;  // by slot
  std::unique_ptr<float[]> feats_pool_;            // feats_slots_ per slot
  // Scratch.
  std::string key_;
  std::string host_;
  std::vector<SegChoice> candidates_;
  std::vector<uint64_t> features_;
  std::vector<uint64_t> combo_features_;
  std::vector<uint32_t> combo_ends_;          // per candidate
  std::vector<LinearModel::Row> combo_rows_;  // of combo_features_
  std::vector<float> scores_;
};

}  // namespace khabar::morph

#endif  // KHABAR_MORPH_MORPH_CACHE_H_
