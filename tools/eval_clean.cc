// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// khabar eval clean: main-text extraction scored as trafilatura's evaluation
// scores it (include/khabar/extraction_eval.h), over a directory of pages
// and its gold file, e.g. ../shared/data/html-extraction-dev unpacked:
//   DIR/evaldata.json   {url: {"file": "x.html", "with": [...],
//                              "without": [...]}, ...}
//   DIR/pages/x.html
// The text scored is each cleaned article's title and body paragraphs, which
// khabar writes at the display normalization level (quotation marks unified,
// soft hyphens and zero-width characters removed); the snippets are brought
// to the same level before matching, so that a snippet counts as found when
// the article holds its words, whatever quotation marks the page used.

#include <simdjson.h>

#include <chrono>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "cli_common.h"
#include "cli_input.h"
#include "eval_commands.h"
#include "khabar/cleaner.h"
#include "khabar/extraction_eval.h"
#include "khabar/normalizer.h"

namespace khabar::cli {
namespace {

// The snippets under `key`, display-normalized like the article text.
std::vector<std::string> Snippets(simdjson::dom::object page,
                                  std::string_view key,
                                  const Normalizer& display) {
  std::vector<std::string> out;
  simdjson::dom::array arr;
  if (page[key].get_array().get(arr) != simdjson::SUCCESS) return out;
  NormalizedText n;
  for (simdjson::dom::element e : arr) {
    std::string_view s;
    if (e.get_string().get(s) != simdjson::SUCCESS) continue;
    out.emplace_back(display.Normalize(s, &n).ok() ? n.text : std::string(s));
  }
  return out;
}

}  // namespace

int RunEvalClean(int argc, char** argv) {
  CLI::App app(
      "Scores HTML main-text extraction: for each page, snippets that must "
      "appear in the cleaned article (\"with\") and must not (\"without\"); "
      "reports precision, recall, F1 and accuracy as trafilatura's "
      "evaluation does. Writes one JSON object to stdout.",
      "khabar eval clean");
  std::string dir;
  std::string gold;
  bool verbose = false;
  app.add_option("DIR", dir,
                 "Directory with evaldata.json and pages/ (e.g. "
                 "html-extraction-dev laid out by ../shared/data/unpack.sh)")
      ->required();
  app.add_option("--gold", gold, "Gold file (default DIR/evaldata.json)");
  app.add_flag("-v,--verbose", verbose,
               "List every missed or unwanted snippet on stderr");
  if (std::optional<int> code = ParseCommandLine(app, argc, argv)) {
    return *code;
  }
  if (gold.empty()) gold = dir + "/evaldata.json";
  StatusOr<std::string> gold_json = ReadWholeFile(gold);
  if (!gold_json.ok()) {
    PrintError(gold_json.status().message());
    return kExitBadInput;
  }
  simdjson::dom::parser parser;
  simdjson::dom::object pages;
  if (parser.parse(*gold_json).get(pages) != simdjson::SUCCESS) {
    PrintError("gold file " + gold + " is not a JSON object of pages");
    return kExitBadInput;
  }
  auto cleaner = Cleaner::Create({});
  if (!cleaner.ok()) {
    PrintError(cleaner.status().ToString());
    return ExitCodeFor(cleaner.status());
  }
  auto display = Normalizer::Create(
      NormalizerOptions::ForLevel(NormalizationLevel::kDisplay));
  if (!display.ok()) {
    PrintError(display.status().ToString());
    return kExitInternal;
  }
  ExtractionScores total;
  uint64_t n_pages = 0, failed = 0;
  double seconds = 0;
  for (auto [url, value] : pages) {
    simdjson::dom::object page;
    std::string_view file;
    if (value.get_object().get(page) != simdjson::SUCCESS ||
        page["file"].get_string().get(file) != simdjson::SUCCESS) {
      PrintError("gold entry " + std::string(url) + " has no \"file\"");
      return kExitBadInput;
    }
    StatusOr<std::string> html =
        ReadWholeFile(dir + "/pages/" + std::string(file));
    const std::vector<std::string> with = Snippets(page, "with", **display);
    const std::vector<std::string> without =
        Snippets(page, "without", **display);
    std::string text;
    if (html.ok()) {
      const auto start = std::chrono::steady_clock::now();
      StatusOr<Article> article = (*cleaner)->CleanHtml(*html);
      seconds += std::chrono::duration<double>(
                     std::chrono::steady_clock::now() - start)
                     .count();
      if (article.ok()) {
        text = article->MainText();
      } else {
        ++failed;
        if (verbose) {
          PrintError(std::string(file) + ": " + article.status().ToString());
        }
      }
    } else {
      ++failed;
      PrintError(html.status().message());
    }
    ExtractionScores page_scores;
    ScoreExtraction(text, with, without, &page_scores);
    if (verbose && (page_scores.fn > 0 || page_scores.fp > 0)) {
      std::fprintf(stderr, "%.*s: %llu missed, %llu unwanted\n",
                   static_cast<int>(file.size()), file.data(),
                   static_cast<unsigned long long>(page_scores.fn),
                   static_cast<unsigned long long>(page_scores.fp));
    }
    total.Add(page_scores);
    ++n_pages;
  }
  total.Finish();
  std::printf(
      "{\"pages\":%llu,\"failed\":%llu,\"tp\":%llu,\"fp\":%llu,\"tn\":%llu,"
      "\"fn\":%llu,\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f,"
      "\"accuracy\":%.4f,\"pages_per_second\":%.1f}\n",
      static_cast<unsigned long long>(n_pages),
      static_cast<unsigned long long>(failed),
      static_cast<unsigned long long>(total.tp),
      static_cast<unsigned long long>(total.fp),
      static_cast<unsigned long long>(total.tn),
      static_cast<unsigned long long>(total.fn), total.precision, total.recall,
      total.f1, total.accuracy, seconds > 0 ? n_pages / seconds : 0.0);
  return failed > 0 ? kExitBadInput : kExitOk;
}

}  // namespace khabar::cli
