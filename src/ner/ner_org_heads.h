// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: the head noun of an organization's name, after decoding. News
// names many organizations with a generic noun and a name after it:
// "jami'at kalifurniya", "hizb nida' tunis". The tagger often tags the noun
// alone as ORG and the name after it as a mention of its own (the place
// of a university named after it), though ANERcorp, its training data,
// annotates such names as one mention (after the noun tagged B-ORG, the
// next word is I-ORG 188 times of 193 in its training split). A one-word
// mention that is one of the nouns of data/ner/org_heads.tsv, of the type
// listed there, right before a mention of another name joins it
// (docs/ENTITIES.md, "Heads of organizations' names").
//
//   JoinOrgHeads(model, text, analysis, tokens, sentence,
//                NerWordTable::OrgHeads(), &labels);

#ifndef KHABAR_NER_NER_ORG_HEADS_H_
#define KHABAR_NER_NER_ORG_HEADS_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "khabar/morph_analyzer.h"
#include "ner/ner_decode.h"
#include "ner/ner_model.h"
#include "ner/ner_word_table.h"

namespace khabar::ner {

// Joins, in place, a one-token mention whose host is a noun of `heads`
// and whose type is the one `heads` gives it with the mention that starts
// at the next token, in the same sentence with only spaces between,
// unless that token has a proclitic split off (the name in construct
// with the noun takes none: "ma'had bi-susa" is an institute in Sousse,
// "wa-" coordinates) or that mention is a person's (the club's coach
// after "li-ittihad"): one mention of the noun's type. `tokens[i]` is
// token i's NerToken, `sentence[i]` its sentence. Returns the mentions
// joined.
size_t JoinOrgHeads(const NerModelData& m, std::string_view text,
                    const MorphAnalysis& a,
                    std::span<const NerToken* const> tokens,
                    std::span<const uint32_t> sentence,
                    const NerWordTable& heads, std::vector<uint16_t>* labels);

}  // namespace khabar::ner

#endif  // KHABAR_NER_NER_ORG_HEADS_H_
