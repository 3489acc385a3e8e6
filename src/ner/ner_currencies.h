// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: currency units as ANERcorp annotates them. Its guidelines make
// a currency a MISC name (dular 108 of 108 times in the training split,
// yuru 17 of 17, junayh 26 of 27), and the tagger learned the nominative
// singular but misses the accusative after a number ("60 dularan") and
// reads "al-yuru" after a verb of the markets as a place or an
// organization. After decoding, a token whose host is one of the units of
// data/ner/currency_units.tsv, left O or given a one-token mention of
// another type, becomes a one-token mention of the unit's type.
//
// Readers of news do not follow currencies: the entity resolver gives these
// mentions no entity (data/entities/not_names.txt). The rule makes the
// tagger's labels what ANERcorp-style gold sets count (docs/ENTITIES.md,
// "Currency units").
//
//   LabelCurrencies(model, tokens, NerWordTable::CurrencyUnits(), &labels);

#ifndef KHABAR_NER_NER_CURRENCIES_H_
#define KHABAR_NER_NER_CURRENCIES_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "ner/ner_decode.h"
#include "ner/ner_model.h"
#include "ner/ner_word_table.h"

namespace khabar::ner {

// Relabels, in place, token i (tokens[i]: its NerToken) when its host is
// one of `units` and labels[i] is O or a one-token mention (not inside a
// longer one: "junayh istirlini" stays as tagged). Returns the tokens
// relabelled.
size_t LabelCurrencies(const NerModelData& m,
                       std::span<const NerToken* const> tokens,
                       const NerWordTable& units,
                       std::vector<uint16_t>* labels);

}  // namespace khabar::ner

#endif  // KHABAR_NER_NER_CURRENCIES_H_
