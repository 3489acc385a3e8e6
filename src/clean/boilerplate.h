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

  size_t size() const {
    return exact_.size() + prefix_.size() + contains_.size();
  }

 private:
  std::unordered_map<std::string, std::string> exact_;
  std::vector<std::pair<std::string, std::string>> prefix_;
  std::vector<std::pair<std::string, std::string>> contains_;
};

// Blocks longer than this many words are never matched by "contains".
inline constexpr uint32_t kMaxBoilerplateContainsWords = 25;

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
