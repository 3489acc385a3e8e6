// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/text_analyzer.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "gmock/gmock.h"
#include "golden_table.h"
#include "gtest/gtest.h"
#include "khabar/document.h"
#include "khabar/normalizer.h"
#include "khabar/sentence_splitter.h"
#include "khabar/tokenizer.h"

namespace khabar {
namespace {

std::unique_ptr<const TextAnalyzer> MakeAnalyzer(
    const TextAnalyzerOptions& options = {}) {
  auto a = TextAnalyzer::Create(options);
  EXPECT_TRUE(a.ok()) << a.status().ToString();
  return a.ok() ? *std::move(a) : nullptr;
}

Document MakeDocument(std::string text) {
  StatusOr<Document> doc = Document::Create(std::move(text));
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  return *std::move(doc);
}

std::string SeedArticle() {
  StatusOr<std::string> text = golden::ReadFile(std::string(KHABAR_SOURCE_DIR) +
                                                "/data/samples/seed.txt");
  EXPECT_TRUE(text.ok()) << text.status().ToString();
  return text.ok() ? *text : std::string();
}

TEST(TextAnalyzerTest, AddsBothViewsTokensAndSentences) {
  auto analyzer = MakeAnalyzer();
  ASSERT_NE(analyzer, nullptr);
  const std::string seed = SeedArticle();
  Document doc = MakeDocument(seed);
  ASSERT_TRUE(analyzer->Analyze(&doc).ok());

  // Each layer equals what its component computes on the original bytes.
  auto display = Normalizer::Create(
      NormalizerOptions::ForLevel(NormalizationLevel::kDisplay));
  auto search = Normalizer::Create(
      NormalizerOptions::ForLevel(NormalizationLevel::kSearch));
  ASSERT_TRUE(display.ok() && search.ok());
  ASSERT_NE(doc.normalized(NormalizationLevel::kDisplay), nullptr);
  ASSERT_NE(doc.normalized(NormalizationLevel::kSearch), nullptr);
  EXPECT_EQ(doc.normalized(NormalizationLevel::kDisplay)->text,
            (*display)->Normalize(seed)->text);
  EXPECT_EQ(doc.normalized(NormalizationLevel::kSearch)->text,
            (*search)->Normalize(seed)->text);
  EXPECT_EQ(
      doc.normalized(NormalizationLevel::kSearch)->alignment.original_size(),
      seed.size());

  std::vector<Token> tokens;
  ASSERT_TRUE(Tokenizer().Tokenize(seed, &tokens).ok());
  ASSERT_EQ(doc.tokens().size(), tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    EXPECT_EQ(doc.tokens()[i].span, tokens[i].span);
    EXPECT_EQ(doc.tokens()[i].type, tokens[i].type);
  }
  std::vector<Sentence> sentences;
  ASSERT_TRUE(SentenceSplitter().Split(seed, tokens, &sentences).ok());
  ASSERT_EQ(doc.sentences().size(), sentences.size());
  for (size_t i = 0; i < sentences.size(); ++i) {
    EXPECT_EQ(doc.sentences()[i].span, sentences[i].span);
  }
  // The first sentence is the headline, sliced from the original bytes.
  EXPECT_EQ(doc.Slice(doc.sentences()[0].span),
            seed.substr(0, seed.find('\n')));
}

TEST(TextAnalyzerTest, SearchViewOfATokenMapsBackToTheOriginal) {
  auto analyzer = MakeAnalyzer();
  // "ahmad" with hamza and harakat, then NASA.
  Document doc = MakeDocument(
      "\u0623\u064e\u062d\u0652\u0645\u064e\u062f\u064f \u0642\u0627\u0628"
      "\u0644 NASA");
  ASSERT_TRUE(analyzer->Analyze(&doc).ok());
  const NormalizedText* search = doc.normalized(NormalizationLevel::kSearch);
  ASSERT_NE(search, nullptr);
  EXPECT_EQ(search->text,
            "\u0627\u062d\u0645\u062f \u0642\u0627\u0628\u0644 nasa");
  const size_t pos = search->text.find("nasa");
  const ByteSpan orig = search->alignment.ToOriginal(
      {static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + 4)});
  EXPECT_EQ(doc.Slice(orig), "NASA");
  const ByteSpan first = search->alignment.ToOriginal({0, 8});
  EXPECT_EQ(doc.Slice(first), "\u0623\u064e\u062d\u0652\u0645\u064e\u062f");
  ASSERT_EQ(doc.tokens().size(), 3u);
  EXPECT_EQ(doc.Slice(doc.tokens()[0].span),
            "\u0623\u064e\u062d\u0652\u0645\u064e\u062f\u064f");
}

TEST(TextAnalyzerTest, ViewsCanBeSwitchedOff) {
  TextAnalyzerOptions o;
  o.compute_display = false;
  auto analyzer = MakeAnalyzer(o);
  Document doc = MakeDocument("\u0646\u0635.");
  ASSERT_TRUE(analyzer->Analyze(&doc).ok());
  EXPECT_EQ(doc.normalized(NormalizationLevel::kDisplay), nullptr);
  ASSERT_NE(doc.normalized(NormalizationLevel::kSearch), nullptr);
  EXPECT_EQ(doc.tokens().size(), 2u);
  EXPECT_EQ(doc.sentences().size(), 1u);

  TextAnalyzerOptions none;
  none.compute_display = false;
  none.compute_search = false;
  auto tokens_only = MakeAnalyzer(none);
  Document doc2 = MakeDocument("\u0646\u0635.");
  ASSERT_TRUE(tokens_only->Analyze(&doc2).ok());
  EXPECT_EQ(doc2.normalized(NormalizationLevel::kDisplay), nullptr);
  EXPECT_EQ(doc2.normalized(NormalizationLevel::kSearch), nullptr);
  EXPECT_EQ(doc2.tokens().size(), 2u);
}

TEST(TextAnalyzerTest, ASwitchedOffViewLeftByAnEarlierRunIsRemoved) {
  auto both = MakeAnalyzer();
  TextAnalyzerOptions o;
  o.compute_search = false;
  auto display_only = MakeAnalyzer(o);
  Document doc = MakeDocument("\u0646\u0635.");
  ASSERT_TRUE(both->Analyze(&doc).ok());
  ASSERT_NE(doc.normalized(NormalizationLevel::kSearch), nullptr);
  ASSERT_TRUE(display_only->Analyze(&doc).ok());
  EXPECT_NE(doc.normalized(NormalizationLevel::kDisplay), nullptr);
  EXPECT_EQ(doc.normalized(NormalizationLevel::kSearch), nullptr);
}

TEST(TextAnalyzerTest, OptionsReachTheComponents) {
  TextAnalyzerOptions o;
  o.display.ascii_digits = true;
  o.search.fold_latin_case = false;
  o.sentences.max_tokens = 2;
  auto analyzer = MakeAnalyzer(o);
  Document doc = MakeDocument("\u0662\u0660 NASA \u0646\u0635");
  ASSERT_TRUE(analyzer->Analyze(&doc).ok());
  EXPECT_EQ(doc.normalized(NormalizationLevel::kDisplay)->text,
            "20 NASA \u0646\u0635");
  EXPECT_EQ(doc.normalized(NormalizationLevel::kSearch)->text,
            "20 NASA \u0646\u0635");
  EXPECT_EQ(doc.sentences().size(), 2u);
  EXPECT_EQ(analyzer->options().sentences.max_tokens, 2u);
}

TEST(TextAnalyzerTest, AnalyzeReplacesEarlierLayers) {
  auto analyzer = MakeAnalyzer();
  Document doc = MakeDocument(
      "\u0646\u0635 \u0622\u062e\u0631. \u062b\u0627"
      "\u0646.");
  doc.mutable_tokens()->push_back({{0, 1}, TokenType::kOther, Script::kNone});
  doc.mutable_sentences()->push_back({{0, 1}, 0, 1});
  ASSERT_TRUE(analyzer->Analyze(&doc).ok());
  ASSERT_TRUE(analyzer->Analyze(&doc).ok());
  EXPECT_EQ(doc.tokens().size(), 5u);
  EXPECT_EQ(doc.sentences().size(), 2u);
  EXPECT_EQ(doc.tokens()[0].span, (ByteSpan{0, 4}));
}

TEST(TextAnalyzerTest, RejectPolicyFailsOnIllFormedDocument) {
  TextAnalyzerOptions o;
  o.tokenizer.invalid_utf8 = InvalidUtf8Policy::kReject;
  o.display.invalid_utf8 = InvalidUtf8Policy::kReject;
  o.search.invalid_utf8 = InvalidUtf8Policy::kReject;
  auto analyzer = MakeAnalyzer(o);
  Document doc = MakeDocument("\u0646\u0635 \xC0\xAF");
  EXPECT_TRUE(doc.had_invalid_utf8());
  const Status s = analyzer->Analyze(&doc);
  EXPECT_EQ(s.code(), StatusCode::kDataLoss);
  EXPECT_THAT(s.message(), ::testing::HasSubstr("byte 5"));
}

TEST(TextAnalyzerTest, ReplacePolicyAnalyzesIllFormedDocument) {
  auto analyzer = MakeAnalyzer();
  Document doc = MakeDocument("\u0646\u0635 \xC0\xAF \u0646.");
  ASSERT_TRUE(analyzer->Analyze(&doc).ok());
  EXPECT_EQ(doc.normalized(NormalizationLevel::kDisplay)->text,
            "\u0646\u0635 \ufffd\ufffd \u0646.");
  ASSERT_GE(doc.tokens().size(), 3u);
  EXPECT_EQ(doc.tokens()[1].type, TokenType::kOther);
  EXPECT_EQ(doc.tokens()[1].span.begin, 5u);
}

TEST(TextAnalyzerTest, EmptyAndWhitespaceOnlyDocuments) {
  auto analyzer = MakeAnalyzer();
  for (const char* text : {"", "  \n\n\t "}) {
    Document doc = MakeDocument(text);
    ASSERT_TRUE(analyzer->Analyze(&doc).ok());
    EXPECT_TRUE(doc.tokens().empty());
    EXPECT_TRUE(doc.sentences().empty());
    ASSERT_NE(doc.normalized(NormalizationLevel::kDisplay), nullptr);
    EXPECT_EQ(doc.normalized(NormalizationLevel::kDisplay)->text, "");
    EXPECT_EQ(doc.normalized(NormalizationLevel::kSearch)->text, "");
  }
}

}  // namespace
}  // namespace khabar
