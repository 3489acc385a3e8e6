// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/article_json.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include "khabar/cleaner.h"

namespace khabar {
namespace {

TEST(ArticleJsonTest, RoundTripsThroughAJsonParserWithOffsets) {
  auto c = Cleaner::Create({});
  ASSERT_TRUE(c.ok());
  const std::string in =
      "Headline \"quoted\nHeadline \"quoted\nA body paragraph that is long "
      "enough, with a \"quote\" inside.\nComments\n";
  auto a = (*c)->CleanText(in);
  ASSERT_TRUE(a.ok());
  a->id = "x1";
  const std::string json = ArticleToJson(*a);
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(parser.parse(json).get(doc), simdjson::SUCCESS) << json;
  EXPECT_EQ(std::string_view(doc["id"].get_string().value()), "x1");
  EXPECT_EQ(doc["title"]["line"].get_int64().value(), 1);
  auto body = doc["body"].get_array().value();
  ASSERT_EQ(body.size(), 1u);
  const uint64_t b = body.at(0)["b"].get_uint64().value();
  const uint64_t e = body.at(0)["e"].get_uint64().value();
  EXPECT_EQ(in.substr(b, e - b).rfind("A body", 0), 0u);
  auto dropped = doc["dropped"].get_array().value();
  ASSERT_EQ(dropped.size(), 2u);
  EXPECT_EQ(std::string_view(dropped.at(0)["reason"].get_string().value()),
            "duplicate");
  EXPECT_EQ(dropped.at(0)["duplicate_of_lines"].at(0).get_int64().value(), 1);
  EXPECT_EQ(std::string_view(dropped.at(1)["reason"].get_string().value()),
            "boilerplate");
  // The title's lone opening mark is reported.
  auto quotes = doc["unbalanced_quotes"].get_array().value();
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_TRUE(quotes.at(0)["opening"].get_bool().value());
}

}  // namespace
}  // namespace khabar
