// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// khabar analyze: everything the text core computes, one JSON object per
// document: {"id","text","normalized":{"display":..,"search":..},"tokens",
// "sentences"}.

#include <memory>
#include <optional>
#include <string>

#include "CLI/CLI.hpp"
#include "cli_common.h"
#include "cli_driver.h"
#include "commands.h"
#include "khabar/document.h"
#include "khabar/document_json.h"
#include "khabar/normalizer.h"
#include "khabar/status.h"
#include "khabar/text_analyzer.h"

namespace khabar::cli {
namespace {

int RunAnalyze(int argc, char** argv) {
  CLI::App app(
      "Runs the text core (normalized views, tokens, sentences): writes one "
      "JSONL record per document (or per block of a long text).",
      "khabar analyze");
  DriverOptions driver;
  std::string level;
  bool ascii_digits = false;
  bool no_text = false;
  app.add_option("--level", level,
                 "Compute only this normalized view: display or search "
                 "(default: both)")
      ->check(CLI::IsMember({"display", "search"}));
  app.add_flag("--ascii-digits", ascii_digits,
               "Arabic-Indic and Persian digits to ASCII in the display view "
               "too (the search view always does it)");
  app.add_flag("--no-text", no_text,
               "Omit the original text and the text of tokens and sentences");
  AddDriverOptions(&app, &driver);
  if (std::optional<int> code = ParseCommandLine(app, argc, argv)) {
    return *code;
  }

  TextAnalyzerOptions options;
  if (!level.empty()) {
    StatusOr<NormalizationLevel> only = ParseNormalizationLevel(level);
    if (!only.ok()) {
      PrintError(only.status().message());
      return kExitUsage;
    }
    options.compute_display = *only == NormalizationLevel::kDisplay;
    options.compute_search = *only == NormalizationLevel::kSearch;
  }
  if (ascii_digits) options.display.ascii_digits = true;
  options.display.invalid_utf8 = driver.utf8_policy();
  options.search.invalid_utf8 = driver.utf8_policy();
  options.tokenizer.invalid_utf8 = driver.utf8_policy();
  StatusOr<std::unique_ptr<const TextAnalyzer>> analyzer =
      TextAnalyzer::Create(options);
  if (!analyzer.ok()) {
    PrintError("cannot create the analyzer: " + analyzer.status().message());
    return kExitInternal;
  }
  const TextAnalyzer& a = **analyzer;
  return RunDocumentCommand(
      "analyze", driver,
      [&](Document* doc, uint64_t offset_base) -> StatusOr<std::string> {
        KHABAR_RETURN_IF_ERROR(a.Analyze(doc));
        DocumentJsonOptions json;
        json.text = !no_text;
        json.normalized = true;
        json.tokens = true;
        json.sentences = true;
        json.token_text = !no_text;
        json.offset_base = offset_base;
        return DocumentToJson(*doc, json);
      });
}

}  // namespace

const Command& AnalyzeCommand() {
  static const Command kCommand = {
      "analyze", "Normalized views, tokens and sentences in one record",
      &RunAnalyze};
  return kCommand;
}

}  // namespace khabar::cli
