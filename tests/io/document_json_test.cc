// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/document_json.h"

#include <string>
#include <utility>

#include "gtest/gtest.h"
#include "khabar/alignment.h"
#include "khabar/document.h"
#include "khabar/jsonl.h"
#include "khabar/status.h"
#include "khabar/tokenizer.h"

namespace khabar {
namespace {

Document MakeDocument(std::string text, std::string id = "d1") {
  StatusOr<Document> doc = Document::Create(std::move(text));
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  doc->set_id(std::move(id));
  return std::move(doc).value();
}

// "ab cd." with hand-made tokens and one sentence, so these tests do not
// depend on the tokenizer's rules.
Document TwoWordDocument() {
  Document doc = MakeDocument("ab cd.");
  *doc.mutable_tokens() = {
      {{0, 2}, TokenType::kWord, Script::kLatin},
      {{3, 5}, TokenType::kWord, Script::kLatin},
      {{5, 6}, TokenType::kPunctuation, Script::kNone},
  };
  *doc.mutable_sentences() = {{{0, 6}, 0, 3}};
  return doc;
}

TEST(DocumentToJsonTest, WritesOnlyTheIdByDefault) {
  const Document doc = TwoWordDocument();
  EXPECT_EQ(DocumentToJson(doc, {}), "{\"id\":\"d1\"}");
}

TEST(DocumentToJsonTest, WritesTheOriginalText) {
  const Document doc = MakeDocument("a\"b\n", "x\ty");
  DocumentJsonOptions options;
  options.text = true;
  EXPECT_EQ(DocumentToJson(doc, options),
            "{\"id\":\"x\\ty\",\"text\":\"a\\\"b\\n\"}");
}

TEST(DocumentToJsonTest, WritesTokens) {
  const Document doc = TwoWordDocument();
  DocumentJsonOptions options;
  options.tokens = true;
  EXPECT_EQ(DocumentToJson(doc, options),
            "{\"id\":\"d1\",\"tokens\":["
            "{\"b\":0,\"e\":2,\"type\":\"word\",\"script\":\"latin\","
            "\"text\":\"ab\"},"
            "{\"b\":3,\"e\":5,\"type\":\"word\",\"script\":\"latin\","
            "\"text\":\"cd\"},"
            "{\"b\":5,\"e\":6,\"type\":\"punct\",\"text\":\".\"}]}");
}

TEST(DocumentToJsonTest, OmitsTokenTextOnRequest) {
  const Document doc = TwoWordDocument();
  DocumentJsonOptions options;
  options.tokens = true;
  options.sentences = true;
  options.token_text = false;
  EXPECT_EQ(DocumentToJson(doc, options),
            "{\"id\":\"d1\",\"tokens\":["
            "{\"b\":0,\"e\":2,\"type\":\"word\",\"script\":\"latin\"},"
            "{\"b\":3,\"e\":5,\"type\":\"word\",\"script\":\"latin\"},"
            "{\"b\":5,\"e\":6,\"type\":\"punct\"}],"
            "\"sentences\":[{\"b\":0,\"e\":6,\"tokens\":[0,3]}]}");
}

TEST(DocumentToJsonTest, WritesSentences) {
  const Document doc = TwoWordDocument();
  DocumentJsonOptions options;
  options.sentences = true;
  EXPECT_EQ(DocumentToJson(doc, options),
            "{\"id\":\"d1\",\"sentences\":["
            "{\"b\":0,\"e\":6,\"tokens\":[0,3],\"text\":\"ab cd.\"}]}");
}

TEST(DocumentToJsonTest, AddsOffsetBaseAsSixtyFourBits) {
  const Document doc = TwoWordDocument();
  DocumentJsonOptions options;
  options.tokens = true;
  options.sentences = true;
  options.token_text = false;
  options.offset_base = uint64_t{5} << 32;  // 21474836480
  EXPECT_EQ(DocumentToJson(doc, options),
            "{\"id\":\"d1\",\"tokens\":["
            "{\"b\":21474836480,\"e\":21474836482,\"type\":\"word\","
            "\"script\":\"latin\"},"
            "{\"b\":21474836483,\"e\":21474836485,\"type\":\"word\","
            "\"script\":\"latin\"},"
            "{\"b\":21474836485,\"e\":21474836486,\"type\":\"punct\"}],"
            "\"sentences\":[{\"b\":21474836480,\"e\":21474836486,"
            "\"tokens\":[0,3]}]}");
}

TEST(DocumentToJsonTest, WritesNormalizedViewsWithSegments) {
  // Original "a\xd9\x80" "b" (a, tatweel, b) -> display "ab".
  Document doc = MakeDocument(
      "a\xd9\x80"
      "b");
  NormalizedText* display =
      doc.mutable_normalized(NormalizationLevel::kDisplay);
  display->text = "ab";
  display->alignment.Reset(4);
  display->alignment.AddDeletion(1, 1, 2);
  display->alignment.Finish(2);
  DocumentJsonOptions options;
  options.normalized = true;
  EXPECT_EQ(DocumentToJson(doc, options),
            "{\"id\":\"d1\",\"normalized\":{\"display\":{\"text\":\"ab\","
            "\"segments\":[[0,0,1],[1,3,4]]}}}");
  // Both views, in level order; original offsets shifted by the base.
  NormalizedText* search = doc.mutable_normalized(NormalizationLevel::kSearch);
  search->text = "ab";
  search->alignment = display->alignment;
  options.offset_base = 100;
  EXPECT_EQ(DocumentToJson(doc, options),
            "{\"id\":\"d1\",\"normalized\":{"
            "\"display\":{\"text\":\"ab\",\"segments\":[[0,100,101],"
            "[1,103,104]]},"
            "\"search\":{\"text\":\"ab\",\"segments\":[[0,100,101],"
            "[1,103,104]]}}}");
}

TEST(DocumentToJsonTest, NoViewsGiveAnEmptyObject) {
  const Document doc = TwoWordDocument();
  DocumentJsonOptions options;
  options.normalized = true;
  EXPECT_EQ(DocumentToJson(doc, options), "{\"id\":\"d1\",\"normalized\":{}}");
}

TEST(DocumentToJsonTest, InvalidUtf8BecomesReplacementCharacter) {
  Document doc = MakeDocument("a\xff");
  *doc.mutable_tokens() = {{{1, 2}, TokenType::kOther, Script::kNone}};
  DocumentJsonOptions options;
  options.text = true;
  options.tokens = true;
  EXPECT_EQ(DocumentToJson(doc, options),
            "{\"id\":\"d1\",\"text\":\"a\xEF\xBF\xBD\",\"tokens\":["
            "{\"b\":1,\"e\":2,\"type\":\"other\",\"text\":\"\xEF\xBF\xBD\"}]}");
}

TEST(DocumentToJsonTest, OutputParsesBack) {
  const std::string text = "\u0642\u0627\u0644 \"x\"\n\ty\\";
  const Document doc = MakeDocument(text, "7");
  DocumentJsonOptions options;
  options.text = true;
  StatusOr<TextRecord> record = ParseTextRecord(DocumentToJson(doc, options));
  ASSERT_TRUE(record.ok()) << record.status().ToString();
  EXPECT_EQ(record->id, "7");
  EXPECT_EQ(record->text, text);
}

TEST(ErrorRecordJsonTest, WritesIdLineAndError) {
  EXPECT_EQ(ErrorRecordJson("r\"1", 3, DataLossError("malformed \"JSON\"")),
            "{\"id\":\"r\\\"1\",\"line\":3,\"error\":{\"code\":\"data_loss\","
            "\"message\":\"malformed \\\"JSON\\\"\"}}");
}

TEST(ErrorRecordJsonTest, LineZeroIsOmitted) {
  EXPECT_EQ(ErrorRecordJson("", 0, ResourceExhaustedError("too long")),
            "{\"id\":\"\",\"error\":{\"code\":\"resource_exhausted\","
            "\"message\":\"too long\"}}");
}

}  // namespace
}  // namespace khabar
