// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: names the tagger's spans cut, given back before the resolver's
// rules when the same article writes the name whole in another mention.
// A name whose first letter the span left out: the morphology reads some
// foreign names as a preposition + the rest ("bandaqji" as bi + "ndaqji",
// "brinan" as bi + "rinan"), and the tagger starts the mention after it
// (docs/ENTITIES.md, "Letters cut off a name"). A name whose last words
// the span left out ("ibrahim" of "ibrahim latif", "latif" a common word:
// docs/ENTITIES.md, "Names cut short").
//
//   std::vector<EntityMention> restored;
//   if (RestoreCutNames(text, mentions, &restored)) Use(restored);

#ifndef KHABAR_ENTITIES_CUT_NAMES_H_
#define KHABAR_ENTITIES_CUT_NAMES_H_

#include <string_view>
#include <vector>

#include "khabar/entities.h"

namespace khabar {

// If a mention of `mentions` starts right after one of the letters bi-,
// ka-, li- or fa- of its token (the letter alone, or after wa-), the
// letter + its first word is a word of another mention's name, or, for a
// person, the text writes the word with that letter at least twice and
// never without it (li-, ka-, fa-, and bi- before the wa or lam of bu-
// and bel-; not the article after the letter: "marin li-wban"), and its
// first word alone is none (but as the first word of a mention that
// starts after such a letter: "ndaqji" three times), or the token opens
// a quotation ("<<bulitika>>": clitics stand outside the marks; then wa-
// too, and not before the article): writes
// to `*out` the mentions with that one starting at the letter (its
// whole_first_word set, its text, if any, the new span's); a person
// restored on the text's evidence, the letter alone, right after another
// person mention (only spaces between) is joined to it. Returns false,
// `*out` untouched, if no mention changed. `mentions` must lie in `text`.
bool RestoreCutNames(std::string_view text,
                     const std::vector<EntityMention>& mentions,
                     std::vector<EntityMention>* out);

// If a person or organization mention of `mentions` is followed, with
// only spaces between, by the words that make it another mention's longer
// name of the same type in the article (the tagger cut "ibrahim | latif"
// after the given name, or "jan mari | lubin", where "ibrahim latif" and
// "jan mari lubin" are mentions elsewhere), and no mention covers those
// words: writes to `*out` the mentions with that one extended over them
// (its text, if any, the new span's). Returns false, `*out` untouched, if
// no mention changed. `mentions` must lie in `text`.
bool CompleteCutNames(std::string_view text,
                      const std::vector<EntityMention>& mentions,
                      std::vector<EntityMention>* out);

}  // namespace khabar

#endif  // KHABAR_ENTITIES_CUT_NAMES_H_
