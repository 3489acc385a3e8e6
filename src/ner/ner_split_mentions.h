// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: a name the tagger cut in two where the text names it whole
// nearby, after decoding. The tagger decides each sentence alone and
// sometimes ends a mention inside a multiword name and starts another
// right after it, of the same type or not ("dayr | al-zur" of "muhafazat
// dayr al-zur al-hududiya", "atlitiku | madrid", "jami'at | lishbuna",
// "shukri | bal'id"), while the same article names it in one mention
// elsewhere. Two or more mentions that touch are one mention when a
// mention of the same words stands within kNerHistoryWindow sentences; it
// takes that mention's type. So, too, a mention the tagger cut short
// ("taymiya" of "ibn taymiya", "al-islam" of "al-islam al-siyasi") takes
// the words around it that make it a mention of its type nearby
// (docs/ENTITIES.md, "Names cut in two or short").
//
//   JoinSplitMentions(model, text, analysis, tokens, sentence, &labels);
//   ExtendToWholeMentions(model, text, analysis, tokens, sentence, &labels);

#ifndef KHABAR_NER_NER_SPLIT_MENTIONS_H_
#define KHABAR_NER_NER_SPLIT_MENTIONS_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "khabar/morph_analyzer.h"
#include "ner/ner_decode.h"
#include "ner/ner_model.h"

namespace khabar::ner {

// Joins, in place, up to four mentions that touch (the same sentence,
// only spaces between tokens) into one when their words are those of one
// mention of two or more tokens at most kNerHistoryWindow sentences away:
// the first token's host where the mention starts after proclitics, else
// the token, and the other tokens whole, so that a proclitic the analysis
// split off inside a name ("shukri bi-l'id") does not matter. A mention
// after the conjunction wa- or fa- split off its first token does not go
// on from the one before (two names coordinated, "khalid wa-fahd", even
// where the tagger took the pair for one mention elsewhere). The joined
// mention takes the type of the nearest such mention.
// `tokens[i]` is token i's NerToken, `sentence[i]` its sentence. Returns
// the mentions joined (two joined: 1).
size_t JoinSplitMentions(const NerModelData& m, std::string_view text,
                         const MorphAnalysis& a,
                         std::span<const NerToken* const> tokens,
                         std::span<const uint32_t> sentence,
                         std::vector<uint16_t>* labels);

// Extends, in place, a mention over up to three O tokens after it, or else
// before it, when its words and theirs are those of one mention of the
// same type and two tokens or more at most kNerHistoryWindow sentences
// away (words as JoinSplitMentions compares them): "taymiya" after "ibn"
// becomes "ibn taymiya" where the article has that mention, "dayr" before
// "al-zur" "dayr al-zur". The tokens are in the mention's sentence with
// only spaces between; none after the first has the conjunction wa- or
// fa- split off, and a mention with a proclitic split off its first token
// takes no tokens before it. The tokens taken are read as nouns,
// adjectives, proper or foreign words (or numbers, after the mention:
// "windouz 10") without a pronoun suffix, or, for a person, are words raw
// news has as a person's (their word type's PER share above 0: "fawzi",
// read as "fawz" + "my"; "'ali", read as "'ala"): "ibnuha muhammad" (her
// son) stays "muhammad" where the tagger took "ibnuha" in elsewhere.
// Returns the mentions extended.
size_t ExtendToWholeMentions(const NerModelData& m, std::string_view text,
                             const MorphAnalysis& a,
                             std::span<const NerToken* const> tokens,
                             std::span<const uint32_t> sentence,
                             std::vector<uint16_t>* labels);

}  // namespace khabar::ner

#endif  // KHABAR_NER_NER_SPLIT_MENTIONS_H_
