// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// What `khabar analyze` and `khabar entities` share: morphology, NER and
// entity resolution of one text, with their models loaded once.

#ifndef KHABAR_TOOLS_ENTITY_PIPELINE_H_
#define KHABAR_TOOLS_ENTITY_PIPELINE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/entities.h"
#include "khabar/morph_analyzer.h"
#include "khabar/ner.h"
#include "khabar/status.h"

namespace khabar::cli {

class EntityPipeline {
 public:
  // Loads the models; `aliases_path` (optional) is a user alias file added
  // to the embedded one.
  static StatusOr<std::unique_ptr<EntityPipeline>> Create(
      const std::string& morph_model, const std::string& ner_model,
      const std::string& aliases_path);

  // Analyzes `text`: morphology into `analysis`, mentions, entities.
  Status Run(std::string_view text, MorphAnalysis* analysis,
             std::vector<Entity>* entities);

 private:
  EntityPipeline(std::shared_ptr<const MorphModel> morph,
                 std::shared_ptr<const NerModel> ner,
                 std::unique_ptr<const EntityResolver> resolver);
  MorphAnalyzer morph_;
  NerTagger tagger_;
  std::unique_ptr<const EntityResolver> resolver_;
  std::vector<NerMention> mentions_;
  std::vector<EntityMention> entity_mentions_;
};

}  // namespace khabar::cli

#endif  // KHABAR_TOOLS_ENTITY_PIPELINE_H_
