// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include <string>
#include <thread>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "khabar/jsonl.h"
#include "khabar/status.h"

namespace khabar {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(ParseTextRecordTest, ReadsIdAndText) {
  StatusOr<TextRecord> r = ParseTextRecord(R"({"id":"a1","text":"hello"})");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->id, "a1");
  EXPECT_EQ(r->text, "hello");
}

TEST(ParseTextRecordTest, UnescapesText) {
  StatusOr<TextRecord> r = ParseTextRecord(
      R"({"text":"a\nb\t\"q\"\\ \u0645\u0631 \ud83d\ude00 \u0000"})");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->text, std::string("a\nb\t\"q\"\\ \u0645\u0631 \U0001F600 ") +
                         std::string(1, '\0'));
  EXPECT_EQ(r->id, "");
}

TEST(ParseTextRecordTest, KeepsRawUtf8Text) {
  const std::string arabic = "\u0627\u0644\u062e\u0628\u0631";
  StatusOr<TextRecord> r =
      ParseTextRecord("{\"id\":\"x\",\"text\":\"" + arabic + "\"}");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->text, arabic);
}

TEST(ParseTextRecordTest, RendersNumericIdsInDecimal) {
  struct Case {
    const char* line;
    const char* id;
  } cases[] = {
      {R"({"id":42,"text":""})", "42"},
      {R"({"id":-7,"text":""})", "-7"},
      {R"({"id":18446744073709551615,"text":""})", "18446744073709551615"},
      {R"({"id":1.5,"text":""})", "1.5"},
      {R"({"id":null,"text":""})", ""},
  };
  for (const Case& c : cases) {
    StatusOr<TextRecord> r = ParseTextRecord(c.line);
    ASSERT_TRUE(r.ok()) << c.line << " " << r.status().ToString();
    EXPECT_EQ(r->id, c.id) << c.line;
  }
}

TEST(ParseTextRecordTest, IgnoresOtherFieldsAndWhitespace) {
  StatusOr<TextRecord> r = ParseTextRecord(
      " { \"meta\" : {\"a\":[1,2,{}]}, \"text\" : \"t\", \"id\" : \"i\" } "
      "\r");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->id, "i");
  EXPECT_EQ(r->text, "t");
}

TEST(ParseTextRecordTest, MissingOrNonStringTextIsInvalidArgument) {
  for (const char* line : {R"({"id":"a"})", R"({"id":"a","text":3})",
                           R"({"text":null})", R"({"text":["a"]})"}) {
    StatusOr<TextRecord> r = ParseTextRecord(line);
    ASSERT_FALSE(r.ok()) << line;
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument) << line;
    EXPECT_THAT(r.status().message(), HasSubstr("\"text\"")) << line;
  }
}

TEST(ParseTextRecordTest, BadIdTypeIsInvalidArgument) {
  StatusOr<TextRecord> r = ParseTextRecord(R"({"id":[1],"text":"a"})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(r.status().message(), HasSubstr("\"id\""));
}

TEST(ParseTextRecordTest, TruncatedLineIsDataLoss) {
  for (const char* line : {R"({"id":1,"text":"abc)", R"({"id":1,"text":"abc")",
                           R"({"id":1,"text":)", R"({"id":1,)", "{"}) {
    StatusOr<TextRecord> r = ParseTextRecord(line);
    ASSERT_FALSE(r.ok()) << line;
    EXPECT_EQ(r.status().code(), StatusCode::kDataLoss) << line;
    EXPECT_THAT(r.status().message(), HasSubstr("malformed JSON")) << line;
    EXPECT_THAT(r.status().message(), HasSubstr("truncated")) << line;
    // No raw simdjson error names.
    EXPECT_THAT(r.status().message(), Not(HasSubstr("TAPE_ERROR"))) << line;
  }
}

TEST(ParseTextRecordTest, UnclosedStringIsNamed) {
  StatusOr<TextRecord> r = ParseTextRecord(R"({"id":1,"text":"abc)");
  ASSERT_FALSE(r.ok());
  EXPECT_THAT(r.status().message(), HasSubstr("unclosed string"));
}

TEST(ParseTextRecordTest, MessagesDescribeTheProblem) {
  struct Case {
    const char* line;
    const char* reason;
  } cases[] = {
      {R"({"text":"a"} x)", "after the JSON value"},
      {R"({"text":"a"} {"text":"b"})", "after the JSON value"},
      {R"({"text" "a"})", "missing or extra comma"},
      {R"({"text":"a"}})", "after the JSON value"},
      {R"({"text":"a",})", "missing or extra comma"},
      {R"({"text":["a"}"})", "truncated"},
      {R"({"text":"a\q"})", "escape"},
      {R"({"text":tru})", "literal"},
      {"   ", "empty"},
  };
  for (const Case& c : cases) {
    StatusOr<TextRecord> r = ParseTextRecord(c.line);
    ASSERT_FALSE(r.ok()) << c.line;
    EXPECT_THAT(r.status().message(), HasSubstr(c.reason)) << c.line;
  }
}

TEST(ParseTextRecordTest, MalformedJsonIsDataLoss) {
  for (const char* line :
       {"", "   ", "not json", R"({"text":"a"} x)", R"({"text":"a",})",
        R"({"text" "a"})", R"({"text":"a\q"})", R"({"text":"\ud800"})",
        R"({"text":tru})", R"({"text":"a","n":01})"}) {
    StatusOr<TextRecord> r = ParseTextRecord(line);
    ASSERT_FALSE(r.ok()) << line;
    EXPECT_EQ(r.status().code(), StatusCode::kDataLoss) << line;
    EXPECT_THAT(r.status().message(), HasSubstr("malformed")) << line;
  }
}

TEST(ParseTextRecordTest, NonObjectIsDataLoss) {
  for (const char* line : {"[1,2]", "\"text\"", "3", "null"}) {
    StatusOr<TextRecord> r = ParseTextRecord(line);
    ASSERT_FALSE(r.ok()) << line;
    EXPECT_EQ(r.status().code(), StatusCode::kDataLoss) << line;
    EXPECT_THAT(r.status().message(), HasSubstr("not an object")) << line;
  }
}

TEST(ParseTextRecordTest, UnescapedControlCharacterIsDataLoss) {
  const std::string line("{\"text\":\"a\0b\"}", 14);
  StatusOr<TextRecord> r = ParseTextRecord(line);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kDataLoss);
  EXPECT_THAT(r.status().message(), HasSubstr("control character"));
}

TEST(ParseTextRecordTest, InvalidUtf8IsDataLossNamingTheByte) {
  StatusOr<TextRecord> r = ParseTextRecord("{\"text\":\"ab\xff\"}");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kDataLoss);
  EXPECT_THAT(r.status().message(), HasSubstr("invalid UTF-8 at byte 11"));
}

TEST(ParseTextRecordTest, TooLongLineIsResourceExhausted) {
  std::string line = "{\"text\":\"";
  line.resize(kMaxJsonlLineBytes - 2, 'a');
  line += "\"}";
  ASSERT_EQ(line.size(), kMaxJsonlLineBytes);
  StatusOr<TextRecord> ok = ParseTextRecord(line);
  ASSERT_TRUE(ok.ok()) << ok.status().ToString();
  EXPECT_EQ(ok->text.size(), kMaxJsonlLineBytes - 11);
  line.insert(9, "a");
  StatusOr<TextRecord> r = ParseTextRecord(line);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kResourceExhausted);
}

TEST(ParseTextRecordTest, LargeAndSmallLinesAlternate) {
  // Lines past the reused-parser size use a parser of their own; the reused
  // one must still work afterwards.
  const std::string big_text(3 << 20, 'x');
  for (int i = 0; i < 3; ++i) {
    StatusOr<TextRecord> big =
        ParseTextRecord("{\"id\":\"big\",\"text\":\"" + big_text + "\"}");
    ASSERT_TRUE(big.ok()) << big.status().ToString();
    EXPECT_EQ(big->text, big_text);
    StatusOr<TextRecord> small = ParseTextRecord(R"({"text":"s"})");
    ASSERT_TRUE(small.ok());
    EXPECT_EQ(small->text, "s");
  }
}

TEST(ParseTextRecordTest, IsThreadSafe) {
  std::vector<std::thread> threads;
  std::vector<int> failures(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([t, &failures] {
      for (int i = 0; i < 2000; ++i) {
        const std::string id = std::to_string(t * 10000 + i);
        StatusOr<TextRecord> r =
            ParseTextRecord("{\"id\":" + id + ",\"text\":\"t" + id + "\"}");
        if (!r.ok() || r->id != id || r->text != "t" + id) ++failures[t];
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int f : failures) EXPECT_EQ(f, 0);
}

}  // namespace
}  // namespace khabar
