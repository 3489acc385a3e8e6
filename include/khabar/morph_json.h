// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// A morphological analysis as JSON (the "morph" member of `khabar analyze`
// records):
//
//   {"tokens": [{"begin": 0, "end": 10, "words": [0, 2]}, ...],
//    "words": [{"token": 0, "form": "w", "upos": "CONJ", "feats": "",
//               "lemma": "w", "lemma_vocalized": "wa", "root": "",
//               "stem": ""}, ...],
//    "sentences": [{"begin": 0, "end": 120, "tokens": [0, 25]}, ...]}
//
// Token and sentence offsets are bytes in the analyzed text plus
// `offset_base`; "words" and "tokens" ranges are [first, last) indices.
//
// Thread safety: a pure function.

#ifndef KHABAR_MORPH_JSON_H_
#define KHABAR_MORPH_JSON_H_

#include <cstdint>
#include <string>

#include "khabar/morph_analyzer.h"

namespace khabar {

// Appends the JSON object to `out`.
void AppendMorphJson(const MorphAnalysis& analysis, uint64_t offset_base,
                     std::string* out);

}  // namespace khabar

#endif  // KHABAR_MORPH_JSON_H_
