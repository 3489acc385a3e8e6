// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "clean/html_hints.h"

#include "gtest/gtest.h"

namespace khabar {
namespace {

TEST(HtmlHintsTest, EmbeddedTableLoads) {
  EXPECT_GT(HtmlHints::Default().patterns().size(), 100u);
}

TEST(HtmlHintsTest, ClassifiesCommonNames) {
  const HtmlHints& h = HtmlHints::Default();
  EXPECT_TRUE(h.Classify("post-comments clearfix", "") & kHintComment);
  EXPECT_TRUE(h.Classify("", "disqus_thread") & kHintComment);
  EXPECT_TRUE(h.Classify("share-buttons", "") & kHintShare);
  EXPECT_TRUE(h.Classify("Related-Articles", "") & kHintRelated);
  EXPECT_TRUE(h.Classify("cookie-banner", "") & kHintConsent);
  EXPECT_TRUE(h.Classify("entry-content", "") & kHintContent);
  EXPECT_TRUE(h.Classify("content", "") & kHintWeakContent);
  EXPECT_TRUE(h.Classify("top-ad", "") & kHintAd);
  EXPECT_TRUE(h.Classify("widget widget_text", "") & kHintSidebar);
}

TEST(HtmlHintsTest, ShortNamesMatchOnlyAsWholeParts) {
  const HtmlHints& h = HtmlHints::Default();
  EXPECT_FALSE(h.Classify("header-shadow load", "") & kHintAd);
  EXPECT_FALSE(h.Classify("kb-tip-print-step", "") & kHintShare);
  EXPECT_FALSE(h.Classify("elementor-widget-container", "") & kHintSidebar);
  EXPECT_FALSE(h.Classify("field--label-hidden", "") & kHintHidden);
  EXPECT_TRUE(h.Classify("sr-only", "") & kHintHidden);
}

TEST(HtmlHintsTest, TaxonomyAndStateClassesSayNothing) {
  const HtmlHints& h = HtmlHints::Default();
  EXPECT_EQ(h.Classify("tag-comments category-social-media has-sidebar", ""),
            0u);
}

TEST(HtmlHintsTest, ParseRejectsBadRows) {
  EXPECT_TRUE(HtmlHints::Parse("# c\ncomment\tsubstr\tfoo\tnote\n", "t").ok());
  EXPECT_FALSE(HtmlHints::Parse("nonsense\tsubstr\tfoo\n", "t").ok());
  EXPECT_FALSE(HtmlHints::Parse("comment\tfuzzy\tfoo\n", "t").ok());
  EXPECT_FALSE(HtmlHints::Parse("comment\tsubstr\tFoo\n", "t").ok());
  EXPECT_FALSE(HtmlHints::Parse("comment\tsubstr\n", "t").ok());
  EXPECT_FALSE(HtmlHints::Parse("comment\tprefix\tfoo\n", "t").ok());
}

}  // namespace
}  // namespace khabar
