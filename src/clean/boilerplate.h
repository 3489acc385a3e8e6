// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Boilerplate detection: patterns from data/clean/boilerplate.tsv (embedded)
// plus a line score for what the patterns miss.

#ifndef KHABAR_CLEAN_BOILERPLATE_H_
#define KHABAR_CLEAN_BOILERPLATE_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "clean/cleaning_state.h"
#include "khabar/article.h"
#include "khabar/normalizer.h"
#include "khabar/status.h"

namespace khabar {

class BoilerplatePatterns {
 public:
  // Parses a pattern table (format: data/clean/boilerplate.tsv); patterns are
  // brought to their matching form with `search`.
  static StatusOr<BoilerplatePatterns> Parse(std::string_view tsv,
                                             const Normalizer& search);
  // The built-in table.
  static StatusOr<BoilerplatePatterns> Builtin(const Normalizer& search);

  // The reason of the first pattern that matches, or nullptr.
  const std::string* Match(const BlockFacts& facts) const;

  // Where the first sentence of `text` (a block's bytes) that starts with
  // a "tail" pattern, or with an "end" pattern and runs to the end of
  // `text` as a label does (IsLabel), begins: its offset in `text` (never
  // 0), or npos. A sentence starts after . ! ? or U+061F, any closing
  // quotation marks or brackets, and spaces. `search` is the normalizer of
  // Parse.
  size_t TailStart(std::string_view text, const Normalizer& search) const;

  // Where the rest of `text` (a block's bytes) begins when it starts with
  // a "head" pattern's words and more words follow: the offset of the
  // first of them (never 0), or npos. Words are separated by spaces, tabs
  // or no-break spaces. `search` is the normalizer of Parse.
  size_t HeadEnd(std::string_view text, const Normalizer& search) const;

  size_t size() const {
    return exact_.size() + prefix_.size() + contains_.size();
  }

 private:
  std::unordered_map<std::string, std::string> exact_;
  std::vector<std::pair<std::string, std::string>> prefix_;
  std::vector<std::pair<std::string, std::string>> contains_;
  // Tail and label patterns (tails also in prefix_, labels in labels_).
  struct Tail {
    std::string form;
    bool label = false;
  };
  std::vector<Tail> tails_;
  std::vector<std::pair<std::string, std::string>> labels_;
  // Head patterns (also in exact_) and their number of words.
  std::vector<std::pair<std::string, size_t>> heads_;
  bool heads_ascii_ = true;  // every head pattern starts with ASCII
  // The characters a sentence that starts with a tail pattern can start
  // with, as written (before normalization), sorted: the others are not
  // normalized to be compared.
  std::vector<char32_t> tail_starts_;
};

// Cuts every block of `input` (blocks are slices of it) after a head
// pattern that starts it (HeadEnd): the pattern's words become a block of
// their own, which the pattern then drops as boilerplate, and the rest
// stays ("Next Previous <byline>": a pager's labels before the first
// line); and at a sentence that starts with a tail pattern (TailStart): the
// block ends before it, and the rest of its line becomes a block of its
// own, dropped the same way ("... rAkb. rAbT Alxbr bSHyfp AlwAm:
// <headline>": a source link joined to the last paragraph).
void SplitBoilerplateEdges(const BoilerplatePatterns& patterns,
                           const Normalizer& search, std::string_view input,
                           std::vector<Block>* blocks);

// Blocks longer than this many words are never matched by "contains".
inline constexpr uint32_t kMaxBoilerplateContainsWords = 25;
// Labels ("end" patterns: a site's tags after the story) are at most this
// many words, the pattern's included, and do not end a sentence or a
// quotation (EndsWithTerminal).
inline constexpr uint32_t kMaxLabelWords = 40;

// The line score: higher means more boilerplate-like. Combines length,
// final punctuation, link density and position (after the last paragraph
// that reads as prose). Documented in docs/CLEANING.md.
float BoilerplateScore(const BlockFacts& facts, bool after_last_prose);

inline constexpr float kBoilerplateScoreThreshold = 0.8f;

// Drops empty blocks and blocks that match a pattern. The title, if chosen,
// is left alone.
void MarkBoilerplate(const BoilerplatePatterns& patterns, CleaningState* state);

// Drops blocks whose line score reaches kBoilerplateScoreThreshold (as
// boilerplate, or navigation when mostly links). The title is left alone.
void MarkByLineScore(CleaningState* state);

}  // namespace khabar

#endif  // KHABAR_CLEAN_BOILERPLATE_H_
