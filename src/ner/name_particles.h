// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Name particles after decoding: European surnames written with a particle
// ("van", "von", "de", "du", "da", "del"; "van der", "de la") as separate
// words, "rud fan nistlruy", "marku fan bastin", "dumink du filban". The
// tagger, which saw few of them, ends the person before the particle or
// starts it after it. ANERcorp annotates the particle inside the name.
//
//   ExtendParticleNames: a person mention that ends right before a
//     particle (and a second one: "fan dir", "du la"), or at one ("luwis
//     fan" + "ghal"), or a lone "fan" or "fun" the tagger made a person,
//     takes in the particle(s) and the next word, if that word is nominal
//     (or read as a verb: "jal"), has no article and no proclitic (unless
//     the analysis split a name), and is left out, a mention of one token,
//     or a person. After "di", "du", "da", "dil" the word must not be one
//     raw news never uses as a person ("madam di hikaya", "a story"). Runs
//     before the surname rule, which then sees the last word as the
//     surname.
//   PrefixParticleNames: a person mention that starts right after a
//     particle starts at the particle ("wa-qala fan bastin"). The
//     particle "fan" is also "fa-inna" written without its hamza ("wa-
//     bi-hasab al-mu'arada, fan ardughan ..."): it joins only after a
//     verb, a preposition, conjunction or particle without a pronoun
//     ("amam", "anna"), or at the start of the sentence, where "fa-inna"
//     cannot stand. Elsewhere a mention of any type that the tagger
//     started at "fan" starts at the next token. Runs after the surname
//     rule, which may have found the name alone.
//
// BIO models only; both return how many mentions changed. `tokens`,
// `sentence` (each token's sentence number) and `labels` have one entry
// per token.

#ifndef KHABAR_NER_NAME_PARTICLES_H_
#define KHABAR_NER_NAME_PARTICLES_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "ner/ner_decode.h"
#include "ner/ner_model.h"

namespace khabar::ner {

// True if a token's key form is one of the particles: a mention that
// starts with one starts at the token (the analysis may read "fan" as
// "fa" + "an").
bool IsNameParticle(std::string_view key);

size_t ExtendParticleNames(const NerModelData& m,
                           std::span<const NerToken* const> tokens,
                           std::span<const uint32_t> sentence,
                           std::vector<uint16_t>* labels);

size_t PrefixParticleNames(const NerModelData& m,
                           std::span<const NerToken* const> tokens,
                           std::span<const uint32_t> sentence,
                           std::vector<uint16_t>* labels);

}  // namespace khabar::ner

#endif  // KHABAR_NER_NAME_PARTICLES_H_
