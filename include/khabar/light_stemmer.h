// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// A light stemmer for Arabic search indexing: folds a word's spelling and
// strips its clitics and inflectional affixes, in the spirit of Larkey's
// light10 (what Lucene's ArabicStemFilter implements) with better guards.
//
//   std::string stem;
//   for (std::string_view token : tokens) {
//     khabar::LightStem(token, &stem);  // reuses stem's buffer
//     index.Add(stem);
//   }
//   khabar::LightStem("\u0648\u0644\u0644\u0639\u0631\u0627\u0642")  // wll-
//       == "\u0639\u0631\u0627\u0642";                               // EraAq
//   // The morphological analyzer, which has removed the clitics already:
//   khabar::LightStemHost(host, &stem);
//
// What a stem is (docs/STEMMING.md has every rule and its reason):
//   1. Spelling, as khabar's search normalization level
//      (data/normalize/rules.tsv): diacritics, Quranic marks, tatweel and
//      zero-width/bidi controls removed; alef variants (U+0622 U+0623
//      U+0625 U+0671 ...) to bare alef U+0627, alef maksura U+0649 to ya
//      U+064A, ta marbuta U+0629 to ha U+0647, Persian ya/kaf/heh to the
//      Arabic letters. Hamza on waw and ya (U+0624 U+0626) and lone hamza
//      (U+0621) are kept.
//   2. LightStem only: one conjunction (wa, fa), then one preposition
//      (bi, ka, li) or the future particle sa, each only when what follows
//      can start a word of its own and the letter is not the first letter of
//      a known word (wzyr "minister", flsTyn "Palestine", ktAb "book", ...).
//   3. The article: al, bi+al, ka+al, li+al (the "ll" spelling).
//   4. Suffixes: one enclitic pronoun (hm, hmA, hn, km, kmA, kn, hA, nA, h),
//      then one inflection (At, wn, yn, An, tAn, tyn, wA, a ta marbuta
//      written t before the pronoun or a dual ending, the t of the 3rd
//      person feminine past), then nisba/first-person ya and ta marbuta.
//      Every strip keeps at least three letters (four for hm, hn, km, kn
//      and An), so short words are left alone.
//   A few frequent words that the rules would mangle (Allah, the relative
//   pronouns, qAnwn, mlywn, ...) are kept whole.
//
// Words that are not purely Arabic letters (Latin, digits, punctuation,
// symbols, mixed) are not stemmed: an ASCII-only word is returned
// unchanged, any other word is returned search-normalized (khabar's
// Normalizer at NormalizationLevel::kSearch with Latin case kept). Ill-formed
// UTF-8 never fails: each bad byte becomes U+FFFD. An empty word gives an
// empty stem.
//
// Speed: pure Arabic words of up to kLightStemMaxLetters letters take the
// fast path (one table lookup per character, no allocation when `out` has
// the capacity); other words go through the Normalizer and allocate.
//
// Thread safety: pure functions over immutable static tables; safe from any
// number of threads at once (each with its own `out`).

#ifndef KHABAR_LIGHT_STEMMER_H_
#define KHABAR_LIGHT_STEMMER_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace khabar {

// Longer Arabic words are search-normalized but not stemmed.
inline constexpr size_t kLightStemMaxLetters = 64;

// Stems a raw token (clitics attached) into `*out` (replaced, its capacity
// reused). `word` and `*out` must not overlap.
void LightStem(std::string_view word, std::string* out);
std::string LightStem(std::string_view word);

// Stems a host word whose proclitics (w f b k l s) and enclitic pronouns the
// morphological analyzer has removed already: no conjunction, preposition or
// future particle is stripped (a first w/f/b/l/k/s stays: wzyr, flsTyn,
// bld, lbnAn, ktAb), only the article and the suffixes of step 4 (a
// pronoun-like ending is still removed, as in LightStem, so that a host and
// the whole word give the same stem). A ta marbuta that the analyzer
// restored (-p) or left as t before the removed pronoun gives the same stem,
// except after an alef (HyAt stays HyAt: pass HyAp).
void LightStemHost(std::string_view host, std::string* out);
std::string LightStemHost(std::string_view host);

}  // namespace khabar

#endif  // KHABAR_LIGHT_STEMMER_H_
