// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: short names in quotation marks after a noun that says what they
// name (sahifat "marka", barnamaj "asl al-kalima", bi-'unwan "hikayat").
// The words inside the marks are common words or foreign ones, and the
// tagger reads them badly (left out, or typed PER or LOC); the noun before
// the marks settles it. After decoding, 1 to 5 words between matching
// marks right after one of the nouns of data/ner/quoted_name_nouns.tsv
// become one mention of the noun's type; the noun and the marks stay out,
// as ANERcorp annotates them (docs/ENTITIES.md, "Quoted names in the
// tagger").
//
//   LabelQuotedNames(model, text, analysis, tokens,
//                    NerWordTable::QuotedNameNouns(), &labels);

#ifndef KHABAR_NER_NER_QUOTED_NAMES_H_
#define KHABAR_NER_NER_QUOTED_NAMES_H_

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "khabar/morph_analyzer.h"
#include "ner/ner_decode.h"
#include "ner/ner_model.h"
#include "ner/ner_word_table.h"

namespace khabar::ner {

// Relabels, in place, the quoted names of `a` (tokens[i]: token i's NerToken)
// after one of `nouns`: the words between an opening mark (U+00AB, U+201C,
// U+201D, ASCII double or single quote) and its closing mark (U+00BB,
// U+201D, U+201C, the same ASCII quote) of the same sentence, 1 to 5 tokens,
// none of them a mark or clause punctuation and one with a letter, right after
// a token whose host is one of the nouns, become one mention of the noun's type
// (if the model has that type); the marks become O, and a mention that went on
// past the closing mark starts after it. Returns the names labelled.
size_t LabelQuotedNames(const NerModelData& m, std::string_view text,
                        const MorphAnalysis& a,
                        std::span<const NerToken* const> tokens,
                        const NerWordTable& nouns,
                        std::vector<uint16_t>* labels);

}  // namespace khabar::ner

#endif  // KHABAR_NER_NER_QUOTED_NAMES_H_
