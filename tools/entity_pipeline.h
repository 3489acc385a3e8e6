// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// What the analysis commands (analyze, entities, quotes, summarize, eval
// quotes) share: morphology, NER and entity resolution of one text, with
// their models loaded once; the quotation extractor with the user's extra
// speech verbs; the keyword and summary options.

#ifndef KHABAR_TOOLS_ENTITY_PIPELINE_H_
#define KHABAR_TOOLS_ENTITY_PIPELINE_H_

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "CLI/CLI.hpp"
#include "khabar/entities.h"
#include "khabar/keywords.h"
#include "khabar/morph_analyzer.h"
#include "khabar/ner.h"
#include "khabar/quotes.h"
#include "khabar/status.h"
#include "khabar/summary.h"

namespace khabar::cli {

// The user's entity files, added to the embedded ones (paths; empty: none).
struct EntityFiles {
  std::string aliases;         // format of data/entities/aliases.tsv
  std::string names;           // format of data/entities/names.tsv
  std::string facility_nouns;  // format of data/entities/facility_nouns.tsv
  // Format of data/entities/institution_nouns.tsv.
  std::string institution_nouns;
};

// --aliases, --names, --facility-nouns and --institution-nouns.
void AddEntityFileOptions(CLI::App* app, EntityFiles* files);

// What a command reads of the morphology besides the words and their tags.
// What no stage reads is not computed: each saves a share of the chain's
// time (docs/BENCHMARKS.md). A NER model trained with --morph-features
// reads both, and then gets both.
struct MorphNeeds {
  // Lemmas, roots and light stems: quotations (the cue verb's lemma),
  // keywords and the summary read them; NER and the resolver do not.
  bool lemmas = true;
  // The UD features: only `khabar analyze` prints them; no stage reads
  // them.
  bool features = false;
};

class EntityPipeline {
 public:
  // Loads the models and the resolver with the user's entity files.
  static StatusOr<std::unique_ptr<EntityPipeline>> Create(
      const std::string& morph_model, const std::string& ner_model,
      const EntityFiles& files, MorphNeeds needs = {});

  // Another pipeline on the same models and resolver, with analyzers and
  // caches of its own: one per thread.
  std::unique_ptr<EntityPipeline> Clone() const;

  // Analyzes `text`: morphology into `analysis`, mentions (the tagger's and
  // the known names), entities.
  Status Run(std::string_view text, MorphAnalysis* analysis,
             std::vector<Entity>* entities);

 private:
  EntityPipeline(std::shared_ptr<const MorphModel> morph,
                 std::shared_ptr<const NerModel> ner,
                 std::shared_ptr<const EntityResolver> resolver,
                 const MorphAnalyzerOptions& morph_options);
  std::shared_ptr<const MorphModel> morph_model_;
  std::shared_ptr<const NerModel> ner_model_;
  MorphAnalyzerOptions morph_options_;
  MorphAnalyzer morph_;
  NerTagger tagger_;
  std::shared_ptr<const EntityResolver> resolver_;
  std::vector<NerMention> mentions_;
  std::vector<EntityMention> entity_mentions_;
};

// The pipelines of the workers of --threads: the first worker gets `base`
// itself, the others clones of it (analyzers and caches of their own, the
// models shared), so one thread costs no more memory than before.
class WorkerPipelines {
 public:
  explicit WorkerPipelines(std::unique_ptr<EntityPipeline> base)
      : base_(std::move(base)) {}
  // A pipeline for one more worker. Not thread-safe: the driver calls its
  // factory on one thread.
  std::shared_ptr<EntityPipeline> Next() {
    if (!given_) {
      given_ = true;
      return base_;
    }
    return base_->Clone();
  }

 private:
  std::shared_ptr<EntityPipeline> base_;
  bool given_ = false;
};

// What every worker of the analysis commands holds: its pipeline and the
// analysis of its current document (a command's worker state derives from
// it and adds its own outputs).
struct PipelineWorker {
  std::shared_ptr<EntityPipeline> pipeline;
  MorphAnalysis analysis;
  std::vector<Entity> entities;

  // Analyzes `text` into analysis and entities.
  Status Run(std::string_view text) {
    return pipeline->Run(text, &analysis, &entities);
  }
};

// The quotation extractor, with the speech verbs of `extra_verbs_path`
// (optional; format of data/quotes/speech_verbs.txt) added.
StatusOr<std::unique_ptr<const QuoteExtractor>> CreateQuoteExtractor(
    const std::string& extra_verbs_path);

// --df-model, --keywords/-k and --sentences/-s.
void AddSummaryOptions(CLI::App* app, std::string* df_model,
                       KeywordOptions* keywords, SummaryOptions* summary);

}  // namespace khabar::cli

#endif  // KHABAR_TOOLS_ENTITY_PIPELINE_H_
