// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/utf8.h"

#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"

namespace khabar {
namespace {

using std::string_view_literals::operator""sv;

// Decodes all of `text` and returns the code points.
std::u32string DecodeAll(std::string_view text) {
  std::u32string out;
  for (size_t i = 0; i < text.size();) {
    const DecodedChar c = DecodeUtf8(text, i);
    EXPECT_GE(c.length, 1u);
    out.push_back(c.code_point);
    i += c.length;
  }
  return out;
}

TEST(Utf8Test, DecodesOneToFourByteCharacters) {
  // "a", ALEF (U+0627), EURO SIGN (U+20AC), GRINNING FACE (U+1F600).
  const std::string_view text = "a\xD8\xA7\xE2\x82\xAC\xF0\x9F\x98\x80";
  DecodedChar c = DecodeUtf8(text, 0);
  EXPECT_EQ(c.code_point, U'a');
  EXPECT_EQ(c.length, 1u);
  EXPECT_TRUE(c.valid);
  c = DecodeUtf8(text, 1);
  EXPECT_EQ(c.code_point, U'\u0627');
  EXPECT_EQ(c.length, 2u);
  EXPECT_TRUE(c.valid);
  c = DecodeUtf8(text, 3);
  EXPECT_EQ(c.code_point, U'\u20AC');
  EXPECT_EQ(c.length, 3u);
  EXPECT_TRUE(c.valid);
  c = DecodeUtf8(text, 6);
  EXPECT_EQ(c.code_point, U'\U0001F600');
  EXPECT_EQ(c.length, 4u);
  EXPECT_TRUE(c.valid);
}

TEST(Utf8Test, DecodesBoundaryCodePoints) {
  EXPECT_EQ(DecodeAll("\x7F"), U"\x7F");
  EXPECT_EQ(DecodeAll("\xC2\x80"), U"\x80");
  EXPECT_EQ(DecodeAll("\xDF\xBF"), U"\u07FF");
  EXPECT_EQ(DecodeAll("\xE0\xA0\x80"), U"\u0800");
  EXPECT_EQ(DecodeAll("\xED\x9F\xBF"), U"\uD7FF");
  EXPECT_EQ(DecodeAll("\xEE\x80\x80"), U"\uE000");
  EXPECT_EQ(DecodeAll("\xEF\xBF\xBF"), U"\uFFFF");
  EXPECT_EQ(DecodeAll("\xF0\x90\x80\x80"), U"\U00010000");
  EXPECT_EQ(DecodeAll("\xF4\x8F\xBF\xBF"), U"\U0010FFFF");
  EXPECT_EQ(DecodeAll("\0"sv), std::u32string(1, U'\0'));
}

struct BadCase {
  const char* name;
  std::string_view bytes;
  // Expected number of U+FFFD (maximal subparts, Unicode ch. 3).
  size_t replacements;
};

// One case per class of ill-formed UTF-8, each standing alone.
const BadCase kBadCases[] = {
    {"lone_continuation", "\x80", 1},
    {"two_continuations", "\x80\xBF", 2},
    {"overlong_two_byte", "\xC0\xAF", 2},
    {"overlong_c1", "\xC1\xBF", 2},
    {"overlong_three_byte", "\xE0\x80\xAF", 3},
    {"overlong_four_byte", "\xF0\x80\x80\xAF", 4},
    {"surrogate_high", "\xED\xA0\x80", 3},
    {"surrogate_low", "\xED\xBF\xBF", 3},
    {"truncated_two_byte", "\xD8", 1},
    {"truncated_three_byte", "\xE2\x82", 1},
    {"truncated_four_byte", "\xF0\x9F\x98", 1},
    {"above_max_f4", "\xF4\x90\x80\x80", 4},
    {"above_max_f5", "\xF5\x80\x80\x80", 4},
    {"byte_ff", "\xFF", 1},
};

TEST(Utf8Test, EachIllFormedClassReadsAsReplacementCharacters) {
  for (const BadCase& c : kBadCases) {
    const std::u32string decoded = DecodeAll(c.bytes);
    EXPECT_EQ(decoded, std::u32string(c.replacements, kReplacementCharacter))
        << c.name;
    EXPECT_FALSE(DecodeUtf8(c.bytes, 0).valid) << c.name;
  }
}

TEST(Utf8Test, FindInvalidNamesTheFirstBadByte) {
  for (const BadCase& c : kBadCases) {
    // Put the bad bytes after 19 ASCII bytes (past the 8-byte fast path)
    // and an Arabic letter, and before more valid text.
    std::string text = "abcdefghijklmnopqrs\xD8\xA8";
    const size_t offset = text.size();
    text.append(c.bytes);
    text += " \xD8\xA8";
    EXPECT_EQ(FindInvalidUtf8(text), offset) << c.name;
    const Status s = ValidateUtf8(text);
    EXPECT_EQ(s.code(), StatusCode::kDataLoss) << c.name;
    EXPECT_EQ(s.message(), "invalid UTF-8 at byte " + std::to_string(offset))
        << c.name;
  }
}

TEST(Utf8Test, ValidTextValidates) {
  const std::string_view text =
      "\xD8\xA3\xD9\x85\xD9\x8A\xD8\xB1\xD9\x83\xD8\xA7 1979. "
      "\xF0\x9F\x98\x80";
  EXPECT_EQ(FindInvalidUtf8(text), std::string_view::npos);
  EXPECT_TRUE(ValidateUtf8(text).ok());
  EXPECT_TRUE(ValidateUtf8("").ok());
  EXPECT_EQ(ReplaceInvalidUtf8(text), text);
}

TEST(Utf8Test, ReplacesMaximalSubpartsLikeTheUnicodeStandard) {
  // The example of the Unicode Standard, ch. 3 ("U+FFFD Substitution of
  // Maximal Subparts"): 61 F1 80 80 E1 80 C2 62 80 63 80 BF 64.
  const std::string_view in =
      "\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64";
  EXPECT_EQ(ReplaceInvalidUtf8(in),
            "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"
            "b\xEF\xBF\xBD"
            "c\xEF\xBF\xBD\xEF\xBF\xBD"
            "d");
}

TEST(Utf8Test, ReplaceKeepsNulBytes) {
  const std::string in("a\0b\x80", 4);
  EXPECT_EQ(ReplaceInvalidUtf8(in), std::string("a\0b\xEF\xBF\xBD", 6));
}

TEST(Utf8Test, AppendEncodesAndReplacesUnencodable) {
  std::string out;
  AppendUtf8(U'a', &out);
  AppendUtf8(U'\u0627', &out);
  AppendUtf8(U'\u20AC', &out);
  AppendUtf8(U'\U0001F600', &out);
  EXPECT_EQ(out, "a\xD8\xA7\xE2\x82\xAC\xF0\x9F\x98\x80");
  out.clear();
  AppendUtf8(0xD800, &out);
  AppendUtf8(0xDFFF, &out);
  AppendUtf8(0x110000, &out);
  EXPECT_EQ(out, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(Utf8Test, AppendThenDecodeRoundTripsEveryScalarValue) {
  std::string buf;
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    buf.clear();
    AppendUtf8(cp, &buf);
    const DecodedChar c = DecodeUtf8(buf, 0);
    ASSERT_TRUE(c.valid) << std::hex << static_cast<uint32_t>(cp);
    ASSERT_EQ(c.code_point, cp);
    ASSERT_EQ(c.length, buf.size());
  }
}

TEST(Utf8Test, BoundaryIsFalseOnlyInsideMultiByteCharacters) {
  const std::string_view text = "a\xD8\xA7\xF0\x9F\x98\x80";
  const std::vector<bool> expected = {true,  true,  false, true,
                                      false, false, false, true};
  for (size_t i = 0; i <= text.size(); ++i) {
    EXPECT_EQ(IsUtf8Boundary(text, i), expected[i]) << i;
  }
}

}  // namespace
}  // namespace khabar
