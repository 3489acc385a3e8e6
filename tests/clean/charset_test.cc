// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "clean/charset.h"

#include <string>

#include "gtest/gtest.h"

namespace khabar {
namespace {

TEST(CharsetTest, CanonicalNamesFollowWhatwgLabels) {
  EXPECT_EQ(CanonicalCharsetName("UTF8"), "utf-8");
  EXPECT_EQ(CanonicalCharsetName("cp1256"), "windows-1256");
  EXPECT_EQ(CanonicalCharsetName("Windows-1256"), "windows-1256");
  EXPECT_EQ(CanonicalCharsetName("ISO-8859-6"), "iso-8859-6");
  EXPECT_EQ(CanonicalCharsetName("iso-8859-1"), "windows-1252");
  EXPECT_EQ(CanonicalCharsetName("us-ascii"), "windows-1252");
  EXPECT_EQ(CanonicalCharsetName("klingon-8"), "");
}

TEST(CharsetTest, DetectsDeclarations) {
  EXPECT_EQ(DetectHtmlCharset("<html><body>x</body></html>"), "utf-8");
  EXPECT_EQ(DetectHtmlCharset("<meta charset=\"windows-1256\">"),
            "windows-1256");
  EXPECT_EQ(DetectHtmlCharset("<META CHARSET=ISO-8859-6>"), "iso-8859-6");
  EXPECT_EQ(DetectHtmlCharset(
                "<meta http-equiv=\"Content-Type\" content=\"text/html; "
                "charset=windows-1256\">"),
            "windows-1256");
  EXPECT_EQ(DetectHtmlCharset("<?xml version=\"1.0\" encoding=\"cp1256\"?>"),
            "windows-1256");
  EXPECT_EQ(DetectHtmlCharset("\xEF\xBB\xBF<meta charset=windows-1256>"),
            "utf-8");  // the BOM wins
  EXPECT_EQ(DetectHtmlCharset("\xFF\xFE<\0h\0"), "utf-16le");
  // A declaration in ASCII cannot be UTF-16.
  EXPECT_EQ(DetectHtmlCharset("<meta charset=\"utf-16\">"), "utf-8");
  // Unknown labels and declarations past the sniffing window are ignored.
  EXPECT_EQ(DetectHtmlCharset("<meta charset=\"x-nonsense\">"), "utf-8");
  std::string late(kCharsetSniffBytes, ' ');
  late += "<meta charset=\"windows-1256\">";
  EXPECT_EQ(DetectHtmlCharset(late), "utf-8");
}

TEST(CharsetTest, ConvertsWindows1256ToUtf8) {
  // U+0633 U+0644 U+0627 U+0645 (salam) in windows-1256.
  const std::string bytes = "\xD3\xE1\xC7\xE3 ok";
  std::string out;
  ASSERT_TRUE(ConvertToUtf8(bytes, "windows-1256", &out).ok());
  EXPECT_EQ(out, "\u0633\u0644\u0627\u0645 ok");
}

TEST(CharsetTest, ConvertsIso88596AndWindows1252) {
  std::string out;
  ASSERT_TRUE(ConvertToUtf8("\xD3\xE4\xC7\xE5", "iso-8859-6", &out).ok());
  EXPECT_EQ(out, "\u0633\u0644\u0627\u0645");
  ASSERT_TRUE(ConvertToUtf8("caf\xE9 \x80", "windows-1252", &out).ok());
  EXPECT_EQ(out, "caf\u00E9 \u20AC");
}

TEST(CharsetTest, UndefinedBytesBecomeReplacementCharacters) {
  std::string out;
  // 0xA1 is not assigned in ISO-8859-6.
  ASSERT_TRUE(ConvertToUtf8("a\xA1z", "iso-8859-6", &out).ok());
  EXPECT_EQ(out, "a\uFFFDz");
}

TEST(CharsetTest, Utf16WithBomIsConverted) {
  const std::string bytes("\xFF\xFE<\0p\0>\0", 8);
  std::string out;
  ASSERT_TRUE(ConvertToUtf8(bytes, "utf-16le", &out).ok());
  EXPECT_EQ(out, "<p>");
}

TEST(CharsetTest, Utf8IsCopiedUnchangedEvenWhenInvalid) {
  std::string out;
  ASSERT_TRUE(ConvertToUtf8("ok \xFF bytes", "utf-8", &out).ok());
  EXPECT_EQ(out, "ok \xFF bytes");
}

TEST(CharsetTest, UnknownCharsetIsInvalidArgument) {
  std::string out;
  EXPECT_EQ(ConvertToUtf8("x", "klingon-8", &out).code(),
            StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace khabar
