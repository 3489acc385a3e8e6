// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// khabar entities: the entities of each document, one JSON record per
// document: {"id", "entities": [{"id", "canonical", "type", "roles",
// "mentions": [{"begin", "end", "text", "name", "role"}]}]}.

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
#include "morph_data.h"

namespace khabar::cli {
namespace {

int RunEntities(int argc, char** argv) {
  CLI::App app(
      "Finds the people, places, organizations and other names of each "
      "document (NER on the morphological analysis) and resolves their "
      "mentions to entities with canonical names, roles and stable ids.",
      "khabar entities");
  DriverOptions driver;
  std::string morph_model = DefaultMorphModel();
  std::string ner_model = DefaultNerModel();
  EntityFiles entity_files;
  app.add_option("--morph-model", morph_model, "morphology model")
      ->capture_default_str();
  app.add_option("--ner-model", ner_model, "NER model")->capture_default_str();
  AddEntityFileOptions(&app, &entity_files);
  AddDriverOptions(&app, &driver);
  AddThreadsOption(&app, &driver);
  if (std::optional<int> code = ParseCommandLine(app, argc, argv)) {
    return *code;
  }
  StatusOr<std::unique_ptr<EntityPipeline>> pipeline =
      EntityPipeline::Create(morph_model, ner_model, entity_files,
                             {.lemmas = false, .features = false});
  if (!pipeline.ok()) {
    PrintError(pipeline.status().message());
    return ExitCodeFor(pipeline.status());
  }
  // One pipeline per thread, on the models loaded above.
  WorkerPipelines worker_pipelines(std::move(*pipeline));
  auto factory = [&]() -> StatusOr<DocumentFunction> {
    auto state = std::make_shared<PipelineWorker>();
    state->pipeline = worker_pipelines.Next();
    return DocumentFunction(
        [state](Document* doc, uint64_t offset_base) -> StatusOr<std::string> {
          KHABAR_RETURN_IF_ERROR(state->Run(doc->text()));
          std::string out = "{\"id\":";
          AppendJsonString(doc->id(), &out);
          out += ",\"entities\":";
          AppendEntitiesJson(state->entities, offset_base, &out);
          out.push_back('}');
          return out;
        });
  };
  return RunDocumentCommand("entities", driver, factory);
}

}  // namespace

const Command& EntitiesCommand() {
  static const Command kCommand = {
      "entities", "People, places and organizations, resolved to entities",
      &RunEntities};
  return kCommand;
}

}  // namespace khabar::cli
