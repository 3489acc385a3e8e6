// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// khabar analyze: everything the text core, the morphological analyzer, the
// entity chain and the quotation extractor compute, one JSON object per
// document: {"id","text","normalized":{"display":..,"search":..},"tokens",
// "sentences","morph","entities","quotes","keywords","summary"}
// (--format json), or CoNLL-U sentences with multiword tokens
// (--format conllu). The document is analyzed as given: run `khabar clean`
// first to drop boilerplate (`khabar summarize` cleans by itself).

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
#include "khabar/keywords.h"
#include "khabar/morph_analyzer.h"
#include "khabar/morph_json.h"
#include "khabar/normalizer.h"
#include "khabar/quotes.h"
#include "khabar/status.h"
#include "khabar/summary.h"
#include "khabar/text_analyzer.h"
#include "morph_data.h"

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
  bool no_morph = false;
  bool no_entities = false;
  std::string ner_model = DefaultNerModel();
  EntityFiles entity_files;
  std::string format = "json";
  std::string model_path = DefaultMorphModel();
  std::string df_model = DefaultDfModel();
  bool no_summary = false;
  KeywordOptions keyword_options;
  SummaryOptions summary_options;
  app.add_option("--level", level,
                 "Compute only this normalized view: display or search "
                 "(default: both)")
      ->check(CLI::IsMember({"display", "search"}));
  app.add_flag("--ascii-digits", ascii_digits,
               "Arabic-Indic and Persian digits to ASCII in the display view "
               "too (the search view always does it)");
  app.add_flag("--no-text", no_text,
               "Omit the original text and the text of tokens and sentences");
  app.add_option("--format", format,
                 "json: one record per document; conllu: CoNLL-U (UD 2, "
                 "multiword tokens, TokenRange=begin:end and SpaceAfter=No "
                 "in MISC)")
      ->check(CLI::IsMember({"json", "conllu"}))
      ->capture_default_str();
  app.add_option("--model,-m", model_path, "morphology model")
      ->capture_default_str();
  app.add_flag("--no-morph", no_morph,
               "Skip the morphology and entities (JSON only: text core "
               "views only)");
  app.add_flag("--no-entities", no_entities, "Skip NER and entities");
  app.add_option("--ner-model", ner_model, "NER model")->capture_default_str();
  AddEntityFileOptions(&app, &entity_files);
  app.add_flag("--no-summary", no_summary, "Skip keywords and the summary");
  AddSummaryOptions(&app, &df_model, &keyword_options, &summary_options);
  AddDriverOptions(&app, &driver, "--input-format");
  AddThreadsOption(&app, &driver);
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
  const bool conllu = format == "conllu";
  if (conllu && no_morph) {
    PrintError("--format conllu needs the morphology (drop --no-morph)");
    return kExitUsage;
  }
  std::unique_ptr<EntityPipeline> base_pipeline;
  std::unique_ptr<const QuoteExtractor> quotes_extractor;
  std::shared_ptr<const MorphModel> morph_model;
  std::shared_ptr<const DocFrequencies> df;
  if (!no_morph && !no_entities && !conllu) {
    StatusOr<std::unique_ptr<EntityPipeline>> p =
        EntityPipeline::Create(model_path, ner_model, entity_files,
                               {.lemmas = true, .features = true});
    if (!p.ok()) {
      PrintError(p.status().message() + " (or pass --no-entities)");
      return ExitCodeFor(p.status());
    }
    base_pipeline = std::move(*p);
    StatusOr<std::unique_ptr<const QuoteExtractor>> q =
        QuoteExtractor::Create();
    if (!q.ok()) {
      PrintError("speech verbs: " + q.status().message());
      return kExitInternal;
    }
    quotes_extractor = std::move(*q);
    if (!no_summary) {
      StatusOr<std::shared_ptr<const DocFrequencies>> loaded =
          DocFrequencies::Load(df_model);
      if (!loaded.ok()) {
        PrintError(loaded.status().message() +
                   " (build one with 'khabar train df', or pass "
                   "--no-summary)");
        return ExitCodeFor(loaded.status());
      }
      df = std::move(*loaded);
      summary_options.df = df.get();
    }
  } else if (!no_morph) {
    StatusOr<std::shared_ptr<const MorphModel>> model =
        MorphModel::Load(model_path);
    if (!model.ok()) {
      PrintError(model.status().message() +
                 " (train one with 'khabar train morph', or pass --no-morph)");
      return ExitCodeFor(model.status());
    }
    morph_model = std::move(*model);
  }
  const bool base_pipeline_loaded = base_pipeline != nullptr;
  // Each thread has its own pipeline or morphological analyzer and
  // buffers; the models, the extractor and the frequencies are shared.
  struct State : PipelineWorker {
    std::unique_ptr<MorphAnalyzer> morph;  // without the entities
    std::vector<Quote> quotes;
    std::vector<Keyword> keywords;
    std::vector<SummarySentence> summary;
  };
  WorkerPipelines worker_pipelines(std::move(base_pipeline));
  auto factory = [&]() -> StatusOr<DocumentFunction> {
    auto state = std::make_shared<State>();
    if (base_pipeline_loaded) state->pipeline = worker_pipelines.Next();
    if (morph_model != nullptr) {
      state->morph = std::make_unique<MorphAnalyzer>(morph_model);
    }
    return DocumentFunction([&, state](
                                Document* doc,
                                uint64_t offset_base) -> StatusOr<std::string> {
      State& s = *state;
      const std::shared_ptr<EntityPipeline>& pipeline = s.pipeline;
      const std::unique_ptr<MorphAnalyzer>& morph = s.morph;
      MorphAnalysis& analysis = s.analysis;
      std::vector<Entity>& entities = s.entities;
      std::vector<Quote>& quotes = s.quotes;
      std::vector<Keyword>& keywords = s.keywords;
      std::vector<SummarySentence>& summary = s.summary;
      if (pipeline != nullptr) {
        KHABAR_RETURN_IF_ERROR(s.Run(doc->text()));
        KHABAR_RETURN_IF_ERROR(quotes_extractor->Extract(doc->text(), analysis,
                                                         entities, &quotes));
        if (df != nullptr) {
          KHABAR_RETURN_IF_ERROR(ExtractKeywords(doc->text(), analysis,
                                                 entities, *df, keyword_options,
                                                 &keywords));
          KHABAR_RETURN_IF_ERROR(
              Summarize(doc->text(), analysis, summary_options, &summary));
        }
      } else if (morph != nullptr) {
        KHABAR_RETURN_IF_ERROR(morph->Analyze(doc->text(), &analysis));
      }
      if (conllu) {
        const std::string& id = doc->id();
        std::string out =
            MorphToConllu(doc->text(), analysis,
                          id.empty() || id == "-" ? std::string() : id + "-");
        while (!out.empty() && out.back() == '\n') out.pop_back();
        return out + "\n";
      }
      KHABAR_RETURN_IF_ERROR(a.Analyze(doc));
      DocumentJsonOptions json;
      json.text = !no_text;
      json.normalized = true;
      json.tokens = true;
      json.sentences = true;
      json.token_text = !no_text;
      json.offset_base = offset_base;
      std::string out = DocumentToJson(*doc, json);
      if ((morph != nullptr || pipeline != nullptr) && !out.empty() &&
          out.back() == '}') {
        out.pop_back();
        out += ",\"morph\":";
        AppendMorphJson(analysis, offset_base, &out);
        if (pipeline != nullptr) {
          out += ",\"entities\":";
          AppendEntitiesJson(entities, offset_base, &out);
          out += ",\"quotes\":";
          AppendQuotesJson(doc->text(), quotes, offset_base, &out);
        }
        if (df != nullptr) {
          out += ",\"keywords\":";
          AppendKeywordsJson(keywords, offset_base, &out);
          out += ",\"summary\":";
          AppendSummaryJson(doc->text(), summary, offset_base, &out);
        }
        out.push_back('}');
      }
      return out;
    });
  };
  return RunDocumentCommand("analyze", driver, factory);
}

}  // namespace

const Command& AnalyzeCommand() {
  static const Command kCommand = {
      "analyze",
      "Normalized views, tokens, sentences and morphology (JSON or CoNLL-U)",
      &RunAnalyze};
  return kCommand;
}

}  // namespace khabar::cli
