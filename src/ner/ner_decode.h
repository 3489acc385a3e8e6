// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: the NER tagger's view of a token, its features and the Viterbi
// decoder, shared by the tagger and its trainer (same features in both).
// A token is seen through the morphological analysis: its host word (so
// "wkyry" is seen as "kyry"), proclitics, the host's UPOS, and counts from
// raw news kept in the morphology model.

#ifndef KHABAR_NER_NER_DECODE_H_
#define KHABAR_NER_NER_DECODE_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
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
  uint32_t token_raw = 0;      // ... of the whole token (raw if no proclitic)
  uint32_t al_ratio = 0;       // how often the host takes the article in news
  uint32_t gazetteer = 0;      // type bits of the host in the gazetteer
  uint32_t context = 0;        // NerModelData::contexts of the host (0: none)
  uint32_t token_context = 0;  // ... of the whole token
  uint32_t cluster = 0;        // NerModelData::clusters of the host (0: none)
  // NerModelData::word_clusters of the host (0: none).
  uint32_t word_cluster = 0;
  uint32_t lexicon = 0;    // NerModelData::lexicon of the host (0: none)
  uint32_t word_type = 0;  // NerModelData::word_types (0: none)
  // Of the whole token when it differs from the host (kNerFeatureTokenViews).
  uint32_t token_word_type = 0;
  uint32_t token_lexicon = 0;
  uint64_t host_key = 0;        // StringKey(host)
  uint64_t host_feature = 0;    // morph::FeatureHash(0, host)
  uint64_t token_fold_key = 0;  // StringKey(folded key of the whole token)
  uint64_t lemma_key = 0;       // StringKey of the host's folded lemma
  uint64_t stem_key = 0;        // ... of its light stem
  uint64_t feats_key = 0;       // ... of its UD features
  uint32_t host_begin = 0;      // byte offset of the host in the text
  // Where a mention that starts with this token starts: -1 after its
  // proclitics (at the host), else after this many letters of the token
  // (0: the whole token), when the analysis split a name (NerMentionBegin).
  int32_t name_letters = -1;
  // True if the mention that starts with this token starts with a word of
  // raw news, letters that read as proclitics included, by the strong
  // test (at least 8 times as often as the rest, and 8 times or more): a
  // split name whose letters name_letters gives back ("lafrawf", not "la"
  // + "frawf"), or a token the analysis left whole that reads as proclitic
  // letters + the article ("kaliifurniya", not "ka" + "al-yfurniya";
  // "baltimur", "falinsiya"). NerMention::whole_token.
  bool keeps_prefix = false;
  // Training only (word dropout): the token's own identity features (key,
  // host, lexicon) are left out, as for a word the model never saw.
  bool dropped = false;
  // False if the host is not in the training data (NerModelData::lexicon
  // of the whole model): no feature of the host's identity has a weight
  // then, and the tagger does not look them up. Training leaves it true.
  bool trained = true;
  // Second pass only: how often the first pass labelled the same host as
  // each type (2 bits per type, at most 3) in the sentences around.
  uint32_t history = 0;
};

// One token of a text for NerHistory: its host, sentence and first-pass
// label.
struct NerHistoryItem {
  uint64_t host_key = 0;
  uint32_t sentence = 0;
  uint16_t label = 0;
};

// NerToken::history of every item of a text (in text order): the first
// pass's labels of the other tokens with the same host in the sentences at
// most kNerHistoryWindow away. `scratch` is reused.
void NerHistory(const NerModelData& m, const std::vector<NerHistoryItem>& items,
                std::vector<uint32_t>* history,
                std::vector<std::pair<uint64_t, uint32_t>>* scratch);

// The lexicon value of a token's host (NerModelData::lexicon layout).
uint32_t LexiconValue(const morph::HashIndex& lexicon, std::string_view host);

// The word type of a token (NerModelData::word_types layout): its host's,
// or else the whole token's (the analysis may split a name that is not a
// clitic + host: "fyrjswn" as f + "yrjswn").
uint32_t WordTypeValue(const morph::HashIndex& word_types,
                       const NerToken& token);

// Token k of an analysis of `text` as the tagger sees it (`history` 0).
void FillNerToken(const morph::MorphModelData& morph, const NerModelData& ner,
                  std::string_view text, const MorphAnalysis& a, size_t k,
                  NerToken* out);

// The tokens [first, first + count) of an analysis of `text`.
void MakeNerTokens(const morph::MorphModelData& morph, const NerModelData& ner,
                   std::string_view text, const MorphAnalysis& a, size_t first,
                   size_t count, std::vector<NerToken>* out);

// Appends to `key` everything of token k of an analysis that FillNerToken
// reads, except where the token is: two tokens with the same key get the
// same NerToken but for host_begin (NerTypeCache's key).
void AppendNerTypeKey(std::string_view text, const MorphAnalysis& a, size_t k,
                      std::string* key);

// NerToken::host_begin of token k: where its host starts, after its
// proclitics.
uint32_t NerHostBegin(std::string_view text, const MorphAnalysis& a, size_t k);

// Where a mention that starts with token k (whose NerToken is `t`) starts:
// after the token's proclitics (the mention in wa-kyry is kyry), unless raw
// news has the whole token, or the token without a first conjunction, at
// least 8 times as often as the host the analysis left (and 8 times or
// more), or the host never occurs in raw news while the token does (twice
// or more) and the host does not start with a hamza on alef: a name read
// as a proclitic + the rest (kAmyrwn as k + Amyrwn, lAfrwf as l + Afrwf,
// wylyAmz as w + ylyAmz, brAytwn as b + rAytwn), which starts at the
// token.
uint32_t NerMentionBegin(std::string_view text, const MorphAnalysis& a,
                         size_t k, const NerToken& t);

// Features of token i that do not depend on the previous label; in the
// second pass (`pass1` not null) they include the first pass's labels.
void NerBaseFeatures(const NerModelData& m, std::span<const NerToken> tokens,
                     size_t i, const std::vector<uint16_t>* pass1,
                     std::vector<uint64_t>* out);
// NerBaseFeatures in three parts: the token's own (the same wherever the
// token occurs with the same analysis), its neighbours', and the first
// pass's labels (second pass only).
void NerOwnFeatures(const NerModelData& m, const NerToken& t,
                    std::vector<uint64_t>* out);
// NerOwnFeatures in two parts: those of the host word and its analysis
// (they read nothing of the token but its shape), and those of the whole
// token (its form, clitics and the token's own profile).
void NerOwnHostFeatures(const NerModelData& m, const NerToken& t,
                        std::vector<uint64_t>* out);
void NerOwnTokenFeatures(const NerModelData& m, const NerToken& t,
                         std::vector<uint64_t>* out);
void NerContextFeatures(const NerModelData& m, std::span<const NerToken> tokens,
                        size_t i, std::vector<uint64_t>* out);
void NerPass1Features(const NerModelData& m, std::span<const NerToken> tokens,
                      size_t i, const std::vector<uint16_t>& pass1,
                      std::vector<uint64_t>* out);

// NerContextFeatures in parts, so that what one neighbour adds can be
// scored once per word type (NerTypeCache): the features of each
// neighbour alone (null: past the sentence's edge), the "no word cluster"
// feature of the previous or next neighbour (added when
// NerWantsNoWordCluster), and the features of pairs of tokens.
enum class NerNeighbour { kPrev, kNext, kPrev2, kNext2 };
void NerNeighbourFeatures(const NerModelData& m, NerNeighbour which,
                          const NerToken* t, std::vector<uint64_t>* out);
// `self`, `prev`, `next`: the word clusters of the token and its
// neighbours (0: none or past the edge).
bool NerWantsNoWordCluster(uint32_t self, uint32_t prev, uint32_t next,
                           NerNeighbour which);
uint64_t NerNoWordClusterFeature(NerNeighbour which);
void NerPairFeatures(const NerModelData& m, const NerToken& t,
                     const NerToken* prev, const NerToken* next,
                     std::vector<uint64_t>* out);
// NerPairFeatures in parts: those of the hosts of the token and a
// neighbour (null: past the edge), and those of the word clusters of the
// token and a neighbour (kNerFeatureClusterWindow), by window id: the
// cluster path cut to 6 steps as a number below 128, 0 for none.
struct NerHostView {
  uint64_t host_feature = 0;  // NerToken::host_feature
  bool trained = true;        // NerToken::trained
};
void NerHostPairFeatures(const NerHostView& t, const NerHostView* prev,
                         const NerHostView* next, std::vector<uint64_t>* out);
inline constexpr uint32_t kNerWindowIds = 128;
uint32_t NerWindowId(uint32_t word_cluster);
// The bigram feature of window ids (a, b): (previous, token) or, with
// `next`, (token, next).
uint64_t NerWindowBigramFeature(bool next, uint32_t a, uint32_t b);

// NerPass1Features in parts: that of the first pass's label of the token,
// those of the labels of the two after it (self, next, next2 are labels +
// 1, 0 past the end), those of the token's history (NerToken::history),
// and the rest.
uint64_t NerPass1SelfFeature(uint64_t self);
void NerPass1NextFeatures(uint64_t next, uint64_t next2,
                          std::vector<uint64_t>* out);
void NerHistoryFeatures(const NerModelData& m, uint32_t history,
                        std::vector<uint64_t>* out);
void NerPass1TokenFeatures(const NerModelData& m, const NerToken& t,
                           uint64_t self, uint64_t next, uint32_t history,
                           std::vector<uint64_t>* out);
// The features of NerPass1TokenFeatures.
uint64_t NerPass1HostFeature(uint64_t next, uint64_t host_feature);
uint64_t NerHistoryPass1Feature(uint32_t history, uint64_t self);

// Features of token i that depend on the previous label (-1: none).
void NerPrevFeatures(const NerModelData& m, std::span<const NerToken> tokens,
                     size_t i, int prev, const std::vector<uint16_t>* pass1,
                     std::vector<uint64_t>* out);
// NerPrevFeatures in two parts: the token's own (the previous label with
// the host, shape and cluster), and the one of the first pass's labels
// (self and next are labels + 1, next 0 past the end).
void NerPrevTokenFeatures(const NerModelData& m, const NerToken& t, int prev,
                          std::vector<uint64_t>* out);
// NerPrevTokenFeatures in two parts: those of the host's identity, and
// those of its shape and word classes.
void NerPrevHostFeatures(const NerToken& t, int prev,
                         std::vector<uint64_t>* out);
void NerPrevClassFeatures(const NerModelData& m, const NerToken& t, int prev,
                          std::vector<uint64_t>* out);
uint64_t NerPrevPass1Feature(int prev, uint64_t self, uint64_t next);

// True if `label` may follow `prev` (-1 at the start). BIO: I-T only after
// B-T or I-T. BIOES: after B-T or I-T only I-T or E-T; elsewhere only O, B
// or S.
inline bool NerTransitionAllowed(const NerModelData& m, int prev, int label) {
  const bool open = prev > 0 && m.LabelOpen(static_cast<size_t>(prev));
  if (m.encoding == NerEncoding::kBio) {
    if (label == 0 || m.LabelStarts(static_cast<size_t>(label))) return true;
    return open && m.LabelType(static_cast<size_t>(prev)) ==
                       m.LabelType(static_cast<size_t>(label));
  }
  if (label == 0) return !open;
  const bool continues = !m.LabelStarts(static_cast<size_t>(label));
  if (!open) return !continues;
  return continues && m.LabelType(static_cast<size_t>(prev)) ==
                          m.LabelType(static_cast<size_t>(label));
}

// True if a sentence may end with `label`: BIOES mentions must be closed.
inline bool NerFinalAllowed(const NerModelData& m, int label) {
  return m.encoding == NerEncoding::kBio || label == 0 ||
         !m.LabelOpen(static_cast<size_t>(label));
}

// What decoding reads of a word type, kept together (NerTypeCache::hot).
struct NerTypeHot {
  uint64_t host_feature = 0;  // NerToken::host_feature
  uint32_t word_cluster = 0;  // NerToken::word_cluster
  uint32_t neighbours = 0;    // its neighbour rows
  uint32_t classes = 0;       // its word classes' previous-label rows
  uint32_t host = ~0u;        // its host's sparse scores (~0u: none)
  uint16_t window = 0;        // NerWindowId(word_cluster)
  bool trained = true;        // NerToken::trained
};

// Scratch for DecodeNer.
struct NerScratch {
  std::vector<uint64_t> features;
  std::vector<float> base;    // labels
  std::vector<float> trans;   // (labels + 1) x labels, row 0 = start
  std::vector<float> delta;   // tokens x labels
  std::vector<int16_t> back;  // tokens x labels
  // DecodeNerCached: the tokens' types and label-free scores (tokens x
  // labels), the allowed transitions (ner_cached_decode.cc).
  std::vector<NerTypeHot> hot;
  std::vector<float> scores;
  std::vector<uint32_t> feature_begin;  // token i's features: [i, i + 1)
  std::vector<uint32_t> allowed_begin;
  std::vector<int16_t> allowed_prev;
  std::vector<uint8_t> allowed_start;
};

// The labels of the best path of a Viterbi table of `len` tokens
// (NerScratch::delta and back, filled by a decoder), into `labels`.
inline void NerBacktrack(const NerModelData& m, size_t len, const NerScratch& s,
                         std::vector<uint16_t>* labels) {
  const size_t n = m.labels();
  size_t best = 0;
  for (size_t l = 1; l < n; ++l) {
    if (NerFinalAllowed(m, static_cast<int>(l)) &&
        s.delta[(len - 1) * n + l] > s.delta[(len - 1) * n + best]) {
      best = l;
    }
  }
  for (size_t i = len; i-- > 0;) {
    (*labels)[i] = static_cast<uint16_t>(best);
    const int16_t prev = s.back[i * n + best];
    if (i > 0) best = prev < 0 ? 0 : static_cast<size_t>(prev);
  }
}

// The best label sequence (Viterbi, first order) under `model`: score of
// label l at i = base features + features of (previous label, i). The
// reference decoder, from the features (training; the tagger decodes from
// cached scores, ner_cached_decode.h). Training with a margin: `gold`
// (not null) adds `cost` to every label at i but gold[i] (cost-augmented
// decoding: the path found is the one that most violates a margin of
// `cost` per wrong token).
template <typename Model>
void DecodeNer(const NerModelData& m, const Model& model,
               std::span<const NerToken> tokens,
               const std::vector<uint16_t>* pass1,
               std::vector<uint16_t>* labels, NerScratch* s,
               const std::vector<uint16_t>* gold = nullptr, float cost = 0) {
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
    std::fill(s->base.begin(), s->base.end(), 0.0f);
    NerBaseFeatures(m, tokens, i, pass1, &s->features);
    for (uint64_t f : s->features) model.Prefetch(f);
    for (uint64_t f : s->features) {
      model.Accumulate(f, s->base.data(), 0, static_cast<uint32_t>(n));
    }
    if (gold != nullptr) {
      for (size_t l = 0; l < n; ++l) s->base[l] += l == (*gold)[i] ? 0 : cost;
    }
    const size_t first_prev = i == 0 ? 0 : 1;
    const size_t last_prev = i == 0 ? 0 : n;
    for (size_t p = first_prev; p <= last_prev; ++p) {
      float* row = &s->trans[p * n];
      std::fill(row, row + n, 0.0f);
      s->features.clear();
      NerPrevFeatures(m, tokens, i, static_cast<int>(p) - 1, pass1,
                      &s->features);
      for (uint64_t f : s->features) {
        model.Accumulate(f, row, 0, static_cast<uint32_t>(n));
      }
    }
    for (size_t l = 0; l < n; ++l) {
      float best = -1e30f;
      int16_t arg = -1;
      for (size_t p = first_prev; p <= last_prev; ++p) {
        const int prev = static_cast<int>(p) - 1;
        if (!NerTransitionAllowed(m, prev, static_cast<int>(l))) continue;
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
  NerBacktrack(m, len, *s, labels);
}

}  // namespace khabar::ner

#endif  // KHABAR_NER_NER_DECODE_H_
