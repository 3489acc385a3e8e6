// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The whole chain for the quotation tests (morphology, NER, entity
// resolution, quotes, with the committed models) and helpers comparing
// quotations with annotations: quote_extractor_test.cc and
// quote_patterns_test.cc.
//
//   const std::vector<Quote> quotes = Chain::Get().Run(text);
//   ExpectSpan(text, quotes, Quote::Kind::kReported, "anna ...", "... end");

#ifndef KHABAR_TESTS_QUOTES_QUOTE_CHAIN_H_
#define KHABAR_TESTS_QUOTES_QUOTE_CHAIN_H_

#include <algorithm>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "khabar/entities.h"
#include "khabar/morph_analyzer.h"
#include "khabar/ner.h"
#include "khabar/quotes.h"
#include "quotes/quote_internal.h"

namespace khabar {
namespace quotes_test {

class Chain {
 public:
  static Chain& Get() {
    static Chain* chain = new Chain();
    return *chain;
  }
  bool ok() const { return ok_; }

  // Runs the chain; the text must outlive the result's spans.
  std::vector<Quote> Run(const std::string& text) {
    MorphAnalysis analysis;
    EXPECT_TRUE(analyzer_->Analyze(text, &analysis).ok());
    std::vector<NerMention> mentions;
    EXPECT_TRUE(tagger_->Tag(text, analysis, &mentions).ok());
    std::vector<EntityMention> input;
    for (const NerMention& m : mentions) {
      input.push_back(
          EntityMention{m.span, *ParseEntityType(m.type), "", m.whole_token});
    }
    entities_.clear();
    EXPECT_TRUE(resolver_->AddKnownNames(text, &input).ok());
    EXPECT_TRUE(resolver_->Resolve(text, input, &entities_).ok());
    std::vector<Quote> quotes;
    Status s = extractor_->Extract(text, analysis, entities_, &quotes);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return quotes;
  }
  const QuoteExtractor& extractor() const { return *extractor_; }
  MorphAnalyzer& analyzer() { return *analyzer_; }

 private:
  Chain() {
    const std::string source = KHABAR_SOURCE_DIR;
    auto morph = MorphModel::Load(source + "/models/morph-padt.khm");
    auto ner = NerModel::Load(source + "/models/ner-anercorp.khm");
    auto resolver = EntityResolver::Create();
    auto extractor = QuoteExtractor::Create();
    if (!morph.ok() || !ner.ok() || !resolver.ok() || !extractor.ok()) return;
    analyzer_ = std::make_unique<MorphAnalyzer>(*morph);
    tagger_ = std::make_unique<NerTagger>(*ner, *morph);
    resolver_ = std::move(resolver.value());
    extractor_ = std::move(extractor.value());
    ok_ = true;
  }
  bool ok_ = false;
  std::unique_ptr<MorphAnalyzer> analyzer_;
  std::unique_ptr<NerTagger> tagger_;
  std::unique_ptr<const EntityResolver> resolver_;
  std::unique_ptr<const QuoteExtractor> extractor_;
  std::vector<Entity> entities_;
};

inline std::string SpanText(const std::string& text, ByteSpan s) {
  return text.substr(s.begin, s.size());
}

// Leading/trailing quotation marks, spaces and final punctuation removed,
// folded: how spans are compared with the annotation's starts/ends.
inline std::string Core(std::string s) {
  for (bool changed = true; changed;) {
    changed = false;
    size_t len = 0;
    while (!s.empty() && (s.back() == ' ' || s.back() == '.')) {
      s.pop_back();
      changed = true;
    }
    for (size_t i = 0; i < s.size() && i < 4; ++i) {
      if (IsQuoteMarkAt(s, s.size() - 1 - i, &len) &&
          s.size() - 1 - i + len == s.size()) {
        s.resize(s.size() - len);
        changed = true;
        break;
      }
    }
    while (!s.empty() && s.front() == ' ') {
      s.erase(0, 1);
      changed = true;
    }
    if (IsQuoteMarkAt(s, 0, &len)) {
      s.erase(0, len);
      changed = true;
    }
  }
  return FoldArabic(s);
}

inline bool StartsWith(const std::string& s, const std::string& p) {
  return s.compare(0, p.size(), p) == 0;
}
inline bool EndsWith(const std::string& s, const std::string& p) {
  return s.size() >= p.size() &&
         s.compare(s.size() - p.size(), p.size(), p) == 0;
}

// The speaker is right when the resolved entity is the annotated one, or,
// for a speaker without an entity, when its words end with the annotated
// name's last word (a short name: "Khamenei" for "Ali Khamenei").
inline bool SpeakerIs(const Quote& q, const std::string& want) {
  const std::string w = FoldArabic(want);
  if (!q.entity_name.empty()) return FoldArabic(q.entity_name) == w;
  const std::string got = FoldArabic(q.speaker_text);
  if (got.empty()) return false;
  const std::string last = w.substr(w.rfind(' ') + 1);
  return got == w || EndsWith(got, " " + last) || got == last;
}

inline const char* KindName(Quote::Kind k) {
  return std::string(QuoteKindName(k)) == "direct"    ? "direct"
         : std::string(QuoteKindName(k)) == "partial" ? "partial"
                                                      : "reported";
}

// The quotations of `text` of `kind`, as their span texts.
inline std::vector<const Quote*> OfKind(const std::vector<Quote>& quotes,
                                        Quote::Kind kind) {
  std::vector<const Quote*> out;
  for (const Quote& q : quotes) {
    if (q.kind == kind) out.push_back(&q);
  }
  return out;
}

// The quotation of `kind` whose span starts with `starts`, or nullptr.
inline const Quote* FindQuote(const std::string& text,
                              const std::vector<Quote>& quotes,
                              Quote::Kind kind, const std::string& starts) {
  for (const Quote& q : quotes) {
    if (q.kind == kind && StartsWith(SpanText(text, q.span), starts)) {
      return &q;
    }
  }
  return nullptr;
}

// A quotation of `kind` spans from `starts` to `ends` (final punctuation
// and marks aside).
inline void ExpectSpan(const std::string& text,
                       const std::vector<Quote>& quotes, Quote::Kind kind,
                       const std::string& starts, const std::string& ends) {
  const Quote* q = FindQuote(text, quotes, kind, starts);
  ASSERT_NE(q, nullptr) << KindName(kind) << " starting " << starts;
  const std::string core = Core(SpanText(text, q->span));
  EXPECT_TRUE(EndsWith(core, FoldArabic(ends)))
      << KindName(kind) << ": " << SpanText(text, q->span);
}

// The speaker of the quotation of `kind` starting with `starts` names (or
// does not name) `who`, in its words or its entity's name.
inline void ExpectSpeaker(const std::string& text,
                          const std::vector<Quote>& quotes, Quote::Kind kind,
                          const std::string& starts, const std::string& who,
                          bool named) {
  const Quote* q = FindQuote(text, quotes, kind, starts);
  ASSERT_NE(q, nullptr) << KindName(kind) << " starting " << starts;
  const std::string w = FoldArabic(who);
  const bool found = FoldArabic(q->speaker_text).find(w) != std::string::npos ||
                     FoldArabic(q->entity_name).find(w) != std::string::npos;
  EXPECT_EQ(found, named) << "speaker \"" << q->speaker_text << "\" entity \""
                          << q->entity_name << "\", "
                          << (named ? "want " : "not ") << who;
}

}  // namespace quotes_test
}  // namespace khabar

#endif  // KHABAR_TESTS_QUOTES_QUOTE_CHAIN_H_
