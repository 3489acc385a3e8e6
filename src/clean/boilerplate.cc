// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "clean/boilerplate.h"

#include <cstdio>

#include "base/data_file.h"
#include "clean/block_facts.h"

namespace khabar {

extern const char kBoilerplateTsv[];
extern const size_t kBoilerplateTsvSize;

StatusOr<BoilerplatePatterns> BoilerplatePatterns::Parse(
    std::string_view tsv, const Normalizer& search) {
  BoilerplatePatterns p;
  Status error;
  ForEachDataLine(tsv, [&](size_t line_no, std::string_view line) {
    auto fail = [&](Status s) {
      error =
          InvalidArgumentError("boilerplate table line " +
                               std::to_string(line_no) + ": " + s.message());
      return false;
    };
    const std::vector<std::string_view> cells = SplitTabs(line);
    if (cells.size() != 4) {
      return fail(InvalidArgumentError("expected 4 columns"));
    }
    std::string form;
    Status s = MatchingForm(search, cells[2], &form);
    if (!s.ok()) return fail(s);
    if (form.empty()) return fail(InvalidArgumentError("pattern has no words"));
    std::string reason(cells[3]);
    if (cells[0] == "exact") {
      p.exact_.emplace(std::move(form), std::move(reason));
    } else if (cells[0] == "prefix") {
      p.prefix_.emplace_back(std::move(form), std::move(reason));
    } else if (cells[0] == "contains") {
      p.contains_.emplace_back(std::move(form), std::move(reason));
    } else {
      return fail(InvalidArgumentError("unknown match kind"));
    }
    return true;
  });
  KHABAR_RETURN_IF_ERROR(error);
  return p;
}

StatusOr<BoilerplatePatterns> BoilerplatePatterns::Builtin(
    const Normalizer& search) {
  return Parse(std::string_view(kBoilerplateTsv, kBoilerplateTsvSize), search);
}

const std::string* BoilerplatePatterns::Match(const BlockFacts& facts) const {
  const std::string& t = facts.words_text;
  if (t.empty()) return nullptr;
  auto it = exact_.find(t);
  if (it != exact_.end()) return &it->second;
  for (const auto& [pattern, reason] : prefix_) {
    if (t.size() >= pattern.size() &&
        t.compare(0, pattern.size(), pattern) == 0 &&
        (t.size() == pattern.size() || t[pattern.size()] == ' ')) {
      return &reason;
    }
  }
  if (facts.words <= kMaxBoilerplateContainsWords) {
    for (const auto& [pattern, reason] : contains_) {
      const size_t at = t.find(pattern);
      if (at == std::string::npos) continue;
      const bool starts = at == 0 || t[at - 1] == ' ';
      const size_t end = at + pattern.size();
      const bool ends = end == t.size() || t[end] == ' ';
      if (starts && ends) return &reason;
    }
  }
  return nullptr;
}

float BoilerplateScore(const BlockFacts& f, bool after_last_prose) {
  float s = 0;
  if (f.words <= 3) {
    s += 0.4f;
  } else if (f.words <= 8) {
    s += 0.2f;
  }
  if (!f.terminal_punctuation) s += 0.2f;
  s += 0.4f * f.link_density;
  if (after_last_prose) s += 0.3f;
  return s;
}

void MarkBoilerplate(const BoilerplatePatterns& patterns,
                     CleaningState* state) {
  const size_t n = state->facts.size();
  const int32_t title = state->article->title;
  for (size_t i = 0; i < n; ++i) {
    if (state->dropped(i) || static_cast<int32_t>(i) == title) continue;
    const BlockFacts& f = state->facts[i];
    if (f.words == 0) {
      state->Drop(i, DropReason::kEmpty, "no words");
      continue;
    }
    if (const std::string* reason = patterns.Match(f)) {
      state->Drop(i, DropReason::kBoilerplate, *reason);
    }
  }
}

void MarkByLineScore(CleaningState* state) {
  const size_t n = state->facts.size();
  const int32_t title = state->article->title;
  // The last block that reads as prose: terminal punctuation, 8+ words.
  size_t last_prose = n;
  for (size_t i = n; i-- > 0;) {
    if (state->dropped(i)) continue;
    const BlockFacts& f = state->facts[i];
    if (f.terminal_punctuation && f.words >= 8) {
      last_prose = i;
      break;
    }
  }
  for (size_t i = 0; i < n; ++i) {
    if (state->dropped(i) || static_cast<int32_t>(i) == title) continue;
    const bool after = last_prose < n && i > last_prose;
    const float score = BoilerplateScore(state->facts[i], after);
    if (score >= kBoilerplateScoreThreshold) {
      char note[64];
      std::snprintf(note, sizeof(note), "line score %.2f", score);
      state->Drop(i,
                  state->facts[i].link_density >= 0.5f
                      ? DropReason::kNavigation
                      : DropReason::kBoilerplate,
                  note);
    }
  }
}

}  // namespace khabar
