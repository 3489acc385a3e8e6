// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Cleaning speed (issue 3), single thread unless noted:
//   BM_CleanText      each SaudiNewsNet article as plain text (the corpus of
//                     bench/corpus.h, KHABAR_BENCH_CORPUS): articles/s
//   BM_CleanHtml      each page of KHABAR_BENCH_HTML_DIR (the unpacked
//                     html-extraction-dev/pages): pages/s
//   BM_CleanThenText  clean + the text core on the kept parts: the chain so
//                     far, articles/s
// Counters: items_per_second is articles (or pages) per second.

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "corpus.h"
#include "khabar/cleaner.h"
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

}  // namespace
}  // namespace khabar::bench

BENCHMARK_MAIN();
