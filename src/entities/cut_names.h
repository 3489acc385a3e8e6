// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: a name whose first letter the tagger's span left out. The
// morphology reads some foreign names as a preposition + the rest
// ("bandaqji" as bi + "ndaqji", "brinan" as bi + "rinan"), and the tagger
// starts the mention after it; when the same article writes the name whole
// in another mention ("fatin bandaqji"), the letter is the name's. The
// resolver gives it back before its rules (docs/ENTITIES.md, "Letters cut
// off a name").
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
// letter + its first word is a word of another mention's name, and its
// first word alone is none (but as the first word of a mention that
// starts after such a letter: "ndaqji" three times): writes
// to `*out` the mentions with that one starting at the letter (its
// whole_first_word set, its text, if any, the new span's). Returns false,
// `*out` untouched, if no mention changed. `mentions` must lie in `text`.
bool RestoreCutNames(std::string_view text,
                     const std::vector<EntityMention>& mentions,
                     std::vector<EntityMention>* out);

}  // namespace khabar

#endif  // KHABAR_ENTITIES_CUT_NAMES_H_
