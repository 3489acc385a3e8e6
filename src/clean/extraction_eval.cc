// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/extraction_eval.h"

namespace khabar {
namespace {

// Length of the White_Space character at text[i], or 0.
size_t SpaceLength(std::string_view t, size_t i) {
  const unsigned char b = static_cast<unsigned char>(t[i]);
  if (b == ' ' || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F)) {
    return 1;
  }
  if (b < 0xC2) return 0;
  auto at = [&](size_t k) {
    return i + k < t.size() ? static_cast<unsigned char>(t[i + k]) : 0;
  };
  if (b == 0xC2 && (at(1) == 0x85 || at(1) == 0xA0)) return 2;
  if (b == 0xE1 && at(1) == 0x9A && at(2) == 0x80) return 3;
  if (b == 0xE2 && at(1) == 0x80) {
    const unsigned char c = at(2);
    if ((c >= 0x80 && c <= 0x8A) || c == 0xA8 || c == 0xA9 || c == 0xAF) {
      return 3;
    }
  }
  if (b == 0xE2 && at(1) == 0x81 && at(2) == 0x9F) return 3;
  if (b == 0xE3 && at(1) == 0x80 && at(2) == 0x80) return 3;
  return 0;
}

}  // namespace

void ExtractionScores::Finish() {
  precision = tp + fp > 0 ? static_cast<double>(tp) / (tp + fp) : 0;
  recall = tp + fn > 0 ? static_cast<double>(tp) / (tp + fn) : 0;
  f1 = 2 * tp + fp + fn > 0 ? 2.0 * tp / (2 * tp + fp + fn) : 0;
  const uint64_t total = tp + fp + tn + fn;
  accuracy = total > 0 ? static_cast<double>(tp + tn) / total : 0;
}

void ExtractionScores::Add(const ExtractionScores& other) {
  tp += other.tp;
  fp += other.fp;
  tn += other.tn;
  fn += other.fn;
}

std::string NormalizeEvalWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (size_t i = 0; i < text.size();) {
    const size_t n = SpaceLength(text, i);
    if (n > 0) {
      space = true;
      i += n;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(text[i]);
    ++i;
  }
  return out;
}

void ScoreExtraction(std::string_view extracted,
                     const std::vector<std::string>& with_snippets,
                     const std::vector<std::string>& without_snippets,
                     ExtractionScores* scores) {
  const std::string text = NormalizeEvalWhitespace(extracted);
  for (const std::string& s : with_snippets) {
    if (text.find(NormalizeEvalWhitespace(s)) != std::string::npos) {
      ++scores->tp;
    } else {
      ++scores->fn;
    }
  }
  for (const std::string& s : without_snippets) {
    if (text.find(NormalizeEvalWhitespace(s)) != std::string::npos) {
      ++scores->fp;
    } else {
      ++scores->tn;
    }
  }
}

}  // namespace khabar
