// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: what a trained NER model holds and its serialization into a
// khabar model file (kind "ner"). Labels encode entity types in BIO or BIOES:
// label 0 is O, then for each type T in `types` its roles in order: BIO
// B-T, I-T (2t + 1, 2t + 2); BIOES B-T, I-T, E-T, S-T (4t + 1 .. 4t + 4).
// The features and decisions are in ner_decode.h, shared with the trainer.

#ifndef KHABAR_NER_NER_MODEL_H_
#define KHABAR_NER_NER_MODEL_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/model_file.h"
#include "khabar/status.h"
#include "morph/hash_index.h"
#include "morph/linear_model.h"

namespace khabar::ner {

// How labels encode mentions: BIO (begin, inside) or BIOES (begin, inside,
// end, single).
enum class NerEncoding : uint32_t { kBio = 0, kBioes = 1 };

// Optional feature groups of a model (NerModelData::feature_set bits).
inline constexpr uint32_t kNerFeatureCharTrigrams = 1;  // of the host
// In the second pass: how the first pass labelled the same word in the
// sentences around (kNerHistoryWindow before and after, same text).
inline constexpr uint32_t kNerFeatureHistory = 2;
// The host's lemma, light stem and UD features (the analysis gives them).
inline constexpr uint32_t kNerFeatureMorph = 4;
// For a token the analysis splits (proclitic + host), the word type and
// lexicon of the whole token too: names are split by mistake ("fyrjswn"
// as f + "yrjswn").
inline constexpr uint32_t kNerFeatureTokenViews = 8;
// Hierarchical word clusters of raw news (NerModelData::word_clusters):
// path prefixes of the host and its neighbours.
inline constexpr uint32_t kNerFeatureWordClusters = 16;
// With kNerFeatureWordClusters: also the clusters of the tokens two away
// and cluster bigrams (previous and next token with the token).
inline constexpr uint32_t kNerFeatureClusterWindow = 32;
// With kNerFeatureWordClusters: the previous label with the host's cluster
// (6 and 10 bits).
inline constexpr uint32_t kNerFeatureClusterLabels = 64;
inline constexpr uint32_t kNerFeatureAll = 127;
inline constexpr size_t kNerHistoryWindow = 25;
// At most this many entity types: the tagger's tables of the second pass
// grow with the cube of the number of labels (ner/ner_cache.h).
inline constexpr size_t kNerMaxTypes = 16;

// NerModelData::word_types values: P(type t) in eighths, and the most
// likely class (0 O, 1 + t).
inline uint32_t WordTypeEighths(uint32_t word_type, size_t t) {
  return word_type >> (3 * t) & 7;
}
inline uint32_t WordTypeBest(uint32_t word_type) { return word_type >> 12 & 7; }

struct NerModelData {
  std::string training_config;
  std::string data_description;
  std::string data_hash;
  std::string license;

  std::vector<std::string> types;  // "PER", "LOC", "ORG", "MISC"
  NerEncoding encoding = NerEncoding::kBio;
  // Optional feature groups (kNerFeature*), chosen at training.
  uint32_t feature_set = 0;
  morph::LinearModel tagger;   // slots: labels (first pass)
  morph::LinearModel tagger2;  // slots: labels (second pass)
  // StringKey(folded host) -> bit set of the types it was seen inside
  // (bit t), from the gazetteer data (not the training sentences).
  morph::HashIndex gazetteer;
  // StringKey(folded word) -> the ranks (8 bits each, 0: none) of its two
  // most frequent left neighbours and two most frequent right neighbours
  // among the 255 most frequent words of raw news, packed l1 l2 r1 r2 from
  // the high byte: a distributional profile learned from raw text.
  morph::HashIndex contexts;
  // StringKey(folded word) -> word classes: bit 30 set, then its cluster
  // among 64 (bits 18-23), 256 (10-17) and 1024 (0-9), from k-means of its
  // neighbour counts in raw news.
  morph::HashIndex clusters;
  // StringKey(folded host) -> what the training data says of every word it
  // holds (0: not in the training data): bit t: begins a mention of type t;
  // bit 4 + t: continues one; bits 8-10: how often it is inside a mention
  // (0 never .. 4 always, in fifths); bit 11: seen; bits 12-14: how often
  // seen (log2, at most 7). During training each sentence sees the counts
  // of the other folds only (LexiconValue, ner_decode.h).
  morph::HashIndex lexicon;
  // StringKey(folded word) -> how a classifier of raw-news neighbour
  // profiles, trained on the training words, sees the word: bit 31 set;
  // bits 3t..3t+2: P(type t) in eighths (0-7); bits 12-14: the most likely
  // class (0 O, 1 + t). Words of raw news seen often enough only. Read
  // with WordTypeEighths and WordTypeBest.
  morph::HashIndex word_types;
  // StringKey(folded word) -> its hierarchical cluster (a class-based
  // bigram language model of raw news, train/word_clusters.h): bit 31 set,
  // bits 26-30 the path length n (at most 26), bits 0..n-1 the path from
  // the root, first step highest. Words of raw news seen often enough
  // only; empty unless kNerFeatureWordClusters.
  morph::HashIndex word_clusters;

  // Label roles per type: 2 (BIO) or 4 (BIOES).
  size_t roles() const { return encoding == NerEncoding::kBioes ? 4 : 2; }
  size_t labels() const { return 1 + roles() * types.size(); }
  // The type of label l (l > 0) and its role (0 B, 1 I, 2 E, 3 S).
  size_t LabelType(size_t l) const { return (l - 1) / roles(); }
  size_t LabelRole(size_t l) const { return (l - 1) % roles(); }
  // True if label l (l > 0) starts a mention (B or S).
  bool LabelStarts(size_t l) const {
    const size_t r = LabelRole(l);
    return r == 0 || r == 3;
  }
  // True if a mention continues after label l (l > 0 and B or I).
  bool LabelOpen(size_t l) const { return l != 0 && LabelRole(l) < 2; }
  // The label of type t in role r (0 B, 1 I, 2 E, 3 S).
  uint16_t Label(size_t t, size_t r) const {
    return static_cast<uint16_t>(1 + t * roles() + r);
  }
  // Label l (inside a mention: I or E) as the first token of the mention:
  // I -> B, E -> S.
  uint16_t AsStart(size_t l) const {
    return Label(LabelType(l), LabelRole(l) == 2 ? 3 : 0);
  }
  // Label l (l > 0) as the last token of its mention: B -> S, I -> E in
  // BIOES; unchanged in BIO.
  uint16_t AsEnd(size_t l) const {
    if (roles() != 4) return static_cast<uint16_t>(l);
    const size_t r = LabelRole(l);
    return Label(LabelType(l), r == 0 ? 3 : r == 1 ? 2 : r);
  }
  // Label l (l > 0) as a token the mention goes on after: S -> B, E -> I
  // in BIOES; unchanged in BIO.
  uint16_t AsOpen(size_t l) const {
    if (roles() != 4) return static_cast<uint16_t>(l);
    const size_t r = LabelRole(l);
    return Label(LabelType(l), r == 3 ? 0 : r == 2 ? 1 : r);
  }
  // Label l (l > 0) as a token after the first of its mention: I in BIO;
  // in BIOES E for a last token (S, E), else I.
  uint16_t AsInside(size_t l) const {
    const size_t r = LabelRole(l);
    return Label(LabelType(l), roles() == 4 && r >= 2 ? 2 : 1);
  }
  // The label of a one-token mention of type t: S in BIOES, else B.
  uint16_t SingleLabel(size_t t) const {
    return Label(t, roles() == 4 ? 3 : 0);
  }
  // The index of the type named `name`, or types.size().
  size_t TypeIndex(std::string_view name) const {
    size_t t = 0;
    while (t < types.size() && types[t] != name) ++t;
    return t;
  }
  size_t MemoryBytes() const;
};

inline constexpr std::string_view kNerModelKind = "ner";
// Layout 1: the sections inventory, gazetteer, contexts, clusters, lexicon,
// tagger and tagger2, BIO labels, a lexicon of mention words only. (Files
// written during its development without the last sections fail as
// corrupt: "section 'clusters' not found".)
// Layout 2: a new section word_types; the inventory holds the label
// encoding (BIO or BIOES) and the optional feature groups after the
// version; the lexicon holds every training word (bits 11-14); new feature
// templates. Layout 1 files are unsupported (kUnsupportedVersion).
// Layout 3: a new section word_clusters (and feature group
// kNerFeatureWordClusters); layout 2 files still load (no clusters).
inline constexpr uint32_t kNerLayoutVersion = 3;
inline constexpr uint32_t kNerOldestLayoutVersion = 2;

// NerModelData::word_clusters values: pack a path of `bits` steps (cut to
// its first 26) / its first n steps, as (length, steps) in one number.
inline uint32_t PackClusterPath(uint64_t path, uint32_t bits) {
  if (bits > 26) {
    path >>= bits - 26;
    bits = 26;
  }
  return 1u << 31 | bits << 26 | static_cast<uint32_t>(path);
}
inline uint64_t ClusterPrefix(uint32_t packed, uint32_t n) {
  const uint32_t bits = packed >> 26 & 31;
  const uint32_t path = packed & ((1u << 26) - 1);
  if (n >= bits) return uint64_t{bits} << 32 | path;
  return uint64_t{n} << 32 | (path >> (bits - n));
}

StatusOr<std::string> SerializeNerModel(const NerModelData& data);
StatusOr<std::unique_ptr<NerModelData>> ParseNerModel(const ModelFile& file);

}  // namespace khabar::ner

#endif  // KHABAR_NER_NER_MODEL_H_
