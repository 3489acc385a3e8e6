// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include <gtest/gtest.h>

#include "khabar/news_record.h"

namespace khabar {
namespace {

TEST(NewsRecordJsonTest, ReadsJsonlFieldsAndAliases) {
  auto r = ParseNewsRecordJson(
      R"({"id": 42, "headline": "T", "content": "Body", "url": "http://x/1",)"
      R"( "date_extracted": "2015-07-21 02:51:32", "source": "aawsat",)"
      R"( "author": null})");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->id, "42");
  EXPECT_EQ(r->title, "T");
  EXPECT_EQ(r->text, "Body");
  EXPECT_EQ(r->url, "http://x/1");
  EXPECT_EQ(r->date, "2015-07-21 02:51:32");
  EXPECT_EQ(r->source, "aawsat");
  EXPECT_EQ(r->author, "");
}

TEST(NewsRecordJsonTest, ErrorsSayWhatIsWrong) {
  auto truncated = ParseNewsRecordJson(R"({"id": "a", "text": "abc)");
  ASSERT_FALSE(truncated.ok());
  EXPECT_EQ(truncated.status().code(), StatusCode::kDataLoss);
  EXPECT_NE(truncated.status().message().find("truncated"), std::string::npos);

  auto no_text = ParseNewsRecordJson(R"({"id": "a", "title": "t"})");
  ASSERT_FALSE(no_text.ok());
  EXPECT_EQ(no_text.status().code(), StatusCode::kInvalidArgument);

  auto wrong_type = ParseNewsRecordJson(R"({"text": ["a"]})");
  ASSERT_FALSE(wrong_type.ok());
  EXPECT_EQ(wrong_type.status().code(), StatusCode::kInvalidArgument);

  auto not_object = ParseNewsRecordJson("[1, 2]");
  EXPECT_FALSE(not_object.ok());
}

TEST(NewsRecordJsonTest, ArrayYieldsOneEntryPerElement) {
  // A SaudiNewsNet-style day file with one bad element in the middle.
  std::vector<StatusOr<NewsRecord>> out;
  ASSERT_TRUE(ParseNewsRecordArray(R"([{"title": "a", "content": "x"}, 7,)"
                                   R"( {"title": "c", "content": "z"}])",
                                   &out)
                  .ok());
  ASSERT_EQ(out.size(), 3u);
  EXPECT_TRUE(out[0].ok());
  EXPECT_FALSE(out[1].ok());
  ASSERT_TRUE(out[2].ok());
  EXPECT_EQ(out[2]->title, "c");
}

TEST(NewsRecordJsonTest, UnreadableArrayIsOneError) {
  std::vector<StatusOr<NewsRecord>> out;
  Status s =
      ParseNewsRecordArray(R"([{"title": "a", "content": "x"}, {"ti)", &out);
  EXPECT_EQ(s.code(), StatusCode::kDataLoss);
  EXPECT_TRUE(out.empty());
}

}  // namespace
}  // namespace khabar
