// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "entity_pipeline.h"

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cli_input.h"
#include "khabar/entities.h"
#include "khabar/morph_analyzer.h"
#include "khabar/ner.h"
#include "khabar/quotes.h"

namespace khabar::cli {

EntityPipeline::EntityPipeline(std::shared_ptr<const MorphModel> morph,
                               std::shared_ptr<const NerModel> ner,
                               std::shared_ptr<const EntityResolver> resolver,
                               const MorphAnalyzerOptions& morph_options)
    : morph_model_(morph),
      ner_model_(ner),
      morph_options_(morph_options),
      morph_(morph, morph_options),
      tagger_(std::move(ner), std::move(morph)),
      resolver_(std::move(resolver)) {}

std::unique_ptr<EntityPipeline> EntityPipeline::Clone() const {
  return std::unique_ptr<EntityPipeline>(
      new EntityPipeline(morph_model_, ner_model_, resolver_, morph_options_));
}

void AddEntityFileOptions(CLI::App* app, EntityFiles* files) {
  app->add_option("--aliases", files->aliases,
                  "extra entity alias file (format of "
                  "data/entities/aliases.tsv)");
  app->add_option("--names", files->names,
                  "extra known-name file (format of data/entities/names.tsv)");
  app->add_option("--facility-nouns", files->facility_nouns,
                  "extra facility nouns and naming titles (format of "
                  "data/entities/facility_nouns.tsv)");
  app->add_option("--institution-nouns", files->institution_nouns,
                  "extra heads of institutions' names and common nouns "
                  "after them (format of data/entities/institution_nouns.tsv)");
}

StatusOr<std::unique_ptr<EntityPipeline>> EntityPipeline::Create(
    const std::string& morph_model, const std::string& ner_model,
    const EntityFiles& files, MorphNeeds needs) {
  StatusOr<std::shared_ptr<const MorphModel>> morph =
      MorphModel::Load(morph_model);
  if (!morph.ok()) return morph.status();
  StatusOr<std::shared_ptr<const NerModel>> ner = NerModel::Load(ner_model);
  if (!ner.ok()) return ner.status();
  EntityResolverOptions options;
  for (const auto& [path, contents] :
       {std::pair{&files.aliases, &options.extra_aliases_tsv},
        std::pair{&files.names, &options.extra_names_tsv},
        std::pair{&files.facility_nouns, &options.extra_facility_nouns_tsv},
        std::pair{&files.institution_nouns,
                  &options.extra_institution_nouns_tsv}}) {
    if (path->empty()) continue;
    StatusOr<std::string> text = ReadWholeFile(*path);
    if (!text.ok()) return text.status();
    *contents = std::move(*text);
  }
  StatusOr<std::unique_ptr<const EntityResolver>> resolver =
      EntityResolver::Create(options);
  if (!resolver.ok()) {
    // The message names the table ("extra names line 3: ..."): prefix the
    // path of that file.
    const std::string& message = resolver.status().message();
    const std::string& path =
        message.starts_with("extra names")         ? files.names
        : message.starts_with("extra facility")    ? files.facility_nouns
        : message.starts_with("extra institution") ? files.institution_nouns
                                                   : files.aliases;
    return Status(
        resolver.status().code(),
        (path.empty() ? std::string("entity files") : path) + ": " + message);
  }
  MorphAnalyzerOptions morph_options;
  const bool ner_reads = (*ner)->reads_morph_attributes();
  morph_options.lemmas = needs.lemmas || ner_reads;
  morph_options.features = needs.features || ner_reads;
  return std::unique_ptr<EntityPipeline>(new EntityPipeline(
      *morph, *ner, std::move(resolver.value()), morph_options));
}

Status EntityPipeline::Run(std::string_view text, MorphAnalysis* analysis,
                           std::vector<Entity>* entities) {
  KHABAR_RETURN_IF_ERROR(morph_.Analyze(text, analysis));
  KHABAR_RETURN_IF_ERROR(tagger_.Tag(text, *analysis, &mentions_));
  entity_mentions_.clear();
  for (const NerMention& m : mentions_) {
    StatusOr<EntityType> type = ParseEntityType(m.type);
    if (!type.ok()) return type.status();
    EntityMention& e = entity_mentions_.emplace_back();
    e.span = m.span;
    e.type = *type;
    e.whole_first_word = m.whole_token;
  }
  KHABAR_RETURN_IF_ERROR(resolver_->AddKnownNames(text, &entity_mentions_));
  return resolver_->Resolve(text, entity_mentions_, entities);
}

StatusOr<std::unique_ptr<const QuoteExtractor>> CreateQuoteExtractor(
    const std::string& extra_verbs_path) {
  QuoteExtractorOptions options;
  if (!extra_verbs_path.empty()) {
    StatusOr<std::string> rows = ReadWholeFile(extra_verbs_path);
    if (!rows.ok()) return rows.status();
    options.extra_speech_verbs_txt = std::move(*rows);
  }
  return QuoteExtractor::Create(options);
}

void AddSummaryOptions(CLI::App* app, std::string* df_model,
                       KeywordOptions* keywords, SummaryOptions* summary) {
  app->add_option("--df-model", *df_model,
                  "document-frequency table for keywords and the summary "
                  "(khabar train df)")
      ->capture_default_str();
  app->add_option("--keywords,-k", keywords->max_keywords,
                  "keywords per document")
      ->capture_default_str()
      ->check(CLI::Range(0, 1000));
  app->add_option("--sentences,-s", summary->max_sentences,
                  "summary sentences per document")
      ->capture_default_str()
      ->check(CLI::Range(0, 1000));
}

}  // namespace khabar::cli
