// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Throughput of the text core (normalization, tokenization, sentence
// splitting, the whole TextAnalyzer) over real news text, side by side with
// a plain whitespace split (bench/whitespace_split.h) as the floor.
//
//   export KHABAR_BENCH_CORPUS=/tmp/saudinewsnet.txt
//   build-bench/bench/khabar_text_benchmark --benchmark_min_time=0.5
//
// The corpus format and the fallback when KHABAR_BENCH_CORPUS is unset are
// described in bench/corpus.h; bench/run_text_bench.sh builds the corpus
// and runs everything. Results read as MB/s (bytes of original text per
// second); items/s are tokens (whitespace split, tokenize), alignment
// segments (normalize), sentences (split) or texts (validate, analyzer).
//
// Benchmarks (stages: BM_WhitespaceSplit, the floor; BM_ValidateUtf8, the
// check Document::Create makes; BM_NormalizeDisplay; BM_NormalizeSearch,
// alignment map included; BM_Tokenize; BM_SplitSentences, on tokens made
// before timing; BM_TextAnalyzer, Document::Create + Analyze):
//   <stage>/articles        one call per article over the whole corpus
//   <stage>/piece:<bytes>   one call per piece of the joined corpus, cut to
//                           1 KiB, 64 KiB and 1 MiB
//   BM_TextAnalyzer/articles/real_time/threads:N   one shared const
//                           analyzer, articles dealt round-robin to N threads

#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus.h"
#include "khabar/alignment.h"
#include "khabar/document.h"
#include "khabar/normalizer.h"
#include "khabar/sentence_splitter.h"
#include "khabar/status.h"
#include "khabar/text_analyzer.h"
#include "khabar/tokenizer.h"
#include "khabar/utf8.h"
#include "khabar/version.h"
#include "whitespace_split.h"

namespace khabar::bench {
namespace {

constexpr size_t kPieceSizes[] = {size_t{1} << 10, size_t{64} << 10,
                                  size_t{1} << 20};

// One stage applied to one text: fills *items (tokens, sentences, ...).
using StageFn = Status (*)(std::string_view text, size_t* items);

// Returns false (and marks the benchmark skipped) if there is no corpus.
bool CheckCorpus(benchmark::State& state, const Corpus& corpus) {
  if (corpus.articles.empty()) {
    state.SkipWithError(corpus.description.c_str());
    return false;
  }
  if (corpus.fallback) state.SetLabel("fallback corpus");
  return true;
}

// Runs `fn` once per article per iteration.
void RunArticles(benchmark::State& state, StageFn fn) {
  const Corpus& corpus = GetCorpus();
  if (!CheckCorpus(state, corpus)) return;
  size_t items = 0;
  for (auto _ : state) {
    for (std::string_view article : corpus.articles) {
      size_t n = 0;
      const Status status = fn(article, &n);
      if (!status.ok()) {
        state.SkipWithError(status.ToString().c_str());
        break;
      }
      items += n;
    }
  }
  state.SetBytesProcessed(
      static_cast<int64_t>(state.iterations() * corpus.article_bytes));
  state.SetItemsProcessed(static_cast<int64_t>(items));
}

const std::vector<std::string_view>& Pieces(size_t piece_bytes) {
  static std::mutex mutex;
  static auto* cache = new std::map<size_t, std::vector<std::string_view>>();
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache->find(piece_bytes);
  if (it == cache->end()) {
    it = cache->emplace(piece_bytes, SplitPieces(GetCorpus().text, piece_bytes))
             .first;
  }
  return it->second;
}

// Runs `fn` on one piece per iteration, cycling through the corpus.
void RunPieces(benchmark::State& state, StageFn fn) {
  const Corpus& corpus = GetCorpus();
  if (!CheckCorpus(state, corpus)) return;
  const std::vector<std::string_view>& pieces =
      Pieces(static_cast<size_t>(state.range(0)));
  size_t next = 0;
  size_t bytes = 0;
  size_t items = 0;
  for (auto _ : state) {
    const std::string_view piece = pieces[next];
    if (++next == pieces.size()) next = 0;
    size_t n = 0;
    const Status status = fn(piece, &n);
    if (!status.ok()) {
      state.SkipWithError(status.ToString().c_str());
      break;
    }
    bytes += piece.size();
    items += n;
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.SetItemsProcessed(static_cast<int64_t>(items));
}

// --- The stages. Output buffers are per thread and reused across calls. ---

Status WhitespaceStage(std::string_view text, size_t* items) {
  thread_local std::vector<ByteSpan> spans;
  WhitespaceSplit(text, &spans);
  benchmark::DoNotOptimize(spans.data());
  *items = spans.size();
  return Status::Ok();
}

// UTF-8 validation alone: what Document::Create does before any stage.
Status ValidateStage(std::string_view text, size_t* items) {
  benchmark::DoNotOptimize(FindInvalidUtf8(text));
  *items = 1;
  return Status::Ok();
}

// The normalizer of `level`, built once; its Create() error if it failed.
const StatusOr<std::unique_ptr<const Normalizer>>& GetNormalizer(
    NormalizationLevel level) {
  using Result = StatusOr<std::unique_ptr<const Normalizer>>;
  static const Result* const display = new Result(Normalizer::Create(
      NormalizerOptions::ForLevel(NormalizationLevel::kDisplay)));
  static const Result* const search = new Result(Normalizer::Create(
      NormalizerOptions::ForLevel(NormalizationLevel::kSearch)));
  return level == NormalizationLevel::kDisplay ? *display : *search;
}

template <NormalizationLevel kLevel>
Status NormalizeStage(std::string_view text, size_t* items) {
  const StatusOr<std::unique_ptr<const Normalizer>>& normalizer =
      GetNormalizer(kLevel);
  if (!normalizer.ok()) return normalizer.status();
  thread_local NormalizedText out;
  KHABAR_RETURN_IF_ERROR((*normalizer)->Normalize(text, &out));
  benchmark::DoNotOptimize(out.text.data());
  *items = out.alignment.segments().size();
  return Status::Ok();
}

Status TokenizeStage(std::string_view text, size_t* items) {
  static const Tokenizer tokenizer;
  thread_local std::vector<Token> tokens;
  KHABAR_RETURN_IF_ERROR(tokenizer.Tokenize(text, &tokens));
  benchmark::DoNotOptimize(tokens.data());
  *items = tokens.size();
  return Status::Ok();
}

// --- Sentence splitting alone, on tokens computed before timing. ---

struct TokenizedCorpus {
  std::vector<std::vector<Token>> tokens;  // per article
  Status status;
};

const TokenizedCorpus& GetTokenizedCorpus() {
  static const TokenizedCorpus* const tokenized = [] {
    auto* t = new TokenizedCorpus();
    const Tokenizer tokenizer;
    const Corpus& corpus = GetCorpus();
    t->tokens.resize(corpus.articles.size());
    for (size_t i = 0; i < corpus.articles.size(); ++i) {
      t->status = tokenizer.Tokenize(corpus.articles[i], &t->tokens[i]);
      if (!t->status.ok()) break;
    }
    return t;
  }();
  return *tokenized;
}

void BM_SplitSentences(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  if (!CheckCorpus(state, corpus)) return;
  const TokenizedCorpus& tokenized = GetTokenizedCorpus();
  if (!tokenized.status.ok()) {
    state.SkipWithError(tokenized.status.ToString().c_str());
    return;
  }
  const SentenceSplitter splitter;
  std::vector<Sentence> sentences;
  size_t items = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < corpus.articles.size(); ++i) {
      const Status status =
          splitter.Split(corpus.articles[i], tokenized.tokens[i], &sentences);
      if (!status.ok()) {
        state.SkipWithError(status.ToString().c_str());
        break;
      }
      benchmark::DoNotOptimize(sentences.data());
      items += sentences.size();
    }
  }
  state.SetBytesProcessed(
      static_cast<int64_t>(state.iterations() * corpus.article_bytes));
  state.SetItemsProcessed(static_cast<int64_t>(items));
}

// --- The whole text core: Document::Create + TextAnalyzer::Analyze. ---

void BM_TextAnalyzer(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  if (!CheckCorpus(state, corpus)) return;
  static const StatusOr<std::unique_ptr<const TextAnalyzer>>* const analyzer =
      new StatusOr<std::unique_ptr<const TextAnalyzer>>(
          TextAnalyzer::Create(TextAnalyzerOptions()));
  if (!analyzer->ok()) {
    state.SkipWithError(analyzer->status().ToString().c_str());
    return;
  }
  const TextAnalyzer& text_analyzer = ***analyzer;
  // Articles are dealt round-robin; bytes are counted per thread and summed.
  const size_t stride = static_cast<size_t>(state.threads());
  const size_t first = static_cast<size_t>(state.thread_index());
  size_t my_bytes = 0;
  for (size_t i = first; i < corpus.articles.size(); i += stride) {
    my_bytes += corpus.articles[i].size();
  }
  size_t documents = 0;
  for (auto _ : state) {
    for (size_t i = first; i < corpus.articles.size(); i += stride) {
      StatusOr<Document> doc =
          Document::Create(std::string(corpus.articles[i]));
      Status status = doc.ok() ? text_analyzer.Analyze(&*doc) : doc.status();
      if (!status.ok()) {
        state.SkipWithError(status.ToString().c_str());
        break;
      }
      benchmark::DoNotOptimize(doc->sentences().data());
      ++documents;
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * my_bytes));
  state.SetItemsProcessed(static_cast<int64_t>(documents));
}

// The floor must be right to be a floor: the SSE2 and scalar splits agree.
bool WhitespaceSplitAgrees(std::string_view text) {
  std::vector<ByteSpan> fast;
  std::vector<ByteSpan> slow;
  WhitespaceSplit(text, &fast);
  WhitespaceSplitScalar(text, &slow);
  return fast == slow;
}

bool CheckWhitespaceSplit(const Corpus& corpus) {
  const std::string_view head =
      std::string_view(corpus.text).substr(0, size_t{4} << 20);
  static constexpr std::string_view kCases[] = {
      "",
      " ",
      "a",
      " a ",
      "a\tb\nc\vd\fe\rf",
      "  leading and trailing  ",
      "0123456789012345678901234567890123456789012345678901234567890123"
      " x",
  };
  for (std::string_view c : kCases) {
    if (!WhitespaceSplitAgrees(c)) return false;
  }
  // Every alignment of a few block edges.
  for (size_t offset = 0; offset < 70 && offset < head.size(); ++offset) {
    if (!WhitespaceSplitAgrees(head.substr(offset, 200))) return false;
  }
  return WhitespaceSplitAgrees(head);
}

void RegisterAll() {
  struct Stage {
    const char* name;
    StageFn fn;
  };
  const Stage stages[] = {
      {"BM_WhitespaceSplit", &WhitespaceStage},
      {"BM_ValidateUtf8", &ValidateStage},
      {"BM_NormalizeDisplay", &NormalizeStage<NormalizationLevel::kDisplay>},
      {"BM_NormalizeSearch", &NormalizeStage<NormalizationLevel::kSearch>},
      {"BM_Tokenize", &TokenizeStage},
  };
  // Per article, the floor first, then the stages in pipeline order.
  for (const Stage& stage : stages) {
    const StageFn fn = stage.fn;
    benchmark::RegisterBenchmark(
        (std::string(stage.name) + "/articles").c_str(),
        [fn](benchmark::State& state) { RunArticles(state, fn); });
  }
  benchmark::RegisterBenchmark("BM_SplitSentences/articles",
                               &BM_SplitSentences);
  benchmark::RegisterBenchmark("BM_TextAnalyzer/articles", &BM_TextAnalyzer)
      ->Threads(1)
      ->Threads(2)
      ->UseRealTime();
  // Size sweeps.
  for (const Stage& stage : stages) {
    const StageFn fn = stage.fn;
    auto* b = benchmark::RegisterBenchmark(
        stage.name, [fn](benchmark::State& state) { RunPieces(state, fn); });
    b->ArgName("piece");
    for (size_t size : kPieceSizes) b->Arg(static_cast<int64_t>(size));
  }
}

}  // namespace
}  // namespace khabar::bench

int main(int argc, char** argv) {
  using khabar::bench::GetCorpus;
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  const khabar::bench::Corpus& corpus = GetCorpus();
  benchmark::AddCustomContext("khabar_version", std::string(khabar::Version()));
  benchmark::AddCustomContext("corpus", corpus.description);
#if defined(__SSE2__)
  benchmark::AddCustomContext("whitespace_split", "sse2");
#else
  benchmark::AddCustomContext("whitespace_split", "scalar");
#endif
  if (!corpus.articles.empty() &&
      !khabar::bench::CheckWhitespaceSplit(corpus)) {
    benchmark::AddCustomContext("whitespace_split_check",
                                "FAILED: SSE2 and scalar splits differ");
  }
  khabar::bench::RegisterAll();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
