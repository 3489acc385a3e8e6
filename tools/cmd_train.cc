// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// khabar train morph: trains the morphology model from PADT (khabar's
// split, docs/ACCURACY.md) and optional raw news text, with a fixed seed.

#include <chrono>
#include <cstdio>
#include <iterator>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "CLI/CLI.hpp"
#include "cli_common.h"
#include "cli_input.h"
#include "commands.h"
#include "khabar/conllu.h"
#include "khabar/keywords.h"
#include "khabar/model_file.h"
#include "khabar/morph_trainer.h"
#include "khabar/ner_eval.h"
#include "khabar/ner_trainer.h"
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
  if (Status written = WriteFileAtomically(out, *model); !written.ok()) {
    PrintError(written.message());
    return kExitInternal;
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

// The raw news files, one after another in `*text`, each ending with a
// blank line (a paragraph break, so no paragraph runs into the next file's).
Status ReadRawNews(const std::vector<std::string>& paths, std::string* text) {
  for (const std::string& path : paths) {
    StatusOr<std::string> file = ReadWholeFile(path);
    if (!file.ok()) return file.status();
    *text += *file;
    if (!text->empty()) *text += "\n\n";
  }
  return Status::Ok();
}

int RunTrainNer(int argc, char** argv) {
  CLI::App app{
      "Train the NER model (PER, LOC, ORG, MISC) on ANERcorp's CAMeL Lab "
      "train split (the test split is never read), on top of the "
      "morphology model, with a gazetteer from AQMAR.",
      "khabar train ner"};
  std::string data_dir = DefaultNerDataDir();
  std::vector<std::string> gazetteer = DefaultNerGazetteerFiles();
  std::string morph_path = DefaultMorphModel();
  std::string out = "models/ner-anercorp.khm";
  std::vector<std::string> raw;
  std::vector<std::string> cluster_raw;
  std::vector<std::string> extra_train;
  int tune = 0;
  std::string tune_out;
  NerTrainOptions options;
  options.data_description =
      "ANERcorp (CAMeL Lab split) train; gazetteer from AQMAR";
  options.license =
      "ANERcorp: no stated licence (research use); AQMAR: CC BY-SA 3.0; "
      "built on the morphology model (CC BY-NC-SA): non-commercial research "
      "use only";
  app.add_option("--data-dir", data_dir,
                 "directory with ANERCorp_CamelLab_train.txt")
      ->capture_default_str();
  app.add_option("--gazetteer", gazetteer,
                 "labelled CoNLL files whose entity words make the gazetteer "
                 "(none: no gazetteer)")
      ->capture_default_str();
  app.add_option("--morph-model", morph_path, "morphology model")
      ->capture_default_str();
  app.add_option("--extra-train", extra_train,
                 "more labelled CoNLL files to train on, before the ANERcorp "
                 "sentences (e.g. AQMAR, its MIS tags read as MISC: -2 F1 on "
                 "the tuning split, so not by default)");
  app.add_option("--raw", raw,
                 "plain news text for distributional word classes, one or "
                 "more files read one after another (e.g. SaudiNewsNet and "
                 "the ANT corpus, docs/ENTITIES.md)");
  app.add_option("--cluster-raw", cluster_raw,
                 "more plain news text for the word clusters only, read after "
                 "--raw (e.g. the ANT corpus, docs/ENTITIES.md)");
  app.add_option("--out,-o", out, "model file to write")->capture_default_str();
  app.add_option("--epochs", options.epochs, "training passes")
      ->capture_default_str()
      ->check(CLI::Range(1, 100));
  app.add_option("--seed", options.seed, "shuffling seed")
      ->capture_default_str();
  app.add_option("--ensemble", options.ensemble,
                 "taggers trained from seeds derived from --seed, their "
                 "weights averaged into one model (N times the training "
                 "time, the same decoding time)")
      ->capture_default_str()
      ->check(CLI::Range(1, 32));
  app.add_option("--context-words", options.context_words,
                 "neighbour vocabulary of the word classes")
      ->capture_default_str()
      ->check(CLI::Range(1, 255));
  app.add_flag("--clusters", options.clusters,
               "add k-means word classes of the --raw words (no gain so far)");
  app.add_flag("--bioes", options.bioes,
               "BIOES labels instead of BIO (no gain so far)");
  app.add_option("--word-dropout", options.word_dropout,
                 "leave a training word's identity features out with "
                 "probability a / (a + its count); 0: never")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 100.0));
  app.add_option("--margin", options.margin,
                 "train with this margin per wrong token (cost-augmented "
                 "decoding); 0: the plain perceptron")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0e6));
  bool one_pass = false;
  app.add_flag("--one-pass", one_pass,
               "no second-pass tagger (the second pass sees the first "
               "pass's labels of the same word nearby; about 3x the time)");
  bool no_word_types = false;
  app.add_flag("--no-word-types", no_word_types,
               "no word types from --raw (a classifier of raw-news "
               "neighbours trained on the training words)");
  app.add_flag("--word-type-average", options.word_type_average,
               "average the word-type classifier's weights over its training "
               "steps");
  app.add_flag("--word-type-soft-labels", options.word_type_soft_labels,
               "train the word types on each word's class distribution, not "
               "its majority class (no gain so far)");
  app.add_option("--word-type-min-count", options.word_type_min_count,
                 "--raw words seen fewer times get no word type")
      ->capture_default_str();
  app.add_option("--word-type-contexts", options.word_type_contexts,
                 "the word types' neighbour vocabulary: the most frequent "
                 "raw words")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000000));
  app.add_flag("--char-trigrams", options.char_trigrams,
               "character trigrams of the host as features (no gain so far)");
  app.add_flag("--morph-features", options.morph_features,
               "the host's lemma, light stem and UD features as features (no "
               "gain so far)");
  bool no_token_views = false;
  app.add_flag("--no-token-views", no_token_views,
               "no word type and lexicon of the whole token when the analysis "
               "splits it");
  bool no_word_clusters = false;
  app.add_flag("--no-word-clusters", no_word_clusters,
               "no hierarchical word clusters of the --raw words");
  app.add_option("--cluster-classes", options.cluster_classes,
                 "leaves of the word-cluster tree")
      ->capture_default_str()
      ->check(CLI::Range(2, 4096));
  app.add_option("--cluster-min-count", options.cluster_min_count,
                 "--raw words seen fewer times get no word cluster")
      ->capture_default_str();
  size_t cluster_raw_mb = options.cluster_raw_bytes >> 20;
  app.add_option("--cluster-raw-mb", cluster_raw_mb,
                 "megabytes of --raw (from the start) the clusters learn from")
      ->capture_default_str()
      ->check(CLI::Range(1, 100000));
  app.add_option("--cluster-passes", options.cluster_passes,
                 "exchange-algorithm passes of the word clusters")
      ->capture_default_str()
      ->check(CLI::Range(0, 100));
  app.add_flag("--cluster-window", options.cluster_window,
               "also the word clusters of the tokens two away and cluster "
               "bigrams");
  app.add_flag("--cluster-labels", options.cluster_labels,
               "also the previous label with the host's word cluster");
  app.add_option("--min-context-count", options.min_context_count,
                 "words seen fewer times in --raw get no class")
      ->capture_default_str();
  app.add_option("--tune-sentences", tune,
                 "leave the last N training sentences out and write them to "
                 "--tune-out, to tune on them with 'khabar eval ner --gold'")
      ->check(CLI::Range(0, 100000));
  app.add_option("--tune-out", tune_out, "where --tune-sentences writes them");
  if (auto code = ParseCommandLine(app, argc, argv)) return *code;
  options.word_types = !no_word_types;
  options.second_pass = !one_pass;
  options.token_views = !no_token_views;
  options.word_clusters = !no_word_clusters;
  options.cluster_raw_bytes = cluster_raw_mb << 20;
  if (tune > 0 && tune_out.empty()) {
    PrintError("--tune-sentences needs --tune-out");
    return kExitUsage;
  }
  const auto start = std::chrono::steady_clock::now();
  StatusOr<std::vector<NerSentence>> train =
      ReadNerFile(data_dir + "/ANERCorp_CamelLab_train.txt");
  if (!train.ok()) {
    PrintError(train.status().message());
    return ExitCodeFor(train.status());
  }
  if (tune > 0) {
    const size_t cut =
        train->size() > static_cast<size_t>(tune) ? train->size() - tune : 0;
    std::string text;
    for (size_t s = cut; s < train->size(); ++s) {
      for (size_t i = 0; i < (*train)[s].tokens.size(); ++i) {
        text += (*train)[s].tokens[i] + " " + (*train)[s].labels[i] + "\n";
      }
      text += "\n";
    }
    train->resize(cut);
    std::FILE* f = std::fopen(tune_out.c_str(), "wb");
    const bool ok = f != nullptr &&
                    std::fwrite(text.data(), 1, text.size(), f) == text.size();
    if (f != nullptr) std::fclose(f);
    if (!ok) {
      PrintError("cannot write " + tune_out);
      return kExitInternal;
    }
    options.data_description += " minus the last " + std::to_string(tune) +
                                " training sentences (tuning run)";
  }
  std::vector<NerSentence> extra;
  for (const std::string& path : extra_train) {
    StatusOr<std::vector<NerSentence>> e = ReadNerFile(path);
    if (!e.ok()) {
      PrintError(e.status().message());
      return ExitCodeFor(e.status());
    }
    for (NerSentence& sentence : *e) {
      for (std::string& label : sentence.labels) {
        if (label.size() > 2 && label.substr(2) == "MIS") label += "C";
      }
      extra.push_back(std::move(sentence));
    }
    options.data_description += "; also trained on " + path;
  }
  if (!extra.empty()) {
    extra.insert(extra.end(), std::make_move_iterator(train->begin()),
                 std::make_move_iterator(train->end()));
    train->swap(extra);
  }
  std::vector<NerSentence> gazetteer_sentences;
  for (const std::string& path : gazetteer) {
    if (path.empty()) continue;  // --gazetteer "": none
    StatusOr<std::vector<NerSentence>> g = ReadNerFile(path);
    if (!g.ok()) {
      PrintError(g.status().message());
      return ExitCodeFor(g.status());
    }
    for (NerSentence& s : *g) gazetteer_sentences.push_back(std::move(s));
  }
  StatusOr<std::shared_ptr<const MorphModel>> morph =
      MorphModel::Load(morph_path);
  if (!morph.ok()) {
    PrintError(morph.status().message());
    return ExitCodeFor(morph.status());
  }
  std::string raw_text;
  std::string cluster_text;
  for (const auto& [paths, text, what] :
       {std::tuple{&raw, &raw_text, "; word classes from "},
        std::tuple{&cluster_raw, &cluster_text,
                   "; word clusters also from "}}) {
    if (Status read = ReadRawNews(*paths, text); !read.ok()) {
      PrintError(read.message());
      return ExitCodeFor(read);
    }
    for (size_t i = 0; i < paths->size(); ++i) {
      options.data_description += i == 0 ? what : ", ";
      options.data_description += (*paths)[i];
    }
  }
  options.cluster_extra_text = cluster_text;
  NerTrainReport report;
  StatusOr<std::string> model = TrainNerModel(
      *train, gazetteer_sentences, raw_text, *morph, options, &report);
  if (!model.ok()) {
    PrintError(model.status().message());
    return ExitCodeFor(model.status());
  }
  if (Status written = WriteFileAtomically(out, *model); !written.ok()) {
    PrintError(written.message());
    return kExitInternal;
  }
  for (const std::string& line : report.log) {
    std::fprintf(stderr, "%s\n", line.c_str());
  }
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  std::fprintf(stderr,
               "train ner: %lld sentences, %lld tokens, %lld mentions; "
               "gazetteer %lld words; %lld word classes; wrote %s (%zu "
               "bytes) in %.1f s\n",
               static_cast<long long>(report.sentences),
               static_cast<long long>(report.tokens),
               static_cast<long long>(report.mentions),
               static_cast<long long>(report.gazetteer_words),
               static_cast<long long>(report.context_words), out.c_str(),
               model->size(), secs);
  return kExitOk;
}

void Usage(std::FILE* out) {
  std::fputs(
      "Usage: khabar train <what> [options]\n\nTrainers:\n"
      "  morph  segmentation, UPOS, features and lemmas from PADT\n"
      "  ner    named entities (PER, LOC, ORG, MISC) from ANERcorp\n"
      "  df     lemma document frequencies of raw news (for keywords)\n\n"
      "Run 'khabar train <what> --help' for its options.\n",
      out);
}

int RunTrainDf(int argc, char** argv) {
  CLI::App app{
      "Build the document-frequency table for keywords and summaries: the "
      "number of documents (separated by form feeds) in which each content "
      "lemma occurs, analyzed with the morphology model.",
      "khabar train df"};
  std::string raw;
  std::string morph_path = DefaultMorphModel();
  std::string out = "models/df-saudinewsnet.khm";
  size_t max_documents = 10000;
  DocFrequencyOptions options;
  options.data_description = "SaudiNewsNet (plain text, form-feed separated)";
  options.license =
      "CC BY-NC-SA 4.0 (SaudiNewsNet; counts only, no text): non-commercial "
      "use only";
  app.add_option("--raw", raw, "plain text, documents separated by '\\f'")
      ->required();
  app.add_option("--morph-model", morph_path, "morphology model")
      ->capture_default_str();
  app.add_option("--out,-o", out, "model file to write")->capture_default_str();
  app.add_option("--max-documents", max_documents,
                 "read at most this many documents (0: all)")
      ->capture_default_str();
  app.add_option("--min-documents", options.min_documents,
                 "keep terms seen in at least this many documents")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000000));
  if (auto code = ParseCommandLine(app, argc, argv)) return *code;
  const auto start = std::chrono::steady_clock::now();
  StatusOr<std::shared_ptr<const MorphModel>> morph =
      MorphModel::Load(morph_path);
  if (!morph.ok()) {
    PrintError(morph.status().message());
    return ExitCodeFor(morph.status());
  }
  StatusOr<std::string> text = ReadWholeFile(raw);
  if (!text.ok()) {
    PrintError(text.status().message());
    return ExitCodeFor(text.status());
  }
  char hash[17];
  std::snprintf(hash, sizeof(hash), "%016llx",
                static_cast<unsigned long long>(ModelChecksum(*text)));
  options.data_hash = hash;
  options.data_description += ": " + raw;
  options.training_config =
      "max_documents=" + std::to_string(max_documents) +
      " min_documents=" + std::to_string(options.min_documents);
  size_t documents = 0;
  StatusOr<std::string> model =
      BuildDocFrequencies(*text, *morph, max_documents, options, &documents);
  if (!model.ok()) {
    PrintError(model.status().message());
    return ExitCodeFor(model.status());
  }
  StatusOr<std::shared_ptr<const DocFrequencies>> check =
      DocFrequencies::FromBytes(*model);
  if (!check.ok()) {
    PrintError("internal: the table does not read back: " +
               check.status().message());
    return kExitInternal;
  }
  if (Status written = WriteFileAtomically(out, *model); !written.ok()) {
    PrintError(written.message());
    return kExitInternal;
  }
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  std::fprintf(stderr,
               "train df: %zu documents, %zu terms kept (in >= %u "
               "documents); wrote %s (%zu bytes) in %.1f s\n",
               documents, (*check)->size(), options.min_documents, out.c_str(),
               model->size(), secs);
  return kExitOk;
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
  if (what == "ner") return RunTrainNer(argc - 1, argv + 1);
  if (what == "df") return RunTrainDf(argc - 1, argv + 1);
  PrintError("unknown trainer '" + std::string(what) +
             "' (see 'khabar train --help')");
  return kExitUsage;
}

}  // namespace

const Command& TrainCommand() {
  static const Command kCommand = {
      "train", "Train a model from data (morph, ner, df)", &RunTrain};
  return kCommand;
}

}  // namespace khabar::cli
