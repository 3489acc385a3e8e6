// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Test helpers: the committed models, loaded once, and the mentions they
// find in a text (as NerMentions, or "surface TAB type" strings), for
// tests of the tagger and its rules.

#ifndef KHABAR_TESTS_NER_TAG_TEXT_H_
#define KHABAR_TESTS_NER_TAG_TEXT_H_

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "khabar/morph_analyzer.h"
#include "khabar/ner.h"
#include "morph/morph_text.h"
#include "ner/ner_decode.h"
#include "ner/ner_model.h"

namespace khabar::testing {

// The committed models, loaded once (nullptr if a file does not load).
inline std::shared_ptr<const MorphModel> CommittedMorph() {
  static const std::shared_ptr<const MorphModel> model = [] {
    auto m = MorphModel::Load(std::string(KHABAR_SOURCE_DIR) +
                              "/models/morph-padt.khm");
    return m.ok() ? *m : nullptr;
  }();
  return model;
}

inline std::shared_ptr<const NerModel> CommittedNer() {
  static const std::shared_ptr<const NerModel> model = [] {
    auto m = NerModel::Load(std::string(KHABAR_SOURCE_DIR) +
                            "/models/ner-anercorp.khm");
    return m.ok() ? *m : nullptr;
  }();
  return model;
}

// The mentions of the committed models in `text`, and its analysis.
inline void TagWithCommittedModels(const std::string& text, MorphAnalysis* a,
                                   std::vector<NerMention>* mentions) {
  ASSERT_NE(CommittedMorph(), nullptr);
  ASSERT_NE(CommittedNer(), nullptr);
  MorphAnalyzer morph(CommittedMorph());
  NerTagger tagger(CommittedNer(), CommittedMorph());
  ASSERT_TRUE(morph.Analyze(text, a).ok());
  ASSERT_TRUE(tagger.Tag(text, *a, mentions).ok());
}

// The mentions of `text` under `options` (one string naming the failure if
// a model does not load or a stage fails).
inline std::vector<std::string> TagText(const std::string& text,
                                        const NerTaggerOptions& options) {
  if (CommittedMorph() == nullptr || CommittedNer() == nullptr) {
    return {"models did not load"};
  }
  MorphAnalyzer analyzer(CommittedMorph());
  MorphAnalysis analysis;
  if (!analyzer.Analyze(text, &analysis).ok()) return {"analysis failed"};
  NerTagger tagger(CommittedNer(), CommittedMorph(), options);
  std::vector<NerMention> mentions;
  if (!tagger.Tag(text, analysis, &mentions).ok()) return {"tagging failed"};
  std::vector<std::string> out;
  for (const NerMention& m : mentions) {
    out.push_back(text.substr(m.span.begin, m.span.end - m.span.begin) + "\t" +
                  m.type);
  }
  return out;
}

// The committed morphology's analysis of `text` into `a`, and per token
// the NerToken fields the rules after decoding read (the host word's
// folded form and UPOS, whether a pronoun follows), for tests of a rule
// alone on labels set by hand. False if the model does not load.
inline bool RuleTokens(const std::string& text, MorphAnalysis* a,
                       std::vector<ner::NerToken>* tokens) {
  if (CommittedMorph() == nullptr) return false;
  MorphAnalyzer analyzer(CommittedMorph());
  if (!analyzer.Analyze(text, a).ok()) return false;
  tokens->assign(a->tokens.size(), ner::NerToken());
  for (size_t k = 0; k < a->tokens.size(); ++k) {
    const MorphToken& t = a->tokens[k];
    for (uint32_t w = 0; w < t.word_count; ++w) {
      const MorphWord& word = a->words[t.first_word + w];
      if (word.role == MorphRole::kEnclitic) {
        (*tokens)[k].enclitic = true;
      } else if (word.role != MorphRole::kProclitic) {
        (*tokens)[k].host = morph::FoldForm(word.form);
        (*tokens)[k].upos = word.upos;
      }
    }
  }
  return true;
}

// A text set up for a rule alone: its analysis and tokens (RuleTokens),
// the pointers the rules take, a BIO model of the types PER LOC ORG MISC,
// and labels set by hand.
struct HandLabels {
  MorphAnalysis analysis;
  std::vector<ner::NerToken> tokens;
  std::vector<const ner::NerToken*> view;
  ner::NerModelData model;
  std::vector<uint16_t> labels;
};

// Fills `*out` for `text`: every token whose text is a word of `by_word`
// gets a one-token mention of the paired type index (0 PER .. 3 MISC), the
// others O. False if the morphology model does not load.
inline bool LabelByHand(
    const std::string& text,
    const std::vector<std::pair<std::string, size_t>>& by_word,
    HandLabels* out) {
  if (!RuleTokens(text, &out->analysis, &out->tokens)) return false;
  out->model.types = {"PER", "LOC", "ORG", "MISC"};
  out->labels.assign(out->tokens.size(), 0);
  out->view.clear();
  for (size_t k = 0; k < out->tokens.size(); ++k) {
    const ByteSpan span = out->analysis.tokens[k].span;
    const std::string word = text.substr(span.begin, span.size());
    for (const auto& [w, type] : by_word) {
      if (word == w) out->labels[k] = out->model.SingleLabel(type);
    }
    out->view.push_back(&out->tokens[k]);
  }
  return true;
}

// LabelByHand with every token O and the NerTokens as the tagger makes
// them (their proclitics, forms and word types, which some rules read).
// False if a model does not load.
inline bool LabelByHandWithTaggerTokens(const std::string& text,
                                        HandLabels* out) {
  if (!LabelByHand(text, {}, out) || CommittedNer() == nullptr) return false;
  ner::MakeNerTokens(CommittedMorph()->data(), CommittedNer()->data(), text,
                     out->analysis, 0, out->analysis.tokens.size(),
                     &out->tokens);
  for (size_t k = 0; k < out->tokens.size(); ++k) {
    out->view[k] = &out->tokens[k];
  }
  return true;
}

// How many of `mentions` are `mention` ("surface TAB type").
inline size_t CountMention(const std::vector<std::string>& mentions,
                           const std::string& mention) {
  size_t count = 0;
  for (const std::string& m : mentions) count += m == mention ? 1 : 0;
  return count;
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
