// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Training the morphology model (library khabar_train; the runtime library
// does not contain it). `khabar train morph` is a thin wrapper.
//
//   std::vector<khabar::ConlluSentence> dev = ..., test = ...;  // PADT
//   khabar::PadtSplit split = khabar::SplitPadt(dev, test);
//   khabar::MorphTrainReport report;
//   khabar::StatusOr<std::string> bytes =
//       khabar::TrainMorphModel(split.train, raw_news_text, {}, &report);
//   // write *bytes to models/morph-padt.khm; MorphModel::FromBytes reads it
//
// Training data: CoNLL-U sentences either in the PADT style of the early UD
// releases (vocalized syntactic words, no multiword token lines: surface
// tokens are rebuilt, see docs/MORPHOLOGY.md) or in UD 2 style (multiword
// token lines with the surface form). `raw_text` (optional) is plain news
// text whose token counts tell the segmenter which hosts are real words.
//
// Determinism: the same data, options and seed give the same bytes.
//
// Thread safety: free functions; safe from any thread.

#ifndef KHABAR_MORPH_TRAINER_H_
#define KHABAR_MORPH_TRAINER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/conllu.h"
#include "khabar/status.h"

namespace khabar {

struct MorphTrainOptions {
  int epochs = 10;
  uint64_t seed = 20261129;
  // Raw tokens seen fewer times are not kept in the model's word counts.
  uint32_t min_raw_count = 5;
  // Lemma edit rules seen fewer times are not learned.
  uint32_t min_lemma_rule_count = 2;
  // Written into the model's metadata.
  std::string data_description;
  std::string license;
};

struct MorphTrainReport {
  int64_t sentences = 0;
  int64_t tokens = 0;
  int64_t words = 0;
  int64_t segmentation_skipped = 0;  // tokens whose clitics did not parse
  int64_t prefixes = 0;
  int64_t suffixes = 0;
  int64_t rewrites = 0;
  int64_t lemma_rules = 0;
  int64_t lexicon_entries = 0;
  int64_t raw_words = 0;         // distinct raw tokens kept
  std::vector<std::string> log;  // one line per epoch and stage
};

// Converts the sentences to UD 2 surface style if they are PADT style
// (no multiword token lines); else returns them unchanged.
std::vector<ConlluSentence> ToSurfaceStyle(
    const std::vector<ConlluSentence>& sentences);

// The document of a PADT sentence: the "# orig_file_sentence" value up to
// '#', else "# newdoc id" of the sentence, else "".
std::string PadtDocumentId(const ConlluSentence& sentence);

// khabar's fixed split of the PADT files we have (docs/ACCURACY.md): train
// on all of dev and the first floor(n / 2) documents of test; hold out the
// other test documents.
struct PadtSplit {
  std::vector<ConlluSentence> train;
  std::vector<ConlluSentence> heldout;
  int train_documents = 0;
  int heldout_documents = 0;
};
PadtSplit SplitPadt(const std::vector<ConlluSentence>& dev,
                    const std::vector<ConlluSentence>& test);

// Trains and returns the model file bytes. kInvalidArgument for no
// training sentences.
StatusOr<std::string> TrainMorphModel(
    const std::vector<ConlluSentence>& sentences, std::string_view raw_text,
    const MorphTrainOptions& options, MorphTrainReport* report);

}  // namespace khabar

#endif  // KHABAR_MORPH_TRAINER_H_
