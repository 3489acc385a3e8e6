// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: a surname that the analysis split and the tagger left out
// (docs/ENTITIES.md, "Surnames read as a letter + a word"). The
// morphology reads Maghrebi Bou- surnames and French Le- surnames as bi- or
// li- + a rare word ("bwshhwh" as bi + "wshhwh", Bouchahoua; "lwban" as
// li + "waban", Le Pen), and the tagger, seeing a preposition and a rare
// word, ends the person before it: "maryn | lwban" (Marine Le Pen, in 52
// ANT articles), "Hsyn | bwshhwh".

#ifndef KHABAR_NER_SPLIT_SURNAMES_H_
#define KHABAR_NER_SPLIT_SURNAMES_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "khabar/morph_analyzer.h"
#include "ner/ner_decode.h"
#include "ner/ner_model.h"

namespace khabar::ner {

// True for a token that starts with "bw" or "lw", which the analysis read
// as the one proclitic bi- or li- + a nominal word without the article or
// a pronoun, both that word and the whole token fewer than 8 times in raw
// news (kMaxRareBucket): a Bou- or Le- surname, after a given name.
bool IsSplitSurname(const NerToken& t);

// A person mention of one token (a given name: no proclitic, no article)
// followed, in the same sentence and after spaces only, by a token the
// tagger left out that IsSplitSurname: the mention takes the token in. A
// frequent rest is the preposition's ("bi-wazarat", "li-wakalat"), and a
// longer mention ends with a surname already. Returns how many mentions
// grew. BIO models.
size_t JoinSplitSurnames(const NerModelData& m, std::string_view text,
                         const MorphAnalysis& a,
                         std::span<const NerToken* const> tokens,
                         std::span<const uint32_t> sentence,
                         std::vector<uint16_t>* labels);

}  // namespace khabar::ner

#endif  // KHABAR_NER_SPLIT_SURNAMES_H_
