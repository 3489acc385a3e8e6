// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The CoNLL 2018 shared task scorer for tokenization, tagging and lemmas
// (Tokens, Sentences, Words, UPOS, XPOS, UFeats, AllTags, Lemmas), following
// the official conll18_ud_eval.py:
//
//   khabar::StatusOr<khabar::Conll18Result> r =
//       khabar::EvaluateConll18(gold_sentences, system_sentences);
//   if (!r.ok()) return r.status();  // e.g. the texts differ
//   double words_f1 = r->words.f1();
//
// Method. Both sides are flattened to one character sequence: each surface
// token (a multiword token, or a word outside any range) contributes its
// FORM with space-separator (Zs) characters removed. The two sequences must
// be identical (else kInvalidArgument). Tokens and sentences are scored as
// character spans that must match exactly. Words are aligned as the official
// script does: words outside multiword tokens align when their spans are
// equal; inside a stretch touched by a multiword token on either side, words
// are aligned by the longest common subsequence of their lower-cased FORMs.
// Tagging scores count aligned words whose value agrees: UPOS, XPOS, UFeats
// (only the universal features, sorted), AllTags (all three) and Lemmas (a
// gold lemma "_" accepts anything). Empty nodes are ignored. Dependency
// metrics (UAS, LAS, ...) are not computed.
//
// Thread safety: a pure function of its arguments.

#ifndef KHABAR_CONLL18_EVAL_H_
#define KHABAR_CONLL18_EVAL_H_

#include <cstdint>
#include <vector>

#include "khabar/conllu.h"
#include "khabar/status.h"

namespace khabar {

struct Conll18Score {
  int64_t gold = 0;     // units in the gold data
  int64_t system = 0;   // units in the system output
  int64_t correct = 0;  // units that match
  int64_t aligned = 0;  // aligned words (word-level metrics; else = correct)

  // Each ratio is 0 when its denominator is 0.
  double precision() const;
  double recall() const;
  double f1() const;
  double aligned_accuracy() const;  // correct / aligned
};

struct Conll18Options {
  // Compare lemmas after removing Arabic diacritics (U+064B..U+065F, U+0670)
  // and tatweel (U+0640) from both. Default false: exact comparison, as the
  // official script.
  bool lemma_ignore_diacritics = false;
};

struct Conll18Result {
  Conll18Score tokens;
  Conll18Score sentences;
  Conll18Score words;
  Conll18Score upos;
  Conll18Score xpos;
  Conll18Score ufeats;
  Conll18Score alltags;
  Conll18Score lemmas;
};

// Scores `system` against `gold`. kInvalidArgument if a FORM is empty after
// removing spaces or if the concatenated characters differ (the message
// gives the first differing character offset).
StatusOr<Conll18Result> EvaluateConll18(
    const std::vector<ConlluSentence>& gold,
    const std::vector<ConlluSentence>& system,
    const Conll18Options& options = {});

}  // namespace khabar

#endif  // KHABAR_CONLL18_EVAL_H_
