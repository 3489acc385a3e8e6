// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// What `khabar train morph`, `khabar eval morph` and `khabar analyze` share:
// reading the PADT and NER files, finding the models, writing model files.

#ifndef KHABAR_TOOLS_MORPH_DATA_H_
#define KHABAR_TOOLS_MORPH_DATA_H_

#include <string>
#include <string_view>
#include <vector>

#include "khabar/conllu.h"
#include "khabar/morph_trainer.h"
#include "khabar/ner_eval.h"
#include "khabar/status.h"

namespace khabar::cli {

// Parses a CoNLL-U file.
StatusOr<std::vector<ConlluSentence>> ReadConlluFile(const std::string& path);

// Reads DIR/ar-ud-dev.conllu and DIR/ar-ud-test.conllu and applies khabar's
// split (SplitPadt).
StatusOr<PadtSplit> ReadPadtSplit(const std::string& dir);

// The default PADT directory and model file: $KHABAR_PADT_DIR /
// $KHABAR_MORPH_MODEL when set, else paths in the source tree
// (../shared/data/ud-arabic-padt-c4a942c, models/morph-padt.khm), else the
// installed model.
std::string DefaultPadtDir();
std::string DefaultMorphModel();

// NER: the ANERcorp directory ($KHABAR_NER_DATA_DIR, else
// ../shared/data/ner-anercorp-camellab), the AQMAR files for the gazetteer,
// the NER model ($KHABAR_NER_MODEL, else models/ner-anercorp.khm).
std::string DefaultNerDataDir();
std::vector<std::string> DefaultNerGazetteerFiles();
std::string DefaultNerModel();

// The document-frequency table for keywords and summaries
// ($KHABAR_DF_MODEL, else df-saudinewsnet.khm next to the morphology
// model).
std::string DefaultDfModel();

// Parses a "TOKEN TAG" file.
StatusOr<std::vector<NerSentence>> ReadNerFile(const std::string& path);

// Writes `bytes` to path.tmp and renames it over `path`.
Status WriteFileAtomically(const std::string& path, std::string_view bytes);

}  // namespace khabar::cli

#endif  // KHABAR_TOOLS_MORPH_DATA_H_
