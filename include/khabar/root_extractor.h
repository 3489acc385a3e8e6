// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// A rule-based Arabic root extractor: strips clitics and affixes (with the
// light stemmer of khabar/light_stemmer.h, then verb endings and the future
// particle), matches the stem against the common derivational patterns
// (mafEuul, mufaaEil, istifEaal, iftiEaal, tafEiil, faaEil, ...) and restores
// weak, hamzated and doubled radicals.
//
//   khabar::ExtractRoot("\u0648\u0627\u0644\u0645\u0633\u062a\u0634\u0641\u0649")
//       == "\u0634\u0641\u064a";  // wAlmst$fY (and the hospital) -> $fy
//   khabar::ExtractRoot("Washington") == "";
//
// The result is the root's letters without separators: three letters, or
// four when the stem is evidently quadriliteral, or "" when no root can be
// derived (non-Arabic words, a stem of five or more letters that fits no
// pattern, typically a foreign name such as wA$nTn).
//
// Spelling of the root (the choice matters when comparing with other
// tools; docs/STEMMING.md):
//   - a hamza radical is always U+0623 (alef with hamza above), whatever its
//     seat in the word (>mn, s>l, qr>), as in the OpenITI root gold; a word
//     written with a bare alef where the hamza radical belongs (Amn) gives
//     the same root when the alef is first, as a first-radical alef is
//     always a hamza;
//   - a weak radical is U+0648 (waw) or U+064A (ya), never an alef or alef
//     maksura: a long alef in the middle of a three-letter stem is read as
//     waw (qAl -> qwl) and a final alef as waw (dEA -> dEw), a final alef
//     maksura as ya (rmY -> rmy);
//   - a doubled radical written once (md, from madd) is doubled (mdd).
// The extractor is a heuristic without a lexicon: hollow and defective
// roots whose weak letter cannot be seen are guessed, and a word can match
// the wrong pattern. The analyzer uses it only for words its lexicon lacks.
//
// Thread safety: pure functions over immutable static tables.

#ifndef KHABAR_ROOT_EXTRACTOR_H_
#define KHABAR_ROOT_EXTRACTOR_H_

#include <string>
#include <string_view>

namespace khabar {

// The root of a raw token (clitics attached), or "". Never fails; ill-formed
// UTF-8 gives "".
std::string ExtractRoot(std::string_view word);

// The same for a host word whose proclitics and enclitic pronouns the
// analyzer removed already (a first w/f/b/l/k/s is a radical or a pattern
// letter, never a clitic).
std::string ExtractRootHost(std::string_view host);

}  // namespace khabar

#endif  // KHABAR_ROOT_EXTRACTOR_H_
