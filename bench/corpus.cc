// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "corpus.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>

#include "khabar/utf8.h"

#ifndef KHABAR_SOURCE_DIR
#define KHABAR_SOURCE_DIR "."
#endif

namespace khabar::bench {
namespace {

// Size the fallback corpora are repeated to.
constexpr size_t kFallbackBytes = size_t{8} << 20;

// A short news paragraph (original text written for this benchmark), used
// only when neither the corpus file nor data/samples/seed.txt is available.
constexpr char kBuiltInSample[] =
    "\u0623\u0639\u0644\u0646\u062A \u0648\u0632\u0627\u0631\u0629 \u0627"
    "\u0644\u0635\u062D\u0629 \u0627\u0644\u064A\u0648\u0645 \u0627\u0644"
    "\u0623\u062D\u062F \u0639\u0646 \u0627\u0641\u062A\u062A\u0627\u062D "
    "\u0645\u0633\u062A\u0634\u0641\u0649 \u062C\u062F\u064A\u062F \u0641"
    "\u064A \u0645\u062F\u064A\u0646\u0629 \u0627\u0644\u0631\u064A\u0627"
    "\u0636 \u0628\u0633\u0639\u0629 300 \u0633\u0631\u064A\u0631. \u0648"
    "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064A\u0631 \u0641\u064A "
    "\u0645\u0624\u062A\u0645\u0631 \u0635\u062D\u0641\u064A: \u00AB\u0647"
    "\u0630\u0627 \u0627\u0644\u0645\u0634\u0631\u0648\u0639 \u062C\u0632"
    "\u0621 \u0645\u0646 \u062E\u0637\u0629 \u062A\u0637\u0648\u064A\u0631 "
    "\u0627\u0644\u062E\u062F\u0645\u0627\u062A \u0627\u0644\u0635\u062D"
    "\u064A\u0629\u00BB. \u0648\u0623\u0636\u0627\u0641 \u0623\u0646 \u0627"
    "\u0644\u0639\u0645\u0644 \u0633\u064A\u0628\u062F\u0623 \u0641\u064A "
    "\u0627\u0644\u0623\u0648\u0644 \u0645\u0646 \u0623\u0643\u062A\u0648"
    "\u0628\u0631 \u0662\u0660\u0661\u0665 \u0628\u062A\u0643\u0644\u0641"
    "\u0629 1.5 \u0645\u0644\u064A\u0627\u0631 \u0631\u064A\u0627\u0644.\n"
    "\u0648\u062A\u0623\u062A\u064A \u0647\u0630\u0647 \u0627\u0644\u062E"
    "\u0637\u0648\u0629 \u0636\u0645\u0646 \u0628\u0631\u0646\u0627\u0645"
    "\u062C \u0627\u0644\u062A\u062D\u0648\u0644 \u0627\u0644\u0648\u0637"
    "\u0646\u064A\u060C \u062D\u0633\u0628 \u0645\u0627 \u0646\u0634\u0631"
    "\u062A\u0647 \u0648\u0643\u0627\u0644\u0629 \u0627\u0644\u0623\u0646"
    "\u0628\u0627\u0621 (\u0648\u0627\u0633) \u0639\u0644\u0649 \u0645\u0648"
    "\u0642\u0639\u0647\u0627 www.spa.gov.sa \u0627\u0644\u064A\u0648\u0645.";

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' ||
         c == '\r';
}

bool IsBlank(std::string_view s) {
  for (char c : s) {
    if (!IsAsciiSpace(c)) return false;
  }
  return true;
}

bool ReadFile(const std::string& path, std::string* contents) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return false;
  const std::streamoff size = in.tellg();
  if (size < 0) return false;
  contents->resize(static_cast<size_t>(size));
  in.seekg(0);
  in.read(contents->data(), size);
  return static_cast<bool>(in) && in.gcount() == size;
}

std::string MiB(size_t bytes) {
  std::ostringstream out;
  out.precision(1);
  out << std::fixed << static_cast<double>(bytes) / (1 << 20) << " MiB";
  return out.str();
}

// `sample` repeated to about kFallbackBytes, one article per repetition.
std::string RepeatAsArticles(std::string_view sample) {
  std::string out;
  out.reserve(kFallbackBytes + sample.size() + 3);
  while (out.size() < kFallbackBytes) {
    if (!out.empty()) out += "\n\f\n";
    out += sample;
  }
  return out;
}

size_t MaxBytesFromEnv() {
  const char* env = std::getenv("KHABAR_BENCH_MAX_MB");
  if (env == nullptr || *env == '\0') return 0;
  const double mb = std::strtod(env, nullptr);
  if (!(mb > 0)) return 0;
  return static_cast<size_t>(mb * (1 << 20));
}

}  // namespace

Corpus ParseCorpus(std::string contents, size_t max_bytes) {
  Corpus corpus;
  corpus.text = std::move(contents);
  std::string& text = corpus.text;
  const bool has_form_feed_lines =
      text.find("\n\f\n") != std::string::npos || text.rfind("\f\n", 0) == 0;
  const std::string_view separator = has_form_feed_lines ? "\f\n" : "\n";
  // An article ends before a separator line: a line that is exactly "\f"
  // (form-feed format) or empty (blank-line format).
  size_t article_begin = 0;
  size_t line_begin = 0;
  auto add_article = [&](size_t end) {
    std::string_view article(text.data() + article_begin, end - article_begin);
    // Drop the line break that precedes the separator line.
    if (!article.empty() && article.back() == '\n') article.remove_suffix(1);
    if (!IsBlank(article)) {
      corpus.articles.push_back(article);
      corpus.article_bytes += article.size();
    }
  };
  while (line_begin < text.size()) {
    size_t line_end = text.find('\n', line_begin);
    line_end = line_end == std::string::npos ? text.size() : line_end + 1;
    const std::string_view line(text.data() + line_begin,
                                line_end - line_begin);
    if (line == separator || (has_form_feed_lines && line == "\f")) {
      add_article(line_begin);
      if (has_form_feed_lines) text[line_begin] = '\n';
      article_begin = line_end;
    }
    line_begin = line_end;
  }
  add_article(text.size());
  if (max_bytes == 0 || corpus.article_bytes <= max_bytes) return corpus;

  // An evenly spaced sample of the whole file, not its first articles: a
  // corpus is often ordered (by source, by date) and its first articles
  // need not be typical (SaudiNewsNet's first 5 MiB hold articles twice as
  // long as its average).
  const size_t stride = corpus.article_bytes / max_bytes;
  std::string sample;
  std::vector<size_t> ends;
  for (size_t i = 0; i < corpus.articles.size() && sample.size() < max_bytes;
       i += stride) {
    if (!sample.empty()) sample += "\n\n\n";
    sample += corpus.articles[i];
    ends.push_back(sample.size());
  }
  Corpus out;
  out.text = std::move(sample);
  size_t begin = 0;
  for (size_t end : ends) {
    out.articles.emplace_back(out.text.data() + begin, end - begin);
    out.article_bytes += end - begin;
    begin = end + 3;
  }
  return out;
}

Corpus LoadCorpus() {
  const size_t max_bytes = MaxBytesFromEnv();
  const char* env = std::getenv("KHABAR_BENCH_CORPUS");
  std::string contents;
  // Why the fallback is used, for its description.
  std::string why = "KHABAR_BENCH_CORPUS unset";
  if (env != nullptr && *env != '\0') {
    if (ReadFile(env, &contents)) {
      Corpus corpus = ParseCorpus(std::move(contents), max_bytes);
      if (!corpus.articles.empty()) {
        corpus.description = std::string("file ") + env + " (" +
                             std::to_string(corpus.articles.size()) +
                             " articles, " + MiB(corpus.article_bytes) + ")";
        return corpus;
      }
      why = std::string("no article in KHABAR_BENCH_CORPUS=") + env;
    } else {
      why = std::string("cannot read KHABAR_BENCH_CORPUS=") + env;
    }
  }
  const std::string seed_path =
      std::string(KHABAR_SOURCE_DIR) + "/data/samples/seed.txt";
  std::string source;
  if (ReadFile(seed_path, &contents) && !IsBlank(contents)) {
    // One article per repetition: turn any form-feed line of the sample
    // into a blank line first.
    Corpus sample = ParseCorpus(std::move(contents), 0);
    contents = RepeatAsArticles(sample.text);
    source = seed_path + " repeated";
  } else {
    contents = RepeatAsArticles(kBuiltInSample);
    source = "no " + seed_path + ": built-in paragraph repeated";
  }
  Corpus corpus = ParseCorpus(std::move(contents), max_bytes);
  corpus.fallback = true;
  corpus.description = "FALLBACK (" + why + "): " + source + " (" +
                       std::to_string(corpus.articles.size()) + " articles, " +
                       MiB(corpus.article_bytes) + ")";
  return corpus;
}

const Corpus& GetCorpus() {
  static const Corpus* const corpus = new Corpus(LoadCorpus());
  return *corpus;
}

std::vector<std::string_view> SplitPieces(std::string_view text,
                                          size_t piece_bytes) {
  std::vector<std::string_view> pieces;
  if (piece_bytes == 0) return pieces;
  size_t pos = 0;
  while (pos < text.size()) {
    if (text.size() - pos <= piece_bytes) {
      if (pieces.empty()) pieces.push_back(text.substr(pos));
      break;
    }
    size_t end = pos + piece_bytes;
    size_t cut = end;
    const size_t window_begin = end - (piece_bytes > 64 ? 64 : piece_bytes / 2);
    while (cut > window_begin && !IsAsciiSpace(text[cut - 1])) --cut;
    if (cut == window_begin) {
      cut = end;
      while (cut > pos && !IsUtf8Boundary(text, cut)) --cut;
    }
    if (cut == pos) cut = end;  // no boundary at all: cut anyway
    pieces.push_back(text.substr(pos, cut - pos));
    pos = cut;
  }
  return pieces;
}

}  // namespace khabar::bench
