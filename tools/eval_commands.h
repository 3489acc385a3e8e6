// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The evaluations behind `khabar eval <what>`, one file each.

#ifndef KHABAR_TOOLS_EVAL_COMMANDS_H_
#define KHABAR_TOOLS_EVAL_COMMANDS_H_

namespace khabar::cli {

// khabar eval clean DIR: HTML main-text extraction (eval_clean.cc).
int RunEvalClean(int argc, char** argv);

// khabar eval morph: segmentation, tags and lemmas against CoNLL-U gold
// (eval_morph.cc).
int RunEvalMorph(int argc, char** argv);

// khabar eval stem: light stems and roots against gold word lists
// (eval_stem.cc).
int RunEvalStem(int argc, char** argv);

// khabar eval ner: CoNLL span F1 on ANERcorp's test split (eval_ner.cc).
int RunEvalNer(int argc, char** argv);

// khabar eval quotes: quotation extraction and speakers against the
// held-out gold set of SaudiNewsNet and ANT articles (eval_quotes.cc).
int RunEvalQuotes(int argc, char** argv);

}  // namespace khabar::cli

#endif  // KHABAR_TOOLS_EVAL_COMMANDS_H_
