// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Cleaning speed (issue 3), single thread unless noted:
//   BM_CleanText      each SaudiNewsNet article as plain text (the corpus of
//                     bench/corpus.h, KHABAR_BENCH_CORPUS): articles/s
//   BM_CleanHtml      each page of KHABAR_BENCH_HTML_DIR (the unpacked
//                     html-extraction-dev/pages): pages/s
//   BM_CleanThenText  clean + the text core on the kept parts: articles/s
//   BM_CleanThenMorphology
//                     clean, text core, morphology: the chain's share
//                     before the NER, articles/s
//   BM_CleanThenEntities
//                     clean, text core, morphology, NER, entity resolution:
//                     the chain of issue 5, articles/s
//   BM_CleanToSummary the same, then quotations, keywords and the summary:
//                     the full per-article pipeline of issue 6, articles/s
//   BM_EntityResolution
//                     known names and entity resolution alone, on the
//                     tagger's mentions made before timing: articles/s
// Counters: items_per_second is articles (or pages) per second.

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "corpus.h"
#include "khabar/cleaner.h"
#include "khabar/entities.h"
#include "khabar/keywords.h"
#include "khabar/morph_analyzer.h"
#include "khabar/ner.h"
#include "khabar/quotes.h"
#include "khabar/summary.h"
#include "khabar/text_analyzer.h"

namespace khabar::bench {
namespace {

const Cleaner& TheCleaner() {
  static const auto* const cleaner = [] {
    auto c = Cleaner::Create({});
    if (!c.ok()) std::abort();
    return c->release();
  }();
  return *cleaner;
}

struct Pages {
  std::vector<std::string> html;
  size_t bytes = 0;
  std::string description;
};

const Pages& GetPages() {
  static const Pages* const pages = [] {
    auto* p = new Pages;
    const char* dir = std::getenv("KHABAR_BENCH_HTML_DIR");
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    if (dir != nullptr) {
      for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
        if (e.path().extension() == ".html") files.push_back(e.path());
      }
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::ostringstream s;
      s << in.rdbuf();
      p->bytes += s.str().size();
      p->html.push_back(s.str());
    }
    if (p->html.empty()) {
      // Fallback: one synthetic news page, so the benchmark always runs.
      std::string page =
          "<html><head><title>News</title></head><body><nav><a href=/>Home"
          "</a></nav><article><h1>Headline of the story</h1>";
      for (int i = 0; i < 12; ++i) {
        page +=
            "<p>A paragraph of the story with enough words to count as "
            "prose, written for the benchmark fallback.</p>";
      }
      page += "</article><footer>All rights reserved</footer></body></html>";
      p->bytes = page.size();
      p->html.push_back(page);
      p->description = "FALLBACK (KHABAR_BENCH_HTML_DIR unset or empty)";
    } else {
      p->description =
          std::string(dir) + " (" + std::to_string(p->html.size()) + " pages)";
    }
    return p;
  }();
  return *pages;
}

void BM_CleanText(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  const Cleaner& cleaner = TheCleaner();
  size_t items = 0;
  for (auto _ : state) {
    for (std::string_view article : corpus.articles) {
      StatusOr<Article> a = cleaner.CleanText(article);
      benchmark::DoNotOptimize(a);
    }
    items += corpus.articles.size();
  }
  state.SetItemsProcessed(static_cast<int64_t>(items));
  state.SetBytesProcessed(static_cast<int64_t>(
      corpus.article_bytes * static_cast<size_t>(state.iterations())));
  state.SetLabel(corpus.description);
}
BENCHMARK(BM_CleanText)->Unit(benchmark::kMillisecond);

void BM_CleanHtml(benchmark::State& state) {
  const Pages& pages = GetPages();
  const Cleaner& cleaner = TheCleaner();
  for (auto _ : state) {
    for (const std::string& html : pages.html) {
      StatusOr<Article> a = cleaner.CleanHtml(html);
      benchmark::DoNotOptimize(a);
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(
      pages.html.size() * static_cast<size_t>(state.iterations())));
  state.SetBytesProcessed(static_cast<int64_t>(
      pages.bytes * static_cast<size_t>(state.iterations())));
  state.SetLabel(pages.description);
}
BENCHMARK(BM_CleanHtml)->Unit(benchmark::kMillisecond);

void BM_CleanThenText(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  const Cleaner& cleaner = TheCleaner();
  static const auto* const analyzer = [] {
    auto a = TextAnalyzer::Create({});
    if (!a.ok()) std::abort();
    return a->release();
  }();
  for (auto _ : state) {
    for (std::string_view article : corpus.articles) {
      StatusOr<Article> a = cleaner.CleanText(article);
      if (!a.ok()) continue;
      StatusOr<Document> doc = Document::Create(a->MainText());
      if (!doc.ok()) continue;
      Status s = analyzer->Analyze(&*doc);
      benchmark::DoNotOptimize(s);
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(
      corpus.articles.size() * static_cast<size_t>(state.iterations())));
  state.SetLabel(corpus.description);
}
BENCHMARK(BM_CleanThenText)->Unit(benchmark::kMillisecond);

// Where a chain stops.
enum class Stage { kMorphology, kEntities, kSummary };

// The per-article chain with the committed models, one thread: clean, the
// text core, morphology, NER, entity resolution, quotes, keywords and the
// summary, up to the stage asked for.
class Chain {
 public:
  // `features`: the morphology predicts the UD features too (`khabar
  // analyze` prints them; the entity, quotation and summary commands, whose
  // stages read none, skip them). `lemmas`: it finds lemmas, roots and
  // stems (quotations, keywords and the summary read them; `khabar
  // entities` skips them).
  bool Init(bool features, bool lemmas) {
    const std::string models = std::string(KHABAR_SOURCE_DIR) + "/models/";
    auto morph = MorphModel::Load(models + "morph-padt.khm");
    auto ner = NerModel::Load(models + "ner-anercorp.khm");
    auto df = DocFrequencies::Load(models + "df-saudinewsnet.khm");
    auto resolver = EntityResolver::Create();
    auto text_analyzer = TextAnalyzer::Create({});
    auto quotes = QuoteExtractor::Create();
    if (!morph.ok() || !ner.ok() || !df.ok() || !resolver.ok() ||
        !text_analyzer.ok() || !quotes.ok()) {
      return false;
    }
    MorphAnalyzerOptions options;
    options.features = features;
    options.lemmas = lemmas;
    analyzer_ = std::make_unique<MorphAnalyzer>(*morph, options);
    tagger_ = std::make_unique<NerTagger>(*ner, *morph);
    df_ = *df;
    resolver_ = std::move(*resolver);
    text_analyzer_ = std::move(*text_analyzer);
    quotes_ = std::move(*quotes);
    summary_options_.df = df_.get();
    return true;
  }

  // False if a stage failed.
  bool Process(std::string_view article, Stage last) {
    StatusOr<Article> a = TheCleaner().CleanText(article);
    if (!a.ok()) return false;
    const std::string text = a->MainText();
    StatusOr<Document> doc = Document::Create(text);
    if (!doc.ok() || !text_analyzer_->Analyze(&*doc).ok()) return false;
    if (!analyzer_->Analyze(text, &analysis_).ok()) return false;
    words += static_cast<int64_t>(analysis_.words.size());
    if (last == Stage::kMorphology) return true;
    if (!tagger_->Tag(text, analysis_, &mentions_).ok()) return false;
    input_.clear();
    for (const NerMention& m : mentions_) {
      auto type = ParseEntityType(m.type);
      if (type.ok()) {
        input_.push_back(EntityMention{m.span, *type, "", m.whole_token});
      }
    }
    if (!resolver_->AddKnownNames(text, &input_).ok() ||
        !resolver_->Resolve(text, input_, &entities_).ok()) {
      return false;
    }
    found += static_cast<int64_t>(entities_.size());
    if (last == Stage::kEntities) return true;
    if (!quotes_->Extract(text, analysis_, entities_, &quotes_found_).ok()) {
      return false;
    }
    if (!ExtractKeywords(text, analysis_, entities_, *df_, keyword_options_,
                         &keywords_)
             .ok()) {
      return false;
    }
    summary_options_.title = {0, static_cast<uint32_t>(a->title_text().size())};
    if (!Summarize(text, analysis_, summary_options_, &summary_).ok()) {
      return false;
    }
    quoted += static_cast<int64_t>(quotes_found_.size());
    return true;
  }

  int64_t words = 0, found = 0, quoted = 0;

 private:
  std::unique_ptr<MorphAnalyzer> analyzer_;
  std::unique_ptr<NerTagger> tagger_;
  std::shared_ptr<const DocFrequencies> df_;
  std::unique_ptr<const EntityResolver> resolver_;
  std::unique_ptr<const TextAnalyzer> text_analyzer_;
  std::unique_ptr<const QuoteExtractor> quotes_;
  KeywordOptions keyword_options_;
  SummaryOptions summary_options_;
  MorphAnalysis analysis_;
  std::vector<NerMention> mentions_;
  std::vector<EntityMention> input_;
  std::vector<Entity> entities_;
  std::vector<Quote> quotes_found_;
  std::vector<Keyword> keywords_;
  std::vector<SummarySentence> summary_;
};

void RunChain(benchmark::State& state, Stage last, bool features = false) {
  Chain chain;
  // The entity chain as `khabar entities` runs it: no stage reads the
  // lemmas (the WithFeats rows run as `khabar analyze`, which prints them).
  const bool lemmas = last != Stage::kEntities || features;
  if (!chain.Init(features, lemmas)) {
    state.SkipWithError("cannot load the models");
    return;
  }
  const Corpus& corpus = GetCorpus();
  int64_t failed = 0;
  for (auto _ : state) {
    for (std::string_view article : corpus.articles) {
      if (!chain.Process(article, last)) ++failed;
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(
      corpus.articles.size() * static_cast<size_t>(state.iterations())));
  state.counters["syntactic_words"] = benchmark::Counter(
      static_cast<double>(chain.words), benchmark::Counter::kIsRate);
  if (last != Stage::kMorphology) {
    state.counters["entities"] = benchmark::Counter(
        static_cast<double>(chain.found), benchmark::Counter::kIsRate);
  }
  if (last == Stage::kSummary) {
    state.counters["quotes"] = benchmark::Counter(
        static_cast<double>(chain.quoted), benchmark::Counter::kIsRate);
  }
  state.counters["failed"] = static_cast<double>(failed);
  state.SetLabel(corpus.description);
}

// The chain up to the morphology: clean, the text core, morphological
// analysis (what the chains below spend before the NER).
void BM_CleanThenMorphology(benchmark::State& state) {
  RunChain(state, Stage::kMorphology);
}
BENCHMARK(BM_CleanThenMorphology)->Unit(benchmark::kMillisecond);

// The whole chain of issues 3-5: clean, the text core, morphology, NER and
// entity resolution.
void BM_CleanThenEntities(benchmark::State& state) {
  RunChain(state, Stage::kEntities);
}
BENCHMARK(BM_CleanThenEntities)->Unit(benchmark::kMillisecond);

// The full per-article pipeline of issue 6: the above, then quotations,
// keywords and a three-sentence summary.
void BM_CleanToSummary(benchmark::State& state) {
  RunChain(state, Stage::kSummary);
}
BENCHMARK(BM_CleanToSummary)->Unit(benchmark::kMillisecond);

// The two chains above with the morphology's UD features as well, as
// `khabar analyze` runs them (it prints the features).
void BM_CleanThenEntitiesWithFeats(benchmark::State& state) {
  RunChain(state, Stage::kEntities, true);
}
BENCHMARK(BM_CleanThenEntitiesWithFeats)->Unit(benchmark::kMillisecond);

void BM_CleanToSummaryWithFeats(benchmark::State& state) {
  RunChain(state, Stage::kSummary, true);
}
BENCHMARK(BM_CleanToSummaryWithFeats)->Unit(benchmark::kMillisecond);

// Entity resolution alone (known names, then Resolve) on the tagger's
// mentions of each article, made once before timing: the resolver's share
// of the entity chain without the noise of the stages before it.
struct TaggedArticle {
  std::string text;
  std::vector<EntityMention> mentions;
};

void BM_EntityResolution(benchmark::State& state) {
  const std::string models = std::string(KHABAR_SOURCE_DIR) + "/models/";
  auto morph = MorphModel::Load(models + "morph-padt.khm");
  auto ner = NerModel::Load(models + "ner-anercorp.khm");
  auto resolver = EntityResolver::Create();
  if (!morph.ok() || !ner.ok() || !resolver.ok()) {
    state.SkipWithError("cannot load the models");
    return;
  }
  MorphAnalyzerOptions options;
  options.lemmas = false;
  options.features = false;
  MorphAnalyzer analyzer(*morph, options);
  NerTagger tagger(*ner, *morph);
  std::vector<TaggedArticle> articles;
  MorphAnalysis analysis;
  std::vector<NerMention> found;
  for (std::string_view article : GetCorpus().articles) {
    StatusOr<Article> a = TheCleaner().CleanText(article);
    if (!a.ok()) continue;
    TaggedArticle& t = articles.emplace_back();
    t.text = a->MainText();
    if (!analyzer.Analyze(t.text, &analysis).ok() ||
        !tagger.Tag(t.text, analysis, &found).ok()) {
      articles.pop_back();
      continue;
    }
    for (const NerMention& m : found) {
      auto type = ParseEntityType(m.type);
      if (type.ok()) {
        t.mentions.push_back(EntityMention{m.span, *type, "", m.whole_token});
      }
    }
  }
  std::vector<EntityMention> input;
  std::vector<Entity> entities;
  int64_t failed = 0, resolved = 0;
  for (auto _ : state) {
    for (const TaggedArticle& t : articles) {
      input = t.mentions;
      if (!(*resolver)->AddKnownNames(t.text, &input).ok() ||
          !(*resolver)->Resolve(t.text, input, &entities).ok()) {
        ++failed;
      }
      resolved += static_cast<int64_t>(entities.size());
    }
  }
  state.SetItemsProcessed(
      static_cast<int64_t>(articles.size() * size_t(state.iterations())));
  state.counters["entities"] = benchmark::Counter(static_cast<double>(resolved),
                                                  benchmark::Counter::kIsRate);
  state.counters["failed"] = static_cast<double>(failed);
  state.SetLabel(GetCorpus().description);
}
BENCHMARK(BM_EntityResolution)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace khabar::bench

BENCHMARK_MAIN();
