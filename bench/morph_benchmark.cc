// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Throughput of khabar's light stemmer and root extractor over the words of
// real news text, side by side with Snowball's Arabic stemmer (Debian
// libstemmer, the C library the Snowball project generates) and a loop that
// only touches each word (the floor).
//
//   export KHABAR_BENCH_CORPUS=/tmp/khabar-data/saudinewsnet.txt
//   KHABAR_BENCH_MAX_MB=20 build-bench/bench/khabar_morph_benchmark
//
// The corpus (bench/corpus.h) is split once, before timing, into
// whitespace-separated words (bench/whitespace_split.h); every benchmark
// runs over that same word list, and items/s are words per second.
// bench/run_morph_bench.sh builds the corpus, runs this and NLTK's ISRI
// stemmer (bench/isri_bench.py) over the same words, and scores Snowball
// and ISRI on the Benzahia gold with the two modes below.
//
// Modes besides the benchmarks (first argument):
//   --dump-words FILE   write the word list, one word per line, and exit
//   --snowball-stem     read words from stdin, one per line, and write their
//                       Snowball stems, one per line (for accuracy scoring)

#include <benchmark/benchmark.h>
#include <libstemmer.h>

#include <cstdio>
#include <cstring>
#include <iostream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "corpus.h"
#include "khabar/alignment.h"
#include "khabar/light_stemmer.h"
#include "khabar/morph_analyzer.h"
#include "khabar/root_extractor.h"
#include "whitespace_split.h"

namespace khabar::bench {
namespace {

struct WordList {
  std::vector<std::string_view> words;  // views into GetCorpus().text
  size_t bytes = 0;
};

const WordList& GetWords() {
  static const WordList* const list = [] {
    auto* out = new WordList;
    const Corpus& corpus = GetCorpus();
    std::vector<ByteSpan> spans;
    for (std::string_view article : corpus.articles) {
      WhitespaceSplit(article, &spans);
      for (const ByteSpan& s : spans) {
        out->words.push_back(article.substr(s.begin, s.end - s.begin));
        out->bytes += s.end - s.begin;
      }
    }
    return out;
  }();
  return *list;
}

bool CheckWords(benchmark::State& state, const WordList& list) {
  if (list.words.empty()) {
    state.SkipWithError(GetCorpus().description.c_str());
    return false;
  }
  if (GetCorpus().fallback) state.SetLabel("fallback corpus");
  return true;
}

void SetCounters(benchmark::State& state, const WordList& list) {
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(list.words.size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(list.bytes));
  state.counters["words"] = static_cast<double>(list.words.size());
}

// The floor: read each word's first and last byte.
void BM_WhitespaceFloor(benchmark::State& state) {
  const WordList& list = GetWords();
  if (!CheckWords(state, list)) return;
  for (auto _ : state) {
    size_t sum = 0;
    for (std::string_view w : list.words) {
      sum += static_cast<unsigned char>(w.front()) +
             static_cast<unsigned char>(w.back());
    }
    benchmark::DoNotOptimize(sum);
  }
  SetCounters(state, list);
}
BENCHMARK(BM_WhitespaceFloor);

void BM_KhabarLightStem(benchmark::State& state) {
  const WordList& list = GetWords();
  if (!CheckWords(state, list)) return;
  std::string stem;
  stem.reserve(256);
  for (auto _ : state) {
    size_t sum = 0;
    for (std::string_view w : list.words) {
      LightStem(w, &stem);
      sum += stem.size();
    }
    benchmark::DoNotOptimize(sum);
  }
  SetCounters(state, list);
}
BENCHMARK(BM_KhabarLightStem);

void BM_KhabarLightStemHost(benchmark::State& state) {
  const WordList& list = GetWords();
  if (!CheckWords(state, list)) return;
  std::string stem;
  stem.reserve(256);
  for (auto _ : state) {
    size_t sum = 0;
    for (std::string_view w : list.words) {
      LightStemHost(w, &stem);
      sum += stem.size();
    }
    benchmark::DoNotOptimize(sum);
  }
  SetCounters(state, list);
}
BENCHMARK(BM_KhabarLightStemHost);

void BM_KhabarExtractRoot(benchmark::State& state) {
  const WordList& list = GetWords();
  if (!CheckWords(state, list)) return;
  for (auto _ : state) {
    size_t sum = 0;
    for (std::string_view w : list.words) sum += ExtractRoot(w).size();
    benchmark::DoNotOptimize(sum);
  }
  SetCounters(state, list);
}
BENCHMARK(BM_KhabarExtractRoot);

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};
using SnowballPtr = std::unique_ptr<sb_stemmer, StemmerDeleter>;

SnowballPtr NewSnowball() {
  return SnowballPtr(sb_stemmer_new("arabic", "UTF_8"));
}

void BM_SnowballArabicStem(benchmark::State& state) {
  const WordList& list = GetWords();
  if (!CheckWords(state, list)) return;
  SnowballPtr stemmer = NewSnowball();
  if (!stemmer) {
    state.SkipWithError("libstemmer has no arabic stemmer");
    return;
  }
  for (auto _ : state) {
    size_t sum = 0;
    for (std::string_view w : list.words) {
      const sb_symbol* out = sb_stemmer_stem(
          stemmer.get(), reinterpret_cast<const sb_symbol*>(w.data()),
          static_cast<int>(w.size()));
      benchmark::DoNotOptimize(out);
      sum += static_cast<size_t>(sb_stemmer_length(stemmer.get()));
    }
    benchmark::DoNotOptimize(sum);
  }
  SetCounters(state, list);
}
BENCHMARK(BM_SnowballArabicStem);

// The morphological analyzer (tokenize, split sentences, segment, tag,
// features, lemma, root, stem) over the same articles, counted in the same
// whitespace words; "syntactic_words" counts the words it produced.
// BM_KhabarAnalyzeNoFeats: the same without the UD features
// (MorphAnalyzerOptions::features off): segmentation, tagging, lemma, root
// and stem, the work issue 4's speed target names.
void RunAnalyze(benchmark::State& state, const MorphAnalyzerOptions& options) {
  const std::string path =
      std::string(KHABAR_SOURCE_DIR) + "/models/morph-padt.khm";
  StatusOr<std::shared_ptr<const MorphModel>> model = MorphModel::Load(path);
  if (!model.ok()) {
    state.SkipWithError(model.status().message().c_str());
    return;
  }
  MorphAnalyzer analyzer(*model, options);
  MorphAnalysis analysis;
  const Corpus& corpus = GetCorpus();
  const WordList& list = GetWords();
  int64_t produced = 0;
  for (auto _ : state) {
    for (std::string_view article : corpus.articles) {
      if (!analyzer.Analyze(article, &analysis).ok()) {
        state.SkipWithError("analysis failed");
        return;
      }
      produced += static_cast<int64_t>(analysis.words.size());
    }
  }
  SetCounters(state, list);
  state.counters["syntactic_words"] = benchmark::Counter(
      static_cast<double>(produced), benchmark::Counter::kIsRate);
  state.counters["model_MB"] =
      static_cast<double>((*model)->info().memory_bytes) / 1e6;
  state.counters["analyzer_KB"] =
      static_cast<double>(analyzer.MemoryBytes()) / 1e3;
}
void BM_KhabarAnalyze(benchmark::State& state) { RunAnalyze(state, {}); }
BENCHMARK(BM_KhabarAnalyze)->Unit(benchmark::kMillisecond);

void BM_KhabarAnalyzeNoFeats(benchmark::State& state) {
  MorphAnalyzerOptions options;
  options.features = false;
  RunAnalyze(state, options);
}
BENCHMARK(BM_KhabarAnalyzeNoFeats)->Unit(benchmark::kMillisecond);

int DumpWords(const char* path) {
  std::FILE* f = std::fopen(path, "wb");
  if (f == nullptr) {
    std::fprintf(stderr, "cannot write %s\n", path);
    return 3;
  }
  const WordList& list = GetWords();
  for (std::string_view w : list.words) {
    std::fwrite(w.data(), 1, w.size(), f);
    std::fputc('\n', f);
  }
  const bool ok = std::fclose(f) == 0;
  std::fprintf(stderr, "%zu words (%s)\n", list.words.size(),
               GetCorpus().description.c_str());
  return ok ? 0 : 1;
}

int SnowballStemLines() {
  SnowballPtr stemmer = NewSnowball();
  if (!stemmer) {
    std::fprintf(stderr, "libstemmer has no arabic stemmer\n");
    return 1;
  }
  std::string line;
  while (std::getline(std::cin, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const sb_symbol* out = sb_stemmer_stem(
        stemmer.get(), reinterpret_cast<const sb_symbol*>(line.data()),
        static_cast<int>(line.size()));
    std::cout.write(reinterpret_cast<const char*>(out),
                    sb_stemmer_length(stemmer.get()));
    std::cout.put('\n');
  }
  return 0;
}

}  // namespace
}  // namespace khabar::bench

int main(int argc, char** argv) {
  if (argc == 3 && std::strcmp(argv[1], "--dump-words") == 0) {
    return khabar::bench::DumpWords(argv[2]);
  }
  if (argc == 2 && std::strcmp(argv[1], "--snowball-stem") == 0) {
    return khabar::bench::SnowballStemLines();
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
