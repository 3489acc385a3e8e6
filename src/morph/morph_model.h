// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: what a trained morphology model holds (the inventories of
// clitics, tags, features and lemma rules; four linear models; the lexicon)
// and its serialization into a khabar model file (kind "morph"). The
// decisions that use these are in morph_decode.h, shared by the analyzer and
// the trainer.
//
// Segmentation of a surface token T (its key form) is three decisions:
//   prefix  (surface S, host insert I, proclitic words): T starts with S;
//           the host gets I in front (li + al- is written "ll": S = "l",
//           I = alef gives l + al...);
//   suffix  (surface E, enclitic words): T ends with E;
//   rewrite (from, to): the host's last letter as written before a suffix
//           and as restored (ta -> ta marbuta, ya -> alef maksura, ...).
// The host is I + T[|S| .. |T| - |E|] with the rewrite applied. Proclitic
// words come before it and enclitic words after it.

#ifndef KHABAR_MORPH_MORPH_MODEL_H_
#define KHABAR_MORPH_MORPH_MODEL_H_

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

namespace khabar::morph {

struct SegPrefix {
  std::string surface;             // e.g. "wl" (in Arabic letters)
  std::string insert;              // "" or alef or "al"
  std::vector<std::string> words;  // proclitic words, e.g. {"w", "l"}
};

struct SegSuffix {
  std::string surface;
  std::vector<std::string> words;  // enclitic words, usually one pronoun
};

struct SegRewrite {
  std::string from;  // last letter of the host as written ("" = none)
  std::string to;    // as restored
};

// A morphological feature (UD FEATS attribute) and its values; value 0 is
// "absent".
struct FeatAttribute {
  std::string name;
  std::vector<std::string> values;
};

// Lemma = add_prefix + form[del_prefix.size() .. size - del_suffix.size()]
// + add_suffix, applicable when form starts with del_prefix and ends with
// del_suffix and something is left.
struct LemmaRule {
  std::string del_prefix;
  std::string add_prefix;
  std::string del_suffix;
  std::string add_suffix;
};

struct LexiconEntry {
  std::string lemma;            // key form (undiacritized)
  std::string lemma_vocalized;  // as in the training data
  std::string root;             // Arabic letters, "" if unknown
};

struct MorphModelData {
  // Metadata written into the model file.
  std::string training_config;
  std::string data_description;
  std::string data_hash;
  std::string license;

  std::vector<SegPrefix> prefixes;   // [0] is the empty prefix
  std::vector<SegSuffix> suffixes;   // [0] is the empty suffix
  std::vector<SegRewrite> rewrites;  // [0] is no rewrite
  LinearModel seg;                   // slots: prefixes | suffixes | rewrites
  LinearModel seg_combo;             // 1 slot: features of a whole candidate

  std::vector<std::string> upos;  // tag names
  LinearModel tagger;             // slots: upos (first pass)
  LinearModel tagger2;            // slots: upos (second pass, sees pass 1)
  std::vector<FeatAttribute> attributes;
  // allowed[u * attributes.size() + a]: attribute a can be set on tag u.
  std::vector<uint8_t> allowed;
  LinearModel feats;  // slots: the values of all attributes, in order

  std::vector<LemmaRule> lemma_rules;  // [0] is the identity
  LinearModel lemmatizer;              // slots: lemma rules

  std::vector<LexiconEntry> entries;
  HashIndex lexicon;      // LexiconKey(key or fold, UPOS) -> entry
  HashIndex lemma_roots;  // StringKey(lemma key form) -> entry with a root
  HashIndex host_counts;  // StringKey(host seen in training) -> count
  HashIndex word_counts;  // StringKey(raw news token key form) -> count
  // StringKey(raw news token folded form) -> its most frequent neighbours
  // (train/word_contexts.h); empty in layout 2.
  HashIndex contexts;

  size_t MemoryBytes() const;
};

// The model file kind and the version of this data layout.
inline constexpr std::string_view kMorphModelKind = "morph";
// Layout 3 added the contexts section; layout 2 files still load.
inline constexpr uint32_t kMorphLayoutVersion = 3;
inline constexpr uint32_t kMorphOldestLayoutVersion = 2;

// Serializes into khabar model file bytes.
StatusOr<std::string> SerializeMorphModel(const MorphModelData& data);

// Reads a parsed model file. Errors: a wrong kind or layout version
// (kUnsupportedVersion for a newer layout) and malformed sections
// (kDataLoss).
StatusOr<std::unique_ptr<MorphModelData>> ParseMorphModel(
    const ModelFile& file);

}  // namespace khabar::morph

#endif  // KHABAR_MORPH_MORPH_MODEL_H_
