// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// khabar eval quotes: precision, recall and F1 of quotation extraction per
// kind (direct, partial, reported) and overall, exact-boundary matches and
// speaker accuracy, on the held-out gold set of SaudiNewsNet and ANT
// articles (tests/data/quotes_gold/quotes_gold.jsonl; scoring rules in
// include/khabar/quotes_eval.h). Each article's text goes through the
// chain of `khabar quotes`: morphology, NER, entity resolution, then the
// QuoteExtractor.
//
//   khabar eval quotes
//   khabar eval quotes --json
//   khabar eval quotes --gold my_gold.jsonl -v

#include <chrono>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "CLI/CLI.hpp"
#include "cli_common.h"
#include "cli_input.h"
#include "entity_pipeline.h"
#include "eval_commands.h"
#include "khabar/document_json.h"
#include "khabar/entities.h"
#include "khabar/morph_analyzer.h"
#include "khabar/quotes.h"
#include "khabar/quotes_eval.h"
#include "morph_data.h"

namespace khabar::cli {
namespace {

std::string DefaultQuoteGold() {
  return std::string(KHABAR_SOURCE_DIR) +
         "/tests/data/quotes_gold/quotes_gold.jsonl";
}

std::string_view Bytes(std::string_view text, ByteSpan s) {
  return text.substr(s.begin, s.size());
}

// One line of the verbose listing: "  WHAT kind [speaker] text".
void PrintItem(const char* what, Quote::Kind kind, std::string_view speaker,
               std::string_view text) {
  std::fprintf(stderr, "  %s %-8s [%.*s] %.*s\n", what,
               std::string(QuoteKindName(kind)).c_str(),
               static_cast<int>(speaker.size()), speaker.data(),
               static_cast<int>(text.size()), text.data());
}

void PrintRow(const char* name, const QuoteScore& s) {
  std::printf(
      "%-9s %5lld %6lld %7lld %9.3f %7.3f %6.3f %6.3f %6.3f %7lld/%-4lld "
      "%6.3f\n",
      name, static_cast<long long>(s.gold), static_cast<long long>(s.system),
      static_cast<long long>(s.matched), s.precision(), s.recall(), s.f1(),
      s.exact_precision(), s.exact_recall(),
      static_cast<long long>(s.speaker_right),
      static_cast<long long>(s.speaker_gold), s.speaker_accuracy());
}

void AppendJsonScore(const char* name, const QuoteScore& s, std::string* out) {
  char buf[512];
  std::snprintf(
      buf, sizeof(buf),
      "\"%s\":{\"gold\":%lld,\"system\":%lld,\"matched\":%lld,"
      "\"exact\":%lld,\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f,"
      "\"exact_precision\":%.4f,\"exact_recall\":%.4f,\"exact_f1\":%.4f,"
      "\"speaker_gold\":%lld,\"speaker_right\":%lld,"
      "\"speaker_accuracy\":%.4f}",
      name, static_cast<long long>(s.gold), static_cast<long long>(s.system),
      static_cast<long long>(s.matched), static_cast<long long>(s.exact),
      s.precision(), s.recall(), s.f1(), s.exact_precision(), s.exact_recall(),
      s.exact_f1(), static_cast<long long>(s.speaker_gold),
      static_cast<long long>(s.speaker_right), s.speaker_accuracy());
  *out += buf;
}

}  // namespace

int RunEvalQuotes(int argc, char** argv) {
  CLI::App app{
      "Score quotation extraction (direct, partial, reported; spans matched "
      "by character overlap) and speaker attribution on hand-annotated "
      "SaudiNewsNet and ANT articles.",
      "khabar eval quotes"};
  std::string gold_path = DefaultQuoteGold();
  std::string morph_model = DefaultMorphModel();
  std::string ner_model = DefaultNerModel();
  EntityFiles entity_files;
  std::string verbs;
  QuoteMatchOptions match_options;
  bool json = false;
  bool verbose = false;
  app.add_option("--gold", gold_path,
                 "gold JSONL (one annotated article a line)")
      ->capture_default_str();
  app.add_option("--morph-model", morph_model, "morphology model")
      ->capture_default_str();
  app.add_option("--ner-model", ner_model, "NER model")->capture_default_str();
  AddEntityFileOptions(&app, &entity_files);
  app.add_option("--speech-verbs", verbs,
                 "extra speech verbs (format of data/quotes/speech_verbs.txt)");
  app.add_option("--min-overlap", match_options.min_overlap,
                 "least overlap for a match, as a share of the longer span")
      ->capture_default_str()
      ->check(CLI::Range(0.01, 1.0));
  app.add_flag("--json", json, "print the scores as one JSON object");
  app.add_flag("-v,--verbose", verbose,
               "list each article's missed, extra and misattributed items "
               "on stderr");
  if (std::optional<int> code = ParseCommandLine(app, argc, argv)) {
    return *code;
  }
  StatusOr<std::string> gold_bytes = ReadWholeFile(gold_path);
  if (!gold_bytes.ok()) {
    PrintError(gold_bytes.status().message());
    return ExitCodeFor(gold_bytes.status());
  }
  StatusOr<std::vector<QuoteGoldArticle>> gold =
      ParseQuoteGoldJsonl(*gold_bytes);
  if (!gold.ok()) {
    PrintError(gold_path + ": " + gold.status().message());
    return ExitCodeFor(gold.status());
  }
  StatusOr<std::unique_ptr<EntityPipeline>> pipeline =
      EntityPipeline::Create(morph_model, ner_model, entity_files);
  if (!pipeline.ok()) {
    PrintError(pipeline.status().message());
    return ExitCodeFor(pipeline.status());
  }
  StatusOr<std::unique_ptr<const QuoteExtractor>> extractor =
      CreateQuoteExtractor(verbs);
  if (!extractor.ok()) {
    PrintError(extractor.status().message());
    return ExitCodeFor(extractor.status());
  }
  MorphAnalysis analysis;
  std::vector<Entity> entities;
  std::vector<Quote> quotes;
  QuoteScores scores;
  const auto start = std::chrono::steady_clock::now();
  for (const QuoteGoldArticle& article : *gold) {
    Status status = (*pipeline)->Run(article.text, &analysis, &entities);
    if (status.ok()) {
      status = (*extractor)->Extract(article.text, analysis, entities, &quotes);
    }
    if (!status.ok()) {
      PrintError(article.id + ": " + status.message());
      return ExitCodeFor(status);
    }
    StatusOr<QuoteArticleMatch> match = ScoreQuoteArticle(
        article.text, article.items, quotes, &scores, match_options);
    if (!match.ok()) {
      PrintError(article.id + ": " + match.status().message());
      return kExitInternal;
    }
    if (!verbose) continue;
    std::fprintf(stderr, "%s (%zu gold, %zu system)\n", article.id.c_str(),
                 article.items.size(), quotes.size());
    const std::string_view text = article.text;
    for (size_t g = 0; g < article.items.size(); ++g) {
      const QuoteGoldItem& item = article.items[g];
      const int s = match->gold_to_system[g];
      if (s < 0) {
        PrintItem("MISS ", item.kind, item.speaker, Bytes(text, item.span));
        continue;
      }
      const Quote& q = quotes[static_cast<size_t>(s)];
      if (!match->exact[g]) {
        PrintItem("GOLD ", item.kind, item.speaker, Bytes(text, item.span));
        PrintItem(" ~SYS", q.kind, q.speaker_text, Bytes(text, q.span));
      }
      if (match->speaker[g] == 0) {
        const std::string who = q.speaker_text +
                                (q.entity_name.empty() ? "" : " = ") +
                                q.entity_name;
        std::fprintf(stderr, "  SPEAKER %s, want %s: %s\n", who.c_str(),
                     item.speaker.c_str(),
                     std::string(Bytes(text, item.span)).c_str());
      }
    }
    for (size_t s = 0; s < quotes.size(); ++s) {
      if (match->system_to_gold[s] < 0) {
        PrintItem("EXTRA", quotes[s].kind, quotes[s].speaker_text,
                  Bytes(text, quotes[s].span));
      }
    }
  }
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  static constexpr const char* kKindNames[] = {"direct", "partial", "reported"};
  if (json) {
    std::string out = "{\"gold\":";
    AppendJsonString(gold_path, &out);
    out += ",\"articles\":" + std::to_string(scores.articles);
    char buf[64];
    std::snprintf(buf, sizeof(buf), ",\"min_overlap\":%.2f,",
                  match_options.min_overlap);
    out += buf;
    for (size_t k = 0; k < 3; ++k) {
      AppendJsonScore(kKindNames[k], scores.by_kind[k], &out);
      out += ",";
    }
    AppendJsonScore("overall", scores.overall, &out);
    out += ",";
    AppendJsonScore("any_kind", scores.any_kind, &out);
    out += "}\n";
    std::fputs(out.c_str(), stdout);
    return kExitOk;
  }
  std::printf(
      "gold: %s (%lld articles)\nmatch: same kind, overlap >= %.2f of the "
      "longer span (exact: same boundaries after trimming marks and "
      "punctuation)\n\n",
      gold_path.c_str(), static_cast<long long>(scores.articles),
      match_options.min_overlap);
  std::printf("%-9s %5s %6s %7s %9s %7s %6s %6s %6s %12s %6s\n", "kind", "gold",
              "system", "matched", "precision", "recall", "F1", "ex.P", "ex.R",
              "speaker", "sp.acc");
  for (size_t k = 0; k < 3; ++k) PrintRow(kKindNames[k], scores.by_kind[k]);
  PrintRow("overall", scores.overall);
  PrintRow("any kind", scores.any_kind);
  std::printf("\nchain (morphology, NER, entities, quotes): %.2f s\n", secs);
  return kExitOk;
}

}  // namespace khabar::cli
