// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "io/json_writer.h"

#include <cstdint>
#include <limits>
#include <random>
#include <string>

#include "gtest/gtest.h"
#include "khabar/document_json.h"
#include "khabar/jsonl.h"
#include "khabar/utf8.h"

namespace khabar {
namespace {

std::string Json(std::string_view s) {
  std::string out;
  AppendJsonString(s, &out);
  return out;
}

TEST(AppendJsonStringTest, QuotesPlainAscii) {
  EXPECT_EQ(Json(""), "\"\"");
  EXPECT_EQ(Json("abc"), "\"abc\"");
  EXPECT_EQ(Json("a longer ascii string, past eight bytes."),
            "\"a longer ascii string, past eight bytes.\"");
}

TEST(AppendJsonStringTest, AppendsToExistingContent) {
  std::string out = "x=";
  AppendJsonString("y", &out);
  EXPECT_EQ(out, "x=\"y\"");
}

TEST(AppendJsonStringTest, EscapesQuoteBackslashAndControls) {
  EXPECT_EQ(Json("a\"b"), "\"a\\\"b\"");
  EXPECT_EQ(Json("a\\b"), "\"a\\\\b\"");
  EXPECT_EQ(Json("\n\t\r\b\f"), "\"\\n\\t\\r\\b\\f\"");
  EXPECT_EQ(Json(std::string_view("\x01\x1f\0", 3)),
            "\"\\u0001\\u001f\\u0000\"");
  // DEL and '/' need no escape.
  EXPECT_EQ(Json("\x7f/"), "\"\x7f/\"");
}

TEST(AppendJsonStringTest, EscapesInsideLongSafeRuns) {
  // Specials at every position of an 8-byte word.
  for (size_t pos = 0; pos < 20; ++pos) {
    std::string in(20, 'a');
    in[pos] = '"';
    std::string expected =
        "\"" + in.substr(0, pos) + "\\\"" + in.substr(pos + 1) + "\"";
    EXPECT_EQ(Json(in), expected) << pos;
    in[pos] = '\n';
    expected = "\"" + in.substr(0, pos) + "\\n" + in.substr(pos + 1) + "\"";
    EXPECT_EQ(Json(in), expected) << pos;
  }
}

TEST(AppendJsonStringTest, KeepsWellFormedUtf8) {
  const std::string arabic = "\u0627\u0644\u062e\u0628\u0631";  // al-khabar
  EXPECT_EQ(Json(arabic), "\"" + arabic + "\"");
  const std::string emoji = "\U0001F600 \u20AC";
  EXPECT_EQ(Json(emoji), "\"" + emoji + "\"");
}

TEST(AppendJsonStringTest, ReplacesIllFormedUtf8) {
  const std::string fffd = "\xEF\xBF\xBD";
  EXPECT_EQ(Json("a\xff"
                 "b"),
            "\"a" + fffd + "b\"");
  // A truncated two-byte sequence at the end.
  EXPECT_EQ(Json("ab\xd8"), "\"ab" + fffd + "\"");
  // Overlong encoding: two maximal subparts, two U+FFFD.
  EXPECT_EQ(Json("\xc0\xaf"), "\"" + fffd + fffd + "\"");
  // An encoded surrogate: three.
  EXPECT_EQ(Json("\xed\xa0\x80"), "\"" + fffd + fffd + fffd + "\"");
  // A lead byte followed by ASCII keeps the ASCII.
  EXPECT_EQ(Json("\xe0\xa4x"), "\"" + fffd + "x\"");
}

TEST(AppendJsonStringTest, RoundTripsThroughTheJsonlReader) {
  std::mt19937 rng(12345);
  const std::string alphabet[] = {"a",
                                  " ",
                                  "\"",
                                  "\\",
                                  "\n",
                                  "\x01",
                                  "\u0645",
                                  "\u0644",
                                  "\U0001F600",
                                  "\xff",
                                  "\xd9",
                                  "\x80",
                                  std::string(1, '\0')};
  for (int iteration = 0; iteration < 2000; ++iteration) {
    std::string in;
    const size_t parts = rng() % 40;
    for (size_t i = 0; i < parts; ++i) {
      in += alphabet[rng() % (sizeof(alphabet) / sizeof(alphabet[0]))];
    }
    std::string line = "{\"text\":";
    AppendJsonString(in, &line);
    line += "}";
    ASSERT_EQ(FindInvalidUtf8(line), std::string_view::npos) << line;
    StatusOr<TextRecord> record = ParseTextRecord(line);
    ASSERT_TRUE(record.ok()) << record.status().ToString() << " " << line;
    EXPECT_EQ(record->text, ReplaceInvalidUtf8(in));
  }
}

TEST(JsonWriterTest, WritesCommasAndColons) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("a").Int(1);
  w.Key("b").BeginArray().Int(1).Int(2);
  w.BeginObject().Key("c").Bool(true).EndObject();
  w.BeginArray().EndArray();
  w.EndArray();
  w.Key("d").Null();
  w.Key("e").BeginObject().EndObject();
  w.Key("f").String("x");
  w.EndObject();
  EXPECT_EQ(out,
            "{\"a\":1,\"b\":[1,2,{\"c\":true},[]],\"d\":null,\"e\":{},"
            "\"f\":\"x\"}");
  EXPECT_EQ(w.depth(), 0);
}

TEST(JsonWriterTest, WritesNumberExtremes) {
  std::string out;
  JsonWriter w(&out);
  w.BeginArray()
      .Int(std::numeric_limits<int64_t>::min())
      .Int(-5)
      .Uint(0)
      .Uint(std::numeric_limits<uint64_t>::max())
      .Bool(false)
      .EndArray();
  EXPECT_EQ(out, "[-9223372036854775808,-5,0,18446744073709551615,false]");
}

TEST(JsonWriterTest, TopLevelValuesAreCommaSeparated) {
  // Several top-level values (as in a JSON array body built piecewise).
  std::string out;
  JsonWriter w(&out);
  w.Int(1).Int(2);
  EXPECT_EQ(out, "1,2");
}

TEST(JsonWriterTest, RawValueAndEscapedKeys) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Key("k\"1").RawValue("[1,2]").Key("k2").RawValue("{}");
  w.EndObject();
  EXPECT_EQ(out, "{\"k\\\"1\":[1,2],\"k2\":{}}");
}

TEST(JsonWriterTest, SafeKeyWritesLikeKey) {
  std::string a;
  std::string b;
  JsonWriter wa(&a);
  JsonWriter wb(&b);
  wa.BeginObject().Key("b").Int(1).Key("text").String("x").EndObject();
  wb.BeginObject().SafeKey("b").Int(1).SafeKey("text").String("x").EndObject();
  EXPECT_EQ(a, b);
  EXPECT_EQ(b, "{\"b\":1,\"text\":\"x\"}");
  EXPECT_TRUE(JsonWriter::IsSafeKey("segments"));
  EXPECT_FALSE(JsonWriter::IsSafeKey("a\"b"));
  EXPECT_FALSE(JsonWriter::IsSafeKey("a\nb"));
  EXPECT_FALSE(JsonWriter::IsSafeKey("\u0627"));
}

}  // namespace
}  // namespace khabar
