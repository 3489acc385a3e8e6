// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The benchmark corpus: news articles held in one buffer.
//
// File format (written by scripts/extract_saudinewsnet.py): UTF-8 text, one
// article after another, consecutive articles separated by a line holding
// only a form feed (the bytes "\n\f\n"). A file without any such line is
// split into articles at blank lines ("\n\n").
//
//   const khabar::bench::Corpus& corpus = khabar::bench::GetCorpus();
//   for (std::string_view article : corpus.articles) ...  // per article
//   khabar::bench::SplitPieces(corpus.text, 65536);        // size sweeps
//
// Where the corpus comes from, in order:
//   1. the file named by the environment variable KHABAR_BENCH_CORPUS, if
//      it can be read and holds an article;
//   2. the bundled sample data/samples/seed.txt, repeated to about 8 MiB;
//   3. a small built-in Arabic paragraph, repeated likewise.
// Corpus::description says which one was used; benchmarks show it.
// KHABAR_BENCH_MAX_MB, if set, keeps about that many MiB of articles, an
// evenly spaced sample of the whole file (every k-th article), so that a
// quick run sees typical articles.
//
// Thread safety: GetCorpus() loads once (thread-safe); the result is
// immutable.

#ifndef KHABAR_BENCH_CORPUS_H_
#define KHABAR_BENCH_CORPUS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace khabar::bench {

struct Corpus {
  // All articles joined by "\n\n\n" (the separator lines, with the form
  // feed turned into a line break), for the size sweeps.
  std::string text;
  // Each article, without separators: views into `text`.
  std::vector<std::string_view> articles;
  // Sum of the article sizes in bytes.
  size_t article_bytes = 0;
  // "file /path (N articles, M MiB)" or "FALLBACK (why): ...".
  std::string description;
  // True when KHABAR_BENCH_CORPUS was unset or not usable.
  bool fallback = false;
};

// Parses `contents` (the file format above) into a corpus; with
// `max_bytes` (0: all) and more than that many bytes of articles, an evenly
// spaced sample of the articles, about `max_bytes` long. Articles that are
// empty or only whitespace are dropped.
Corpus ParseCorpus(std::string contents, size_t max_bytes);

// Loads the corpus as described above. Never fails: a variable naming a
// file that cannot be read or holds no article also means the fallback,
// and the description says why.
Corpus LoadCorpus();

// LoadCorpus() once per process.
const Corpus& GetCorpus();

// Cuts `text` into consecutive pieces of about `piece_bytes` bytes (at most
// that many), each ending at whitespace when one lies in the last 64 bytes,
// else at a UTF-8 character boundary. A final shorter piece is dropped
// unless it is the only one.
std::vector<std::string_view> SplitPieces(std::string_view text,
                                          size_t piece_bytes);

}  // namespace khabar::bench

#endif  // KHABAR_BENCH_CORPUS_H_
