// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: sports clubs, after decoding. Saudi and Arab clubs are named
// with common words ("al-hilal", the crescent; "al-shabab", youth;
// "al-wahda", unity; "al-ta'awun", cooperation), which the tagger reads as
// words: on 6,000 SaudiNewsNet articles it found "al-hilal" after "nadi"
// (club) 7 times in 98. ANERcorp annotates the name after "nadi" as an
// organization, the noun left out ("nadi | al-wahda", "nadi | qatar",
// "nadi | arsinal"). The rule labels it so, and the same name elsewhere
// in the sentences around ("'ard al-hilal", "wa-l-hilal") too
// (docs/ENTITIES.md, "Sports clubs").
//
//   LabelClubNames(model, text, analysis, tokens, sentence, &labels);

#ifndef KHABAR_NER_NER_CLUBS_H_
#define KHABAR_NER_NER_CLUBS_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "khabar/morph_analyzer.h"
#include "ner/ner_decode.h"
#include "ner/ner_model.h"

namespace khabar::ner {

// Relabels, in place, the token right after the noun "nadi" (club; with a
// proclitic, without a pronoun, read as a noun, not written "nada" with
// alef maksura, the verb "called for"): a nominal word with the article
// that the tagger left O becomes a one-token ORG mention; a place mention
// there becomes ORG ("nadi najran", the club of the city). Then every
// other token with the host of such a name with the article (or of a
// one-token ORG mention after "nadi"), left O, at most kNerHistoryWindow
// sentences away, becomes a one-token ORG mention too, unless an
// adjective with the article follows ("al-ittihad al-sa'udi", the
// federation; "al-hilal al-ahmar", the Red Crescent) or a noun of youth
// categories or cups comes before ("muntakhab al-shabab", the youth
// national team; "ka's al-ittihad"). `tokens[i]` is token i's NerToken,
// `sentence[i]` its sentence. Returns the tokens relabelled.
size_t LabelClubNames(const NerModelData& m, std::string_view text,
                      const MorphAnalysis& a,
                      std::span<const NerToken* const> tokens,
                      std::span<const uint32_t> sentence,
                      std::vector<uint16_t>* labels);

}  // namespace khabar::ner

#endif  // KHABAR_NER_NER_CLUBS_H_
