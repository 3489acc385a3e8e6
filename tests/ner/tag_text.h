// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Test helper: the mentions the committed models find in a text, as
// "surface TAB type" strings, for tests of the tagger's rules.

#ifndef KHABAR_TESTS_NER_TAG_TEXT_H_
#define KHABAR_TESTS_NER_TAG_TEXT_H_

#include <string>
#include <vector>

#include "khabar/morph_analyzer.h"
#include "khabar/ner.h"

namespace khabar::testing {

// The mentions of `text` under `options` (one string naming the failure if
// a model does not load or a stage fails).
inline std::vector<std::string> TagText(const std::string& text,
                                        const NerTaggerOptions& options) {
  const std::string source = KHABAR_SOURCE_DIR;
  auto morph = MorphModel::Load(source + "/models/morph-padt.khm");
  auto ner = NerModel::Load(source + "/models/ner-anercorp.khm");
  if (!morph.ok() || !ner.ok()) return {"models did not load"};
  MorphAnalyzer analyzer(*morph);
  MorphAnalysis analysis;
  if (!analyzer.Analyze(text, &analysis).ok()) return {"analysis failed"};
  NerTagger tagger(*ner, *morph, options);
  std::vector<NerMention> mentions;
  if (!tagger.Tag(text, analysis, &mentions).ok()) return {"tagging failed"};
  std::vector<std::string> out;
  for (const NerMention& m : mentions) {
    out.push_back(text.substr(m.span.begin, m.span.end - m.span.begin) + "\t" +
                  m.type);
  }
  return out;
}

inline bool HasMention(const std::vector<std::string>& mentions,
                       const std::string& mention) {
  for (const std::string& m : mentions) {
    if (m == mention) return true;
  }
  return false;
}

}  // namespace khabar::testing

#endif  // KHABAR_TESTS_NER_TAG_TEXT_H_
