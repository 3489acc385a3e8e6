// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// khabar quotes: who said what in each document, one JSON record per
// document: {"id", "quotes": [{"kind", "begin", "end", "text", "cue",
// "cue_lemma", "speaker", "entity_id", "entity", "confidence", ...}]}.
//
//   khabar quotes data/samples/seed.txt
//   khabar quotes --format jsonl articles.jsonl > quotes.jsonl
//
// Runs morphology, NER and entity resolution (tools/entity_pipeline.h),
// then the QuoteExtractor. Exit codes as every command: 2 usage, 3 bad
// input or model, 1 internal.

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "CLI/CLI.hpp"
#include "cli_common.h"
#include "cli_driver.h"
#include "commands.h"
#include "entity_pipeline.h"
#include "khabar/document.h"
#include "khabar/document_json.h"
#include "khabar/entities.h"
#include "khabar/morph_analyzer.h"
#include "khabar/quotes.h"
#include "morph_data.h"

namespace khabar::cli {
namespace {

int RunQuotes(int argc, char** argv) {
  CLI::App app(
      "Finds direct quotations, quoted fragments and reported speech in each "
      "document and attributes them to speakers resolved to entities.",
      "khabar quotes");
  DriverOptions driver;
  std::string morph_model = DefaultMorphModel();
  std::string ner_model = DefaultNerModel();
  EntityFiles entity_files;
  std::string verbs;
  app.add_option("--morph-model", morph_model, "morphology model")
      ->capture_default_str();
  app.add_option("--ner-model", ner_model, "NER model")->capture_default_str();
  AddEntityFileOptions(&app, &entity_files);
  app.add_option("--speech-verbs", verbs,
                 "extra speech verbs (format of data/quotes/speech_verbs.txt)");
  AddDriverOptions(&app, &driver);
  AddThreadsOption(&app, &driver);
  if (std::optional<int> code = ParseCommandLine(app, argc, argv)) {
    return *code;
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
  // One pipeline per thread, on the models loaded above; the extractor is
  // shared (const).
  const QuoteExtractor* quote_extractor = extractor->get();
  WorkerPipelines worker_pipelines(std::move(*pipeline));
  auto factory = [&]() -> StatusOr<DocumentFunction> {
    struct State : PipelineWorker {
      std::vector<Quote> quotes;
    };
    auto state = std::make_shared<State>();
    state->pipeline = worker_pipelines.Next();
    return DocumentFunction(
        [state, quote_extractor](
            Document* doc, uint64_t offset_base) -> StatusOr<std::string> {
          KHABAR_RETURN_IF_ERROR(state->Run(doc->text()));
          KHABAR_RETURN_IF_ERROR(quote_extractor->Extract(
              doc->text(), state->analysis, state->entities, &state->quotes));
          std::string out = "{\"id\":";
          AppendJsonString(doc->id(), &out);
          out += ",\"quotes\":";
          AppendQuotesJson(doc->text(), state->quotes, offset_base, &out);
          out.push_back('}');
          return out;
        });
  };
  return RunDocumentCommand("quotes", driver, factory);
}

}  // namespace

const Command& QuotesCommand() {
  static const Command kCommand = {
      "quotes", "Quotations and reported speech, attributed to speakers",
      &RunQuotes};
  return kCommand;
}

}  // namespace khabar::cli
