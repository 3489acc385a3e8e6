// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// khabar eval <what>: accuracy on held-out or development data. Each
// evaluation lives in its own eval_<what>.cc; this file only dispatches.

#include <cstdio>
#include <string>
#include <string_view>

#include "cli_common.h"
#include "commands.h"
#include "eval_commands.h"

namespace khabar::cli {
namespace {

struct Evaluation {
  std::string_view name;
  std::string_view summary;
  int (*run)(int argc, char** argv);
};

constexpr Evaluation kEvaluations[] = {
    {"clean", "HTML main-text extraction (precision, recall, F1, accuracy)",
     &RunEvalClean},
    {"morph", "segmentation, UPOS, features, lemmas (CoNLL 2018 UD metrics)",
     &RunEvalMorph},
    {"stem", "light stems and roots against gold word lists", &RunEvalStem},
    {"ner", "named entities: CoNLL span F1 on the ANERcorp test split",
     &RunEvalNer},
    {"quotes", "quotations and speakers on the SaudiNewsNet + ANT gold set",
     &RunEvalQuotes},
};

void Usage(std::FILE* out) {
  std::string text = "Usage: khabar eval <what> [options]\n\nEvaluations:\n";
  for (const Evaluation& e : kEvaluations) {
    text += "  " + std::string(e.name) + "  " + std::string(e.summary) + "\n";
  }
  text += "\nRun 'khabar eval <what> --help' for its options.\n";
  std::fputs(text.c_str(), out);
}

int RunEval(int argc, char** argv) {
  if (argc < 2) {
    Usage(stderr);
    return kExitUsage;
  }
  const std::string_view what = argv[1];
  if (what == "--help" || what == "-h") {
    Usage(stdout);
    return kExitOk;
  }
  for (const Evaluation& e : kEvaluations) {
    if (e.name == what) return e.run(argc - 1, argv + 1);
  }
  PrintError("unknown evaluation '" + std::string(what) +
             "' (see 'khabar eval --help')");
  return kExitUsage;
}

}  // namespace

const Command& EvalCommand() {
  static const Command kCommand = {
      "eval", "Measure accuracy on gold data (clean, morph, stem, ner, quotes)",
      &RunEval};
  return kCommand;
}

}  // namespace khabar::cli
