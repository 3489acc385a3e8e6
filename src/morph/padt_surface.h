// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: rebuilds the surface tokens of PADT-style CoNLL-U, where FORM is
// the vocalized syntactic word and clitics are separate words with no
// multiword token lines (UD_Arabic before UD 1.3).
//
// Rules, applied to the diacritic-free forms:
//   - proclitics attach to the following word: wa/fa (CONJ), bi/li/la/ka
//     (ADP or CONJ), sa (future PART), recognised as one letter plus a short
//     vowel ("wa" but not the unvocalized abbreviation letter);
//   - enclitic pronouns (PRON with PADT tag "SP" and genitive or accusative
//     case, e.g. "hu", "haa", "hum", "ii") attach to the preceding word;
//   - li/la + al- drops the alef (li + al-hazr -> "llhzr"), and li + al-l...
//     drops the alef and one lam (li + allah -> "llh");
//   - before an enclitic: ta marbuta is written ta; alef maksura is written
//     ya after a preposition (Ealaa + hi -> "Elyh") and alef otherwise
//     (mustawaa + hu -> "mstwah"); a final hamza on the line after alef takes
//     the seat of its case vowel (waw after damma, ya after kasra).
//   - a token PADT could not analyze (XPOS "U---------") is written once
//     per syntactic word with the whole token as FORM ("bynhmA bynhmA" for
//     byn + hmA): consecutive such words with the same form are one token
//     (a genuinely repeated unanalyzed word would be merged too).
// Word FORMs: a preposition PADT spells with ya before a pronoun (Ealay +
// hi) gets its alef maksura back (Ealaa + hi), as in its lemma.
// Clitics with nothing to attach to (sentence edge, punctuation) stay tokens.

#ifndef KHABAR_MORPH_PADT_SURFACE_H_
#define KHABAR_MORPH_PADT_SURFACE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/conllu.h"

namespace khabar {

// Removes Arabic harakat, tanween, shadda, sukun, and the other combining
// marks U+064B..U+065F and U+0670 (superscript alef). Keeps tatweel.
std::string RemoveArabicDiacritics(std::string_view text);

// One surface token: words[first-1 .. last-1] of the sentence.
struct PadtToken {
  int first = 0;
  int last = 0;
  std::string form;
};

// The surface tokens of a sentence, in order, covering every word once.
std::vector<PadtToken> RebuildPadtTokens(const ConlluSentence& sentence);

struct PadtSurfaceStats {
  int64_t sentences = 0;
  int64_t words = 0;
  int64_t tokens = 0;      // rebuilt surface tokens
  int64_t multiwords = 0;  // rebuilt tokens of two or more words
  // Only when the input already had multiword token lines:
  int64_t gold_multiwords = 0;     // multiword lines in the input
  int64_t matched_ranges = 0;      // of those, same word range rebuilt
  int64_t matched_multiwords = 0;  // same range and same FORM
};

// Returns `sentence` in UD 2 surface style: multiword token lines for the
// rebuilt tokens (replacing any in the input, which are compared first and
// counted in `stats`), word FORMs without diacritics, and a "# text = ..."
// comment (tokens joined by single spaces) unless one exists. LEMMA and the
// other columns are unchanged. `stats` may be null; counts are added to it.
ConlluSentence ToPadtSurface(const ConlluSentence& sentence,
                             PadtSurfaceStats* stats);

}  // namespace khabar

#endif  // KHABAR_MORPH_PADT_SURFACE_H_
