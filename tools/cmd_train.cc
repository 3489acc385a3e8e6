// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// khabar train morph: trains the morphology model from PADT (khabar's
// split, docs/ACCURACY.md) and optional raw news text, with a fixed seed.

#include <chrono>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "CLI/CLI.hpp"
#include "cli_common.h"
#include "cli_input.h"
#include "commands.h"
#include "khabar/conllu.h"
#include "khabar/model_file.h"
#include "khabar/morph_trainer.h"
#include "morph_data.h"

namespace khabar::cli {
namespace {

int RunTrainMorph(int argc, char** argv) {
  CLI::App app{
      "Train the morphology model (segmentation, UPOS, features, lemmas) on "
      "PADT: all of ar-ud-dev.conllu and the first half of the documents of "
      "ar-ud-test.conllu; the second half is never read for training.",
      "khabar train morph"};
  std::string padt_dir = DefaultPadtDir();
  std::string raw;
  std::string out = "models/morph-padt.khm";
  MorphTrainOptions options;
  options.data_description =
      "UD_Arabic PADT c4a942c: ar-ud-dev + first half of ar-ud-test "
      "documents";
  options.license =
      "CC BY-NC-SA 3.0 (PADT; raw word counts from SaudiNewsNet, "
      "CC BY-NC-SA 4.0): non-commercial use only";
  app.add_option("--padt-dir", padt_dir,
                 "directory with ar-ud-dev.conllu and ar-ud-test.conllu")
      ->capture_default_str();
  app.add_option("--raw", raw,
                 "plain news text whose word counts guide segmentation "
                 "(e.g. SaudiNewsNet, see bench/run_text_bench.sh)");
  app.add_option("--out,-o", out, "model file to write")->capture_default_str();
  app.add_option("--epochs", options.epochs, "training passes")
      ->capture_default_str()
      ->check(CLI::Range(1, 100));
  app.add_option("--seed", options.seed, "shuffling seed")
      ->capture_default_str();
  app.add_option("--min-raw-count", options.min_raw_count,
                 "keep raw words seen at least this often")
      ->capture_default_str();
  int tune_docs = 0;
  std::string tune_out;
  app.add_option("--tune-docs", tune_docs,
                 "leave the last N training documents out of training and "
                 "write them to --tune-out, to tune options on them with "
                 "'khabar eval morph --gold' (the held-out half stays unseen)")
      ->check(CLI::Range(0, 1000));
  app.add_option("--tune-out", tune_out, "where --tune-docs writes them");
  if (auto code = ParseCommandLine(app, argc, argv)) return *code;
  if (tune_docs > 0 && tune_out.empty()) {
    PrintError("--tune-docs needs --tune-out");
    return kExitUsage;
  }

  const auto start = std::chrono::steady_clock::now();
  StatusOr<PadtSplit> split = ReadPadtSplit(padt_dir);
  if (!split.ok()) {
    PrintError(split.status().message());
    return ExitCodeFor(split.status());
  }
  if (tune_docs > 0) {
    std::vector<ConlluSentence>& train = split->train;
    size_t cut = train.size();
    int seen = 0;
    while (cut > 0 && seen <= tune_docs) {
      if (cut == train.size() ||
          PadtDocumentId(train[cut - 1]) != PadtDocumentId(train[cut])) {
        ++seen;
      }
      if (seen > tune_docs) break;
      --cut;
    }
    std::vector<ConlluSentence> tune(train.begin() + static_cast<long>(cut),
                                     train.end());
    train.resize(cut);
    split->train_documents -= tune_docs;
    const std::string text = WriteConllu(tune);
    std::FILE* f = std::fopen(tune_out.c_str(), "wb");
    const bool ok = f != nullptr &&
                    std::fwrite(text.data(), 1, text.size(), f) == text.size();
    if (f != nullptr) std::fclose(f);
    if (!ok) {
      PrintError("cannot write " + tune_out);
      return kExitInternal;
    }
    options.data_description += " minus the last " + std::to_string(tune_docs) +
                                " training documents (tuning run)";
  }
  std::string raw_text;
  if (!raw.empty()) {
    StatusOr<std::string> text = ReadWholeFile(raw);
    if (!text.ok()) {
      PrintError(text.status().message());
      return ExitCodeFor(text.status());
    }
    raw_text = std::move(*text);
    options.data_description += "; raw word counts: " + raw;
  }
  MorphTrainReport report;
  StatusOr<std::string> model =
      TrainMorphModel(split->train, raw_text, options, &report);
  if (!model.ok()) {
    PrintError(model.status().message());
    return ExitCodeFor(model.status());
  }
  StatusOr<std::shared_ptr<const ModelFile>> file =
      ModelFile::FromBytes(*model);
  if (!file.ok()) {
    PrintError("internal: the trained model does not read back: " +
               file.status().message());
    return kExitInternal;
  }
  {
    std::FILE* f = std::fopen((out + ".tmp").c_str(), "wb");
    bool ok = f != nullptr &&
              std::fwrite(model->data(), 1, model->size(), f) == model->size();
    ok = (f != nullptr && std::fclose(f) == 0) && ok;
    if (!ok || std::rename((out + ".tmp").c_str(), out.c_str()) != 0) {
      PrintError("cannot write " + out);
      return kExitInternal;
    }
  }
  for (const std::string& line : report.log) {
    std::fprintf(stderr, "%s\n", line.c_str());
  }
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  std::fprintf(stderr,
               "train morph: %d documents, %lld sentences, %lld tokens, %lld "
               "words (segmentation skipped %lld); %lld prefixes, %lld "
               "suffixes, %lld rewrites, %lld lemma rules, %lld lexicon "
               "entries, %lld raw words; wrote %s (%zu bytes) in %.1f s\n",
               split->train_documents, static_cast<long long>(report.sentences),
               static_cast<long long>(report.tokens),
               static_cast<long long>(report.words),
               static_cast<long long>(report.segmentation_skipped),
               static_cast<long long>(report.prefixes),
               static_cast<long long>(report.suffixes),
               static_cast<long long>(report.rewrites),
               static_cast<long long>(report.lemma_rules),
               static_cast<long long>(report.lexicon_entries),
               static_cast<long long>(report.raw_words), out.c_str(),
               model->size(), secs);
  return kExitOk;
}

void Usage(std::FILE* out) {
  std::fputs(
      "Usage: khabar train <what> [options]\n\nTrainers:\n"
      "  morph  segmentation, UPOS, features and lemmas from PADT\n\n"
      "Run 'khabar train <what> --help' for its options.\n",
      out);
}

int RunTrain(int argc, char** argv) {
  if (argc < 2) {
    Usage(stderr);
    return kExitUsage;
  }
  const std::string_view what = argv[1];
  if (what == "--help" || what == "-h") {
    Usage(stdout);
    return kExitOk;
  }
  if (what == "morph") return RunTrainMorph(argc - 1, argv + 1);
  PrintError("unknown trainer '" + std::string(what) +
             "' (see 'khabar train --help')");
  return kExitUsage;
}

}  // namespace

const Command& TrainCommand() {
  static const Command kCommand = {"train", "Train a model from data (morph)",
                                   &RunTrain};
  return kCommand;
}

}  // namespace khabar::cli
