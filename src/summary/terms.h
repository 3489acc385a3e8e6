// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: what keywords, the summarizer and the document-frequency
// builder agree a term is. A syntactic word of a MorphAnalysis is a term
// when its UPOS is a content tag (NOUN, PROPN, ADJ, X, VERB), its folded
// lemma has at least two letters, and neither its form nor its lemma is a
// stopword (data/summary/stopwords.txt, embedded).
//
//   uint64_t key = summary::WordTermKey(word);  // 0: not a term
//   if (key != 0) counts[key]++;
//
// Thread safety: all functions are safe from any thread (the stopword set
// is built once, on first use, thread-safely).

#ifndef KHABAR_SUMMARY_TERMS_H_
#define KHABAR_SUMMARY_TERMS_H_

#include <cstdint>
#include <string_view>

#include "khabar/morph_analyzer.h"

namespace khabar::summary {

// XXH3 of `s` folded (alef/hamza seats -> alef, alef maksura -> ya,
// diacritics and tatweel dropped); `*letters` (optional) gets the number of
// code points kept. Never 0.
uint64_t FoldedKey(std::string_view s, int* letters = nullptr);

// True if the folded key is a stopword's.
bool IsStopwordKey(uint64_t key);

// The term key of `word` (FoldedKey of its lemma, else of its light stem,
// else of its form), or 0 if the word is not a term.
uint64_t WordTermKey(const MorphWord& word);

// True for verbs (a weaker topic signal).
inline bool IsVerb(const MorphWord& word) { return word.upos == "VERB"; }

}  // namespace khabar::summary

#endif  // KHABAR_SUMMARY_TERMS_H_
