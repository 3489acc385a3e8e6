// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: the resolver's rules for titles the tagger tagged as names
// (docs/ENTITIES.md, rule 0c and "Titles"): a person mention that is only a
// title before another person mention joins it, a mention that ends a
// title ("allah" of "ayat allah") is a role, not a name, and the title
// written right before a person mention (or, as an apposition, right
// after it) is its role.

#ifndef KHABAR_ENTITIES_TITLE_MENTIONS_H_
#define KHABAR_ENTITIES_TITLE_MENTIONS_H_

#include <string_view>
#include <vector>

#include "entities/name_match.h"
#include "entities/titles.h"
#include "khabar/entities.h"

namespace khabar {

// True if the mention with words `words` (of text[span]) is the end of a
// title that starts one or two words before it: the tagger's "allah" of
// "ayat allah" and "al-uzma" of "ayat allah al-uzma" are roles, not names.
bool EndsATitle(const TitleTable& titles, std::string_view text, ByteSpan span,
                const std::vector<NameWord>& words);

// A person mention that is nothing but a title ("al-shaykh", "al-sahafi")
// right before another person mention (only spaces between): the tagger
// cut the title off the name. The two are joined into one mention, whose
// title then becomes its role. Writes the mentions to *out and returns
// true if any were joined.
bool JoinTitleMentions(std::string_view text, const TitleTable& titles,
                       const std::vector<EntityMention>& mentions,
                       std::vector<EntityMention>* out);

// The title written right before a person mention that holds none
// ("al-ra'is al-amriki | barak awbama", "wali al-'ahd al-amir | muhammad"):
// titles of the table, each followed by role modifiers, one after another
// with only spaces between them and up to `begin` (the mention's start),
// as many as may be; the first title may follow a proclitic, which is left
// out. Writes its words (the proclitic's bytes cut off the first word's
// span and display) to *words and returns true if there is one.
bool TitleBefore(const TitleTable& titles, std::string_view text,
                 uint32_t begin, std::vector<NameWord>* words);

// The title written right after a person mention as an apposition
// ("rashid al-ghannushi ra'is harakat al-nahda, ...", "faysal bin khalid
// amir mintaqat 'asir."): after spaces and at most one comma, words up to
// the next punctuation mark or line end (2 to kMaxTitleAfterWords),
// the first of which starts a title of the table and none of which is a
// function word (a preposition, a relative pronoun, a particle: "wazir
// al-kharijiyya fi maktabihi" is no title) or starts with wa- or a
// preposition and the article. `end` is the mention's end. Writes the
// words to *words and returns true if there are any; the caller checks
// that no other person is named among them ("istaqbala X wazir
// al-kharijiyya Y.": the title is Y's) or right after them past a comma,
// and that the last word is definite or names an organization or place.
inline constexpr size_t kMaxTitleAfterWords = 6;
bool TitleAfter(const TitleTable& titles, std::string_view text, uint32_t end,
                std::vector<NameWord>* words);

// TitleAfter for mention i of `mentions` (their spans, as the resolver
// reads them, in `spans`), with the checks that need the other mentions.
// Writes the words to *words (cleared if none) and returns true if the
// apposition is the mention's role.
bool TitleAfterMention(const TitleTable& titles, std::string_view text,
                       const std::vector<EntityMention>& mentions,
                       const std::vector<ByteSpan>& spans, size_t i,
                       std::vector<NameWord>* words);

}  // namespace khabar

#endif  // KHABAR_ENTITIES_TITLE_MENTIONS_H_
