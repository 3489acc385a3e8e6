// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: a lemma rule whose lemma is no word, given up for one whose
// lemma is a treebank lemma. The lemmatizer classifies an unknown word's
// edit rule from its letters; for plurals and verb forms the treebank had
// few of, the best rule often writes a string no one writes ("al-bunud"
// -> "bundi", "yuhawilun" -> "ahawil", "jawazat" -> "jawaza"), which
// keywords then show and count apart from the word's real lemma. The test
// of a word is the model's own data: a treebank lemma, or a word raw news
// has (the model keeps those seen at least MorphTrainOptions::
// min_raw_count times), bare or with the article. When the best rule's
// lemma fails it, the best-scored applicable rule whose lemma is a
// treebank lemma is taken instead ("bund", "hawal", "jawaz"); a word no
// rule makes a treebank lemma of keeps the best rule's (docs/MORPHOLOGY.md,
// "Lemmas that are no word").
//
//   uint32_t rule = DecodeLemmaRule(m, m.lemmatizer, key, upos, &f, &s);
//   rule = RescueLemmaRule(m, key, s, rule);

#ifndef KHABAR_MORPH_LEMMA_RESCUE_H_
#define KHABAR_MORPH_LEMMA_RESCUE_H_

#include <cstdint>
#include <span>
#include <string_view>

#include "morph/morph_model.h"

namespace khabar::morph {

// True if `lemma` (key form) is a treebank lemma or a raw-news word of
// `m`, bare or after the article.
bool IsKnownWord(const MorphModelData& m, std::string_view lemma);

// `best`, the lemma rule DecodeLemmaRule chose for `key` with the rule
// scores `scores`, unless its lemma is no known word (IsKnownWord) and
// another rule that applies to `key` gives a treebank lemma: then the
// best-scored such rule (the first of equal scores).
uint32_t RescueLemmaRule(const MorphModelData& m, std::string_view key,
                         std::span<const float> scores, uint32_t best);

}  // namespace khabar::morph

#endif  // KHABAR_MORPH_LEMMA_RESCUE_H_
