// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// khabar eval morph: analyzes the raw text of gold CoNLL-U (by default the
// held-out half of PADT, khabar's split) and scores it with the CoNLL 2018
// UD metrics.

#include <chrono>
#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "CLI/CLI.hpp"
#include "cli_common.h"
#include "eval_commands.h"
#include "khabar/conll18_eval.h"
#include "khabar/conllu.h"
#include "khabar/morph_analyzer.h"
#include "khabar/morph_trainer.h"
#include "morph_data.h"

namespace khabar::cli {
namespace {

// A sentence's surface text: "# text", else its tokens joined by spaces.
std::string SentenceText(const ConlluSentence& s) {
  std::string_view text = ConlluCommentValue(s, "text");
  if (!text.empty()) return std::string(text);
  std::string out;
  size_t next = 0;
  for (size_t w = 0; w < s.words.size();) {
    if (!out.empty()) out.push_back(' ');
    if (next < s.multiwords.size() &&
        s.multiwords[next].first == static_cast<int>(w + 1)) {
      out += s.multiwords[next].form;
      w = static_cast<size_t>(s.multiwords[next].last);
      ++next;
    } else {
      out += s.words[w].form;
      ++w;
    }
  }
  return out;
}

void PrintRow(const char* name, const Conll18Score& s) {
  std::printf("%-10s %9.2f %9.2f %9.2f %12lld %12lld\n", name,
              100 * s.precision(), 100 * s.recall(), 100 * s.f1(),
              static_cast<long long>(s.gold), static_cast<long long>(s.system));
}

}  // namespace

int RunEvalMorph(int argc, char** argv) {
  CLI::App app{
      "Score the morphology model against gold CoNLL-U with the CoNLL 2018 "
      "UD metrics, starting from raw text (tokens, sentences and words are "
      "predicted). Default gold: the held-out half of PADT (the documents "
      "of ar-ud-test.conllu from the middle on, never used in training).",
      "khabar eval morph"};
  std::string padt_dir = DefaultPadtDir();
  std::string gold_file;
  std::string model_path = DefaultMorphModel();
  std::string system_out;
  std::string gold_out;
  bool gold_tokens = false;
  MorphAnalyzerOptions analyzer_options;
  app.add_option("--padt-dir", padt_dir,
                 "PADT directory (ar-ud-dev.conllu, ar-ud-test.conllu)")
      ->capture_default_str();
  app.add_option("--gold", gold_file,
                 "score against this CoNLL-U file instead (UD 2 style, or "
                 "PADT style which is converted)");
  app.add_option("--model,-m", model_path, "morphology model")
      ->capture_default_str();
  app.add_option("--system-out", system_out, "write the system CoNLL-U here");
  app.add_option("--gold-out", gold_out,
                 "write the gold CoNLL-U (surface style) here");
  app.add_flag("--second-pass", analyzer_options.second_tagging_pass,
               "tag UPOS in two passes (slower, slightly more accurate)");
  app.add_flag("--gold-tokens", gold_tokens,
               "analyze the gold tokens and sentences instead of raw text");
  if (auto code = ParseCommandLine(app, argc, argv)) return *code;

  std::vector<ConlluSentence> gold;
  if (!gold_file.empty()) {
    StatusOr<std::vector<ConlluSentence>> g = ReadConlluFile(gold_file);
    if (!g.ok()) {
      PrintError(g.status().message());
      return ExitCodeFor(g.status());
    }
    gold = ToSurfaceStyle(*g);
  } else {
    StatusOr<PadtSplit> split = ReadPadtSplit(padt_dir);
    if (!split.ok()) {
      PrintError(split.status().message());
      return ExitCodeFor(split.status());
    }
    gold = ToSurfaceStyle(split->heldout);
  }
  const auto load_start = std::chrono::steady_clock::now();
  StatusOr<std::shared_ptr<const MorphModel>> model =
      MorphModel::Load(model_path);
  if (!model.ok()) {
    PrintError(model.status().message());
    return ExitCodeFor(model.status());
  }
  const double load_ms = std::chrono::duration<double, std::milli>(
                             std::chrono::steady_clock::now() - load_start)
                             .count();
  MorphAnalyzer analyzer(*model, analyzer_options);

  // Documents: consecutive sentences with the same document id.
  std::vector<ConlluSentence> system;
  MorphAnalysis analysis;
  int64_t words = 0;
  double seconds = 0;
  size_t begin = 0;
  int documents = 0;
  while (begin < gold.size()) {
    const std::string doc = PadtDocumentId(gold[begin]);
    size_t end = begin + 1;
    while (end < gold.size() && !doc.empty() &&
           PadtDocumentId(gold[end]) == doc) {
      ++end;
    }
    if (doc.empty()) end = gold.size();
    std::string text;
    std::vector<std::vector<ByteSpan>> spans;
    for (size_t s = begin; s < end; ++s) {
      if (!text.empty()) text.push_back(' ');
      const std::string sentence = SentenceText(gold[s]);
      std::vector<ByteSpan>& sentence_spans = spans.emplace_back();
      size_t pos = 0;
      while (pos < sentence.size()) {
        size_t space = sentence.find(' ', pos);
        if (space == std::string::npos) space = sentence.size();
        if (space > pos) {
          sentence_spans.push_back(
              ByteSpan{static_cast<uint32_t>(text.size() + pos),
                       static_cast<uint32_t>(text.size() + space)});
        }
        pos = space + 1;
      }
      text += sentence;
    }
    const auto start = std::chrono::steady_clock::now();
    Status status = gold_tokens ? analyzer.AnalyzeTokens(text, spans, &analysis)
                                : analyzer.Analyze(text, &analysis);
    seconds +=
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count();
    if (!status.ok()) {
      PrintError("document " + doc + ": " + status.message());
      return ExitCodeFor(status);
    }
    words += static_cast<int64_t>(analysis.words.size());
    StatusOr<std::vector<ConlluSentence>> parsed =
        ParseConllu(MorphToConllu(text, analysis, doc + "-"));
    if (!parsed.ok()) {
      PrintError("internal: unreadable system CoNLL-U: " +
                 parsed.status().message());
      return kExitInternal;
    }
    for (ConlluSentence& s : *parsed) system.push_back(std::move(s));
    ++documents;
    begin = end;
  }
  for (const auto& [path, sentences] :
       {std::pair{&system_out, &system}, std::pair{&gold_out, &gold}}) {
    if (path->empty()) continue;
    std::FILE* f = std::fopen(path->c_str(), "wb");
    const std::string conllu = WriteConllu(*sentences);
    const bool ok = f != nullptr && std::fwrite(conllu.data(), 1, conllu.size(),
                                                f) == conllu.size();
    if (f != nullptr) std::fclose(f);
    if (!ok) {
      PrintError("cannot write " + *path);
      return kExitInternal;
    }
  }
  Conll18Options options;
  options.lemma_ignore_diacritics = true;
  StatusOr<Conll18Result> r = EvaluateConll18(gold, system, options);
  if (!r.ok()) {
    PrintError("scoring failed: " + r.status().message());
    return kExitInternal;
  }
  std::printf(
      "gold: %s (%d documents, %zu sentences)\nmodel: %s (loaded in "
      "%.1f ms)\ninput: %s\n\n",
      gold_file.empty() ? (padt_dir + " held-out half").c_str()
                        : gold_file.c_str(),
      documents, gold.size(), model_path.c_str(), load_ms,
      gold_tokens ? "gold tokens and sentences" : "raw text");
  std::printf("%-10s %9s %9s %9s %12s %12s\n", "metric", "precision", "recall",
              "F1", "gold", "system");
  PrintRow("Tokens", r->tokens);
  PrintRow("Sentences", r->sentences);
  PrintRow("Words", r->words);
  PrintRow("UPOS", r->upos);
  PrintRow("UFeats", r->ufeats);
  PrintRow("Lemmas", r->lemmas);
  std::printf(
      "\nLemmas compared without diacritics (PADT lemmas are "
      "vocalized; khabar's are not).\nanalysis: %lld words in %.3f s "
      "(%.0f words/s, one thread, including tokenization)\n",
      static_cast<long long>(words), seconds,
      seconds > 0 ? static_cast<double>(words) / seconds : 0.0);
  return kExitOk;
}

}  // namespace khabar::cli
