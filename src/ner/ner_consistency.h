// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: document-level consistency of the tagger's labels, applied after
// decoding. A person named in full ("barak awbama") is referred to by the
// surname alone in the sentences around ("awbama", "wa-awbama"); the tagger
// decides each sentence alone and may leave the surname out or give it
// another type. The rule relabels it PER (docs/ENTITIES.md, "Surnames").
// Gulf names end with a family name after "Al" ("Al thani"), which the
// tagger often leaves out; a second rule takes it in. A third takes a
// preposition with a pronoun ("lahu") off the front of a mention; a fourth
// labels the person after the title "ayat allah". Later rules split
// coordinated persons, join a name cut in two, complete a name that ends
// with "bin", drop religious formulas and retype places after the noun of
// an administrative unit.

#ifndef KHABAR_NER_NER_CONSISTENCY_H_
#define KHABAR_NER_NER_CONSISTENCY_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "khabar/morph_analyzer.h"
#include "ner/ner_decode.h"
#include "ner/ner_model.h"

namespace khabar::ner {

// Shared by the rules after decoding (here, ner/name_particles.h and
// ner/ner_clubs.h).
// True for the UPOS a name's word may have: NOUN, ADJ, PROPN, X.
bool NominalUpos(std::string_view upos);
// One past the last token of the mention that starts at token b (b + 1
// if none does), read as NerTagger::Tag reads a mention: the labels after
// a B or I that continue it with the same type.
size_t MentionEnd(const NerModelData& m, const std::vector<uint16_t>& l,
                  size_t b, size_t n);
// True if tokens k and k + 1 of `a` stand on one line with only spaces
// between.
bool OnlySpacesBetween(std::string_view text, const MorphAnalysis& a, size_t k);
// True if token t has the conjunction wa- or fa- split off: what follows
// it is coordinated with what stands before, not more of one name.
bool AfterConjunction(const NerToken& t);
// Labels tokens [b, e) (e > b) one mention of type t (B, I..., or B, I...,
// E in BIOES).
void LabelMention(const NerModelData& m, size_t t, size_t b, size_t e,
                  std::vector<uint16_t>* labels);
// The index of the type PER in a BIO model whose n tokens have n labels
// and n sentence numbers; -1 if there is none or the sizes differ.
int BioPersonType(const NerModelData& m, size_t n,
                  const std::vector<uint16_t>& labels,
                  std::span<const uint32_t> sentence);

// Relabels, in place, the tokens whose host is the last word of a mention
// of a person of two or more words at most kNerHistoryWindow sentences
// away: an O token or a one-token mention of another type becomes a
// one-token PER mention, or continues a PER mention that ends right before
// it. Only nominal tokens (UPOS NOUN, ADJ, PROPN, X) change. `sentence[i]`
// is token i's sentence; `scratch` is reused. Returns the tokens changed.
size_t PropagateSurnames(const NerModelData& m,
                         std::span<const NerToken* const> tokens,
                         std::span<const uint32_t> sentence,
                         std::vector<uint16_t>* labels,
                         std::vector<std::pair<uint64_t, uint32_t>>* scratch);

// Extends, in place, a person mention that ends right before "al" (the
// family-name particle "Al": "hamad bin khalifa Al thani", "salman Al
// ramadan") over that word and the next, a nominal word of the same
// sentence that the tagger left O or tagged as a one-token mention. BIO
// models only (others are left unchanged). Returns the mentions extended.
size_t ExtendFamilyNames(const NerModelData& m,
                         std::span<const NerToken* const> tokens,
                         std::span<const uint32_t> sentence,
                         std::vector<uint16_t>* labels);

// Labels, in place, a person named after the title "ayat allah" (with
// "al-'uzma", grand ayatollah) as one PER mention from the title on, as
// ANERcorp annotates it ("ayat allah tabasi"); the entity resolver keeps
// the title as the role. The name is the PER mention the tagger starts
// within the two tokens after the title (the nominal O tokens before it
// join it: "'ali" of "'ali khamenei"), else the next nominal token the
// tagger left O (and one more without the article). Tokens with a
// proclitic, non-nominal ones ("ayat allah fi khalqihi", "a sign of God")
// and other sentences end the name. BIO models only. Returns the mentions
// made.
size_t LabelAyatollahNames(const NerModelData& m,
                           std::span<const NerToken* const> tokens,
                           std::span<const uint32_t> sentence,
                           std::vector<uint16_t>* labels);

// Splits, in place, a person mention at a token that the analysis reads as
// the conjunction "wa" + a word ("khalid wa-fahd", "bush wa-awbama": two
// persons; ANERcorp's training data starts a new mention there 149 times
// and continues one 47 times, mostly with a "w" of the name itself, which
// the analysis keeps: "wald", "waqqas"). Not when the analysis split a name
// (NerToken::name_letters >= 0); also at a token the analysis left whole
// whose name starts after its "wa" (name_letters 1, SetConjunctionBegin).
// Returns the mentions split.
size_t SplitCoordinatedNames(const NerModelData& m,
                             std::span<const NerToken* const> tokens,
                             std::vector<uint16_t>* labels);

// Takes, in place, a preposition with a pronoun off the front of a mention
// ("qala lahu al-qadhdhafi", "wa-sallama 'alayhi muhammad": the name starts
// after it) and drops a mention that is nothing else. Not "'ali" (the name,
// read as 'ala + -i), nor "li" before more of a name (the Chinese name Li)
// unless a verb comes before it ("qala li 'umar"). Returns the mentions
// changed.
size_t DropLeadingPrepositions(const NerModelData& m, const MorphAnalysis& a,
                               std::vector<uint16_t>* labels);

// Joins, in place, two person mentions that touch (adjacent tokens of one
// sentence, only spaces between them, no line break) into one, where the
// tagger cut one name in two ("'abd rabbuh | mansur hadi", "juzib marya |
// bartumyu", "bilqis bint | isma'il daghistani"): when the first is a
// given name (one word without the article, and not a word raw news has
// often and never as a person: not a title, a nationality adjective such
// as "al-kulumbi" or "aghani", songs; or two words after 'abd or abu), or
// the second is one word after a last word without the article (not
// "'a'id al-zahrani | mukhatiban", addressing), or the first ends with
// "bin", "bint", "ibn" or "abu". Two names of two words or more each stay
// apart (two people listed: "suha 'arafat | faransis szbinir"). The second
// must start at its token's first letter (not after "wa": coordinated
// persons stay two). Returns the mentions joined.
size_t JoinAdjacentPersons(const NerModelData& m, std::string_view text,
                           const MorphAnalysis& a,
                           std::span<const NerToken* const> tokens,
                           std::span<const uint32_t> sentence,
                           std::vector<uint16_t>* labels);

// Extends, in place, a person mention that ends with a word that always
// leads to more of a name ("bin", "bint", "ibn", "abu", "abi", "'abd",
// "Al", as a word of its own: not "'abduh", 'abd + his, nor "li-'abd")
// over the next token when the tagger left it out: "'abd allah bin |
// musa'id" ("musa'id", assistant, is also a common word), "'abd |
// al-salam", "Al | al-shaykh". The next token is on the same line with
// only spaces before it, all Arabic letters, without a proclitic, and read
// as a noun, an adjective or a foreign word (not "hilari bin ," nor
// "shun bin wa-kifin kustnir": Hilary Benn, Sean Penn). Returns the
// mentions extended.
size_t CompleteNameLinks(const NerModelData& m, std::string_view text,
                         const MorphAnalysis& a,
                         std::span<const NerToken* const> tokens,
                         std::span<const uint32_t> sentence,
                         std::vector<uint16_t>* labels);

// Ends, in place, a person mention before its last token when that is
// "wali" (also a given name) starting the title "wali al-'ahd" (crown
// prince) or "wali wali al-'ahd" after the name: "muhammad bin salman |
// wali wali al-'ahd", "tsharlz | wali 'ahd britanya". Returns the
// mentions shortened.
size_t DropCrownPrinceTitle(const NerModelData& m,
                            std::span<const NerToken* const> tokens,
                            std::span<const uint32_t> sentence,
                            std::vector<uint16_t>* labels);

// Drops, in place, the religious formulas the tagger took into a name
// ("muhammad salla allahu 'alayhi wa-sallam", "'ali bin abi talib radiya
// allahu 'anhu", "rahimahu allah", "'isa 'alayhi al-salam"): at a token
// salla, radiya, rahimahu (-ha, -hum), hafizahu (-ha) or 'alayhi (-ha)
// followed by allah (or al-salam) inside a mention, the mention ends
// before it, and the formula and the rest of that mention are O; a
// mention that starts with it (or with its allah, but a MISC allah, as
// ANERcorp annotates it) is dropped. Returns the formulas dropped.
size_t DropReligiousFormulas(const NerModelData& m,
                             std::span<const NerToken* const> tokens,
                             std::span<const uint32_t> sentence,
                             std::vector<uint16_t>* labels);

// Retypes, in place, a person mention right after a noun of an
// administrative unit (wilaya, mu'tamadiya, muhafaza, mintaqa, balda,
// baladiya, qarya, iqlim, muqata'a; with a proclitic, without a pronoun: not
// "wilayatuhu", his term) as a place: "wilayat sidi buzid" (Sidi Bouzid,
// a Tunisian governorate the tagger reads as a person: "sidi" is also
// "my lord"), "wilayat rud ayland". Not when raw news makes its first word
// a person at 6/8 or more ("wilayat fransuwa hulandi": Hollande's term of
// office), nor when it is one word of a longer person mention of the text
// ("wilayat salih al-akhira" after "'ali 'abd allah salih"). A person
// mention that starts with the noun ("mu'tamadiyat qa'fur" as one person)
// loses it first and is then such a candidate. The person mentions of the
// text with the same hosts become places too ("fi sidi buzid"). Returns
// the mentions retyped.
size_t RetypePlacesAfterUnitNouns(const NerModelData& m,
                                  std::span<const NerToken* const> tokens,
                                  std::span<const uint32_t> sentence,
                                  std::vector<uint16_t>* labels);

}  // namespace khabar::ner

#endif  // KHABAR_NER_NER_CONSISTENCY_H_
