// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: the Arabic spellings of the names of the Latin letters (bi, si,
// di, if, jay, im, ...). In a run they spell an acronym (bi bi si, if . bi
// . ay), and the tagger, which reads the letters as foreign words, may tag
// one of them alone. A letter name by itself names nothing a reader
// follows: "ittasala bi" ("he called me": the preposition bi- with the
// pronoun, which the analysis reads as the letter B), "fitamin si"
// (vitamin C), a chemical's letter in a list. On 2,000 SaudiNewsNet
// articles the tagger's lone bi and si were 43 ORG mentions, none an
// organization.
//
//   if (IsLoneLetterName(text, span)) { /* no entity */ }

#ifndef KHABAR_ENTITIES_LETTER_NAMES_H_
#define KHABAR_ENTITIES_LETTER_NAMES_H_

#include <string_view>

#include "khabar/alignment.h"

namespace khabar {

// True if the text of `span` is one word that is the name of a Latin letter
// (or the letter itself, as in the satellite position "13 deg E"),
// not between quotation marks (a quoted letter is a title or a name: the
// newspaper "as"), and neither word next to it (across spaces, dots, hyphens,
// slashes and tatweel) is one (of the names that are no common word: "ittasala
// bi fi" is still "he called me in").
bool IsLoneLetterName(std::string_view text, ByteSpan span);

}  // namespace khabar

#endif  // KHABAR_ENTITIES_LETTER_NAMES_H_
