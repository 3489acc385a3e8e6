// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: what a trained NER model holds and its serialization into a
// khabar model file (kind "ner"). Labels are BIO over entity types: label 0
// is O, then B-T and I-T for each type T in `types` (2t + 1, 2t + 2).
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

struct NerModelData {
  std::string training_config;
  std::string data_description;
  std::string data_hash;
  std::string license;

  std::vector<std::string> types;  // "PER", "LOC", "ORG", "MISC"
  morph::LinearModel tagger;       // slots: labels (first pass)
  morph::LinearModel tagger2;      // slots: labels (second pass)
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
  // StringKey(folded host) -> what the training data says of the word:
  // bit t: begins a mention of type t; bit 4 + t: continues one; bits 8-10:
  // how often it is inside a mention (0 never .. 4 always, in fifths).
  // During training each sentence sees the counts of the other folds only.
  morph::HashIndex lexicon;

  size_t labels() const { return 1 + 2 * types.size(); }
  size_t MemoryBytes() const;
};

inline constexpr std::string_view kNerModelKind = "ner";
// Layout 1: the sections inventory, gazetteer, contexts, clusters, lexicon,
// tagger and tagger2. (Files written during its development without the
// last sections fail as corrupt: "section 'clusters' not found".)
inline constexpr uint32_t kNerLayoutVersion = 1;

StatusOr<std::string> SerializeNerModel(const NerModelData& data);
StatusOr<std::unique_ptr<NerModelData>> ParseNerModel(const ModelFile& file);

}  // namespace khabar::ner

#endif  // KHABAR_NER_NER_MODEL_H_
