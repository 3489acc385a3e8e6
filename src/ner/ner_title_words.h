// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: titles that are also given names, after decoding. "amin" is a
// given name and the title of a mayor or a secretary ("amin mantiqat
// al-riyad", the mayor of the Riyadh region; "amin majlis al-tanmiya"),
// "musa'id" a given name and "assistant" ("musa'id ra'is majlis
// al-shura"). The tagger made the title alone a person 25 times in 6,000
// SaudiNewsNet articles, 22 of them titles, and the quotation stage then
// gave "wa-qala amin jidda" the speaker "amin". ANERcorp leaves the title O
// before a noun ("amin al-sirr", "musa'id wazir") and marks the name
// before a surname ("amin al-jumayyil"). A one-token person mention of one
// of these words right before a noun becomes O (docs/ENTITIES.md, "Titles
// that are given names").
//
//   DropTitleWords(model, text, analysis, tokens, &labels);

#ifndef KHABAR_NER_NER_TITLE_WORDS_H_
#define KHABAR_NER_NER_TITLE_WORDS_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "khabar/morph_analyzer.h"
#include "ner/ner_decode.h"
#include "ner/ner_model.h"

namespace khabar::ner {

// Makes, in place, a one-token PER mention O when its host is "amin" or
// "musa'id" (no pronoun) and the next token, on the same line with only
// spaces between, is a nominal word (UPOS NOUN, ADJ, PROPN, X) the tagger
// left O or the start of a place or organization mention ("amin jidda",
// "amin al-ahsa'"): a title before what it heads. Not before a person's
// name (that would be one mention), punctuation or a verb ("fa-intaqala
// amin ila", the man named Amin). `tokens[i]` is token i's NerToken.
// Returns the mentions dropped.
size_t DropTitleWords(const NerModelData& m, std::string_view text,
                      const MorphAnalysis& a,
                      std::span<const NerToken* const> tokens,
                      std::vector<uint16_t>* labels);

}  // namespace khabar::ner

#endif  // KHABAR_NER_NER_TITLE_WORDS_H_
