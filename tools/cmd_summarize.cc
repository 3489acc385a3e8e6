// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// khabar summarize: keywords and an extractive summary of each document.
// The document is cleaned first (khabar/cleaner.h: title, body paragraphs;
// captions and dropped boilerplate are left out), the title and body are
// analyzed (morphology, NER, entities), then keywords (khabar/keywords.h)
// and the summary (khabar/summary.h) are computed. One JSON record per
// document, offsets into the document as given:
//   {"id": "...", "keywords": [{"lemma", "surface", "begin", "end", "score",
//    "count", "entity"}], "summary": [{"begin", "end", "text", "score"}]}
//
//   khabar summarize data/samples/seed.txt --sentences 3 --keywords 10

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "CLI/CLI.hpp"
#include "cli_common.h"
#include "cli_driver.h"
#include "commands.h"
#include "entity_pipeline.h"
#include "khabar/article.h"
#include "khabar/cleaner.h"
#include "khabar/document.h"
#include "khabar/document_json.h"
#include "khabar/entities.h"
#include "khabar/keywords.h"
#include "khabar/morph_analyzer.h"
#include "khabar/summary.h"
#include "morph_data.h"

namespace khabar::cli {
namespace {

// The kept blocks' bytes joined by '\n', and where each came from.
struct MainText {
  struct Piece {
    uint32_t main_begin;
    uint32_t input_begin;
    uint32_t size;
  };
  std::string text;
  std::vector<Piece> pieces;
  uint32_t title_end = 0;  // 0: no title

  void Build(const Article& a) {
    text.clear();
    pieces.clear();
    title_end = 0;
    auto add = [&](const Block& b) {
      if (!text.empty()) text.push_back('\n');
      pieces.push_back(
          {static_cast<uint32_t>(text.size()), b.span.begin, b.span.size()});
      text.append(a.input, b.span.begin, b.span.size());
    };
    if (a.title >= 0) {
      add(a.blocks[a.title]);
      title_end = static_cast<uint32_t>(text.size());
    }
    for (uint32_t i : a.body) add(a.blocks[i]);
  }

  // A main-text offset as an input offset.
  uint32_t Map(uint32_t offset) const {
    auto it = std::upper_bound(
        pieces.begin(), pieces.end(), offset,
        [](uint32_t o, const Piece& p) { return o < p.main_begin; });
    if (it == pieces.begin()) return offset;
    --it;
    return it->input_begin + std::min(offset - it->main_begin, it->size);
  }
  ByteSpan Map(ByteSpan s) const { return {Map(s.begin), Map(s.end)}; }
};

int RunSummarize(int argc, char** argv) {
  CLI::App app(
      "Keywords (lemmas and entities scored against corpus document "
      "frequencies) and an extractive summary (central, early sentences) of "
      "each document, after cleaning: captions and boilerplate are never "
      "summarized.",
      "khabar summarize");
  DriverOptions driver;
  std::string morph_model = DefaultMorphModel();
  std::string ner_model = DefaultNerModel();
  std::string df_model = DefaultDfModel();
  EntityFiles entity_files;
  KeywordOptions keyword_options;
  SummaryOptions summary_options;
  app.add_option("--morph-model", morph_model, "morphology model")
      ->capture_default_str();
  app.add_option("--ner-model", ner_model, "NER model")->capture_default_str();
  AddEntityFileOptions(&app, &entity_files);
  AddSummaryOptions(&app, &df_model, &keyword_options, &summary_options);
  AddDriverOptions(&app, &driver);
  AddThreadsOption(&app, &driver);
  if (std::optional<int> code = ParseCommandLine(app, argc, argv)) {
    return *code;
  }
  StatusOr<std::shared_ptr<const DocFrequencies>> df =
      DocFrequencies::Load(df_model);
  if (!df.ok()) {
    PrintError(df.status().message());
    return ExitCodeFor(df.status());
  }
  StatusOr<std::unique_ptr<const Cleaner>> cleaner = Cleaner::Create({});
  if (!cleaner.ok()) {
    PrintError(cleaner.status().message());
    return ExitCodeFor(cleaner.status());
  }
  StatusOr<std::unique_ptr<EntityPipeline>> pipeline =
      EntityPipeline::Create(morph_model, ner_model, entity_files);
  if (!pipeline.ok()) {
    PrintError(pipeline.status().message());
    return ExitCodeFor(pipeline.status());
  }
  summary_options.df = df->get();
  // One pipeline per thread, on the models loaded above; the cleaner and
  // the frequencies are shared (const).
  const Cleaner* shared_cleaner = cleaner->get();
  const DocFrequencies* frequencies = df->get();
  WorkerPipelines worker_pipelines(std::move(*pipeline));
  auto factory = [&]() -> StatusOr<DocumentFunction> {
    struct State : PipelineWorker {
      SummaryOptions summary_options;
      std::vector<Keyword> keywords;
      std::vector<SummarySentence> summary;
      MainText main;
    };
    auto state = std::make_shared<State>();
    state->pipeline = worker_pipelines.Next();
    state->summary_options = summary_options;
    return DocumentFunction(
        [state, shared_cleaner, frequencies, keyword_options](
            Document* doc, uint64_t offset_base) -> StatusOr<std::string> {
          State& s = *state;
          StatusOr<Article> article = shared_cleaner->CleanText(doc->text());
          if (!article.ok()) return article.status();
          s.main.Build(*article);
          KHABAR_RETURN_IF_ERROR(s.Run(s.main.text));
          KHABAR_RETURN_IF_ERROR(ExtractKeywords(s.main.text, s.analysis,
                                                 s.entities, *frequencies,
                                                 keyword_options, &s.keywords));
          s.summary_options.title = {0, s.main.title_end};
          KHABAR_RETURN_IF_ERROR(Summarize(s.main.text, s.analysis,
                                           s.summary_options, &s.summary));
          for (Keyword& k : s.keywords) k.first = s.main.Map(k.first);
          for (SummarySentence& x : s.summary) x.span = s.main.Map(x.span);
          std::string out = "{\"id\":";
          AppendJsonString(doc->id(), &out);
          out += ",\"keywords\":";
          AppendKeywordsJson(s.keywords, offset_base, &out);
          out += ",\"summary\":";
          AppendSummaryJson(doc->text(), s.summary, offset_base, &out);
          out.push_back('}');
          return out;
        });
  };
  return RunDocumentCommand("summarize", driver, factory);
}

}  // namespace

const Command& SummarizeCommand() {
  static const Command kCommand = {
      "summarize", "Keywords and an extractive summary of each document",
      &RunSummarize};
  return kCommand;
}

}  // namespace khabar::cli
