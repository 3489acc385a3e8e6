// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "clean/html_prefilter.h"

#include "gtest/gtest.h"

namespace khabar {
namespace {

TEST(HtmlPrefilterTest, RemovesScriptsStylesAndComments) {
  PrefilteredHtml out;
  PrefilterHtml(
      "<p>a</p><script>if (x<y) {}</script><!-- c --><STYLE>p{}</STYLE>"
      "<p>b</p>",
      &out);
  EXPECT_EQ(out.text, "<p>a</p><p>b</p>");
  // "<p>b</p>" starts at filtered 8 and at input 64.
  EXPECT_EQ(out.map.ToOriginalBegin(8), 64u);
  EXPECT_EQ(out.map.ToOriginalEnd(8), 8u);
}

TEST(HtmlPrefilterTest, StrayQuoteInATagDoesNotHideTheDocument) {
  PrefilteredHtml out;
  PrefilterHtml("<script src=\"a.js\" \" type=\"t\"></script><p>kept</p>",
                &out);
  EXPECT_EQ(out.text, "<p>kept</p>");
}

TEST(HtmlPrefilterTest, KeepsJsonLdAside) {
  PrefilteredHtml out;
  const std::string html =
      "<script type=\"application/ld+json\">{\"a\":1}</script><p>x</p>";
  PrefilterHtml(html, &out);
  ASSERT_EQ(out.json_ld.size(), 1u);
  EXPECT_EQ(out.json_ld[0], "{\"a\":1}");
  EXPECT_EQ(
      html.substr(out.json_ld_spans[0].begin, out.json_ld_spans[0].size()),
      "{\"a\":1}");
}

TEST(HtmlPrefilterTest, ReplacesInvalidUtf8AndMapsBack) {
  PrefilteredHtml out;
  PrefilterHtml(std::string("a\xFF"
                            "b\0c",
                            5),
                &out);
  EXPECT_EQ(out.text,
            "a\xEF\xBF\xBD"
            "b c");
  EXPECT_EQ(out.map.ToOriginalBegin(1), 1u);  // U+FFFD <- 0xFF
  EXPECT_EQ(out.map.ToOriginalBegin(2), 1u);
  EXPECT_EQ(out.map.ToOriginalEnd(4), 2u);
  EXPECT_EQ(out.map.ToOriginalBegin(4), 2u);  // 'b'
  EXPECT_EQ(out.map.ToOriginalBegin(6), 4u);  // 'c'
}

TEST(HtmlPrefilterTest, UnterminatedConstructsEndTheInput) {
  PrefilteredHtml out;
  PrefilterHtml("<p>a</p><!-- never closed <p>b</p>", &out);
  EXPECT_EQ(out.text, "<p>a</p>");
  PrefilterHtml("<p>a</p><script>never closed", &out);
  EXPECT_EQ(out.text, "<p>a</p>");
  PrefilterHtml("x<!-->y", &out);
  EXPECT_EQ(out.text, "xy");
}

TEST(HtmlPrefilterTest, DropsUnreadAttributesKeepsTheUsefulOnes) {
  PrefilteredHtml out;
  const std::string html =
      "<a href=\"/x\" data-x='1 > 2' class=\"c\">t</a>"
      "<link rel=\"canonical\" href=\"/c\"><img src=a.jpg alt=\"A\">";
  PrefilterHtml(html, &out);
  EXPECT_EQ(out.text,
            "<a class=\"c\">t</a><link rel=\"canonical\" href=\"/c\">"
            "<img alt=\"A\">");
  // The text 't' still maps to its input byte.
  const size_t t = out.text.find('t');
  EXPECT_EQ(html[out.map.ToOriginalBegin(static_cast<uint32_t>(t))], 't');
}

TEST(HtmlPrefilterTest, CollapsesWhitespaceRunsAndMapsBack) {
  PrefilteredHtml out;
  const std::string html = "<p>a   \n\t  b</p>";
  PrefilterHtml(html, &out);
  EXPECT_EQ(out.text, "<p>a b</p>");
  EXPECT_EQ(out.map.ToOriginalBegin(5), html.find('b'));
  EXPECT_EQ(out.map.ToOriginalEnd(6), html.find('b') + 1);
}

}  // namespace
}  // namespace khabar
