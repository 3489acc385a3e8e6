// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: a number that ends a name, after decoding. Products, events and
// indexes carry a number in their names ("buwinj 757", "windouz 10",
// "mundiyal 2006", "kak 40"); the tagger tends to stop the MISC mention
// before it, while ANERcorp, its training data, takes the number in
// (after a MISC mention, a number is I-MISC 21 times of 23 in its training
// split; after the other types it is O: 71 of 73). A MISC mention right
// before a token of digits takes it in (docs/ENTITIES.md, "Numbers in
// names").
//
//   ExtendMiscOverNumbers(model, text, analysis, tokens, sentence, &labels);

#ifndef KHABAR_NER_NER_NAME_NUMBERS_H_
#define KHABAR_NER_NER_NAME_NUMBERS_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "khabar/morph_analyzer.h"
#include "ner/ner_decode.h"
#include "ner/ner_model.h"

namespace khabar::ner {

// Extends, in place, each MISC mention over the next token when that token
// is O, an integer (ASCII, Arabic-Indic or Eastern Arabic-Indic digits
// only: not an amount, "0.3"), in the same sentence, with only spaces
// between; not after a currency unit (data/ner/currency_units.tsv:
// "irtafa'a al-dular 0.3"), nor before a noun without the article or a
// proclitic, which the number counts ("al-fitu 12 marra", the veto twelve
// times). `tokens[i]` is token i's NerToken, `sentence[i]` its sentence.
// Returns the mentions extended; none if the model has no MISC type.
size_t ExtendMiscOverNumbers(const NerModelData& m, std::string_view text,
                             const MorphAnalysis& a,
                             std::span<const NerToken* const> tokens,
                             std::span<const uint32_t> sentence,
                             std::vector<uint16_t>* labels);

}  // namespace khabar::ner

#endif  // KHABAR_NER_NER_NAME_NUMBERS_H_
