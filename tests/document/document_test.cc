// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/document.h"

#include <string>
#include <utility>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace khabar {
namespace {

using ::testing::HasSubstr;
using std::string_literals::operator""s;

TEST(DocumentTest, OwnsTheOriginalBytesExactly) {
  const std::string text = "  \u0646\u0635\u0640\r\n\x80 \0end"s;
  StatusOr<Document> doc = Document::Create(text);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->text(), text);
  EXPECT_TRUE(doc->had_invalid_utf8());
  EXPECT_TRUE(doc->tokens().empty());
  EXPECT_TRUE(doc->sentences().empty());
  EXPECT_EQ(doc->normalized(NormalizationLevel::kDisplay), nullptr);
  EXPECT_EQ(doc->normalized(NormalizationLevel::kSearch), nullptr);
  EXPECT_EQ(doc->id(), "");
}

TEST(DocumentTest, KeepsNulBytes) {
  const std::string text("a\0b", 3);
  StatusOr<Document> doc = Document::Create(text);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text().size(), 3u);
  EXPECT_FALSE(doc->had_invalid_utf8());
}

TEST(DocumentTest, ValidTextHasNoInvalidFlag) {
  StatusOr<Document> doc =
      Document::Create("\u0623\u0645\u064a\u0631\u0643\u0627 \U0001F600");
  ASSERT_TRUE(doc.ok());
  EXPECT_FALSE(doc->had_invalid_utf8());
}

TEST(DocumentTest, EmptyDocument) {
  StatusOr<Document> doc = Document::Create("");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text(), "");
  EXPECT_EQ(doc->Slice({0, 10}), "");
  EXPECT_FALSE(doc->had_invalid_utf8());
}

TEST(DocumentTest, RejectPolicyNamesTheFirstBadByte) {
  const struct {
    const char* name;
    std::string bytes;
  } cases[] = {
      {"lone_continuation", "\x80"}, {"overlong", "\xC0\xAF"},
      {"surrogate", "\xED\xA0\x80"}, {"above_max", "\xF4\x90\x80\x80"},
      {"truncated_at_end", "\xD8"},
  };
  for (const auto& c : cases) {
    const std::string text = "\u0646\u0635\u0646 " + c.bytes;  // bad at 7
    StatusOr<Document> doc = Document::Create(text, InvalidUtf8Policy::kReject);
    ASSERT_FALSE(doc.ok()) << c.name;
    EXPECT_EQ(doc.status().code(), StatusCode::kDataLoss) << c.name;
    EXPECT_THAT(doc.status().message(), HasSubstr("byte 7")) << c.name;
    // The default policy keeps the bytes.
    StatusOr<Document> kept = Document::Create(text);
    ASSERT_TRUE(kept.ok()) << c.name;
    EXPECT_EQ(kept->text(), text);
    EXPECT_TRUE(kept->had_invalid_utf8());
  }
  StatusOr<Document> good =
      Document::Create("\u0646\u0635", InvalidUtf8Policy::kReject);
  EXPECT_TRUE(good.ok());
}

// Document::Create past kMaxDocumentBytes is not tested: it needs a real
// 1 GiB allocation.
TEST(DocumentTest, LimitIsOneGibibyte) {
  EXPECT_EQ(kMaxDocumentBytes, size_t{1} << 30);
}

TEST(DocumentTest, SliceClampsToTheText) {
  StatusOr<Document> doc = Document::Create("0123456789");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->Slice({2, 5}), "234");
  EXPECT_EQ(doc->Slice({0, 10}), "0123456789");
  EXPECT_EQ(doc->Slice({8, 100}), "89");
  EXPECT_EQ(doc->Slice({50, 100}), "");
  EXPECT_EQ(doc->Slice({5, 5}), "");
  EXPECT_EQ(doc->Slice({6, 3}), "");  // reversed span
}

TEST(DocumentTest, IdIsSetByTheCaller) {
  StatusOr<Document> doc = Document::Create("x");
  ASSERT_TRUE(doc.ok());
  doc->set_id("a1");
  EXPECT_EQ(doc->id(), "a1");
}

TEST(DocumentTest, MutableLayers) {
  StatusOr<Document> doc = Document::Create("\u0646\u0635 \u0646\u0635");
  ASSERT_TRUE(doc.ok());
  NormalizedText* search = doc->mutable_normalized(NormalizationLevel::kSearch);
  ASSERT_NE(search, nullptr);
  search->text = "view";
  EXPECT_EQ(doc->normalized(NormalizationLevel::kDisplay), nullptr);
  ASSERT_NE(doc->normalized(NormalizationLevel::kSearch), nullptr);
  EXPECT_EQ(doc->normalized(NormalizationLevel::kSearch)->text, "view");
  // The same slot again, not a fresh one.
  EXPECT_EQ(doc->mutable_normalized(NormalizationLevel::kSearch), search);
  EXPECT_EQ(search->text, "view");

  doc->mutable_tokens()->push_back({{0, 4}, TokenType::kWord, Script::kArabic});
  doc->mutable_sentences()->push_back({{0, 4}, 0, 1});
  EXPECT_EQ(doc->tokens().size(), 1u);
  EXPECT_EQ(doc->Slice(doc->tokens()[0].span), "\u0646\u0635");
  EXPECT_EQ(doc->sentences().size(), 1u);
}

TEST(DocumentTest, MovesWithItsLayers) {
  StatusOr<Document> doc = Document::Create("\u0646\u0635");
  ASSERT_TRUE(doc.ok());
  doc->set_id("7");
  doc->mutable_normalized(NormalizationLevel::kDisplay)->text = "d";
  doc->mutable_tokens()->push_back({{0, 4}, TokenType::kWord, Script::kArabic});
  Document moved = *std::move(doc);
  EXPECT_EQ(moved.text(), "\u0646\u0635");
  EXPECT_EQ(moved.id(), "7");
  ASSERT_NE(moved.normalized(NormalizationLevel::kDisplay), nullptr);
  EXPECT_EQ(moved.normalized(NormalizationLevel::kDisplay)->text, "d");
  EXPECT_EQ(moved.tokens().size(), 1u);
}

}  // namespace
}  // namespace khabar
