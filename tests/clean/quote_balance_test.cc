// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "clean/quote_balance.h"

#include <gtest/gtest.h>

#include "khabar/normalizer.h"

namespace khabar {
namespace {

std::vector<UnbalancedQuote> Find(std::string_view block, uint32_t begin) {
  auto n = Normalizer::Create(
      NormalizerOptions::ForLevel(NormalizationLevel::kDisplay));
  EXPECT_TRUE(n.ok());
  NormalizedText d;
  EXPECT_TRUE((*n)->Normalize(block, &d).ok());
  std::vector<UnbalancedQuote> out;
  FindUnbalancedQuotes(7, begin, d, &out);
  return out;
}

TEST(QuoteBalanceTest, BalancedMixedMarksReportNothing) {
  EXPECT_TRUE(
      Find("He said: \"one \xE2\x80\x9Ctwo\xE2\x80\x9D three\".", 0).empty());
  EXPECT_TRUE(Find("\xC2\xAB"
                   "a"
                   "\xC2\xBB and \"b\"",
                   0)
                  .empty());
}

TEST(QuoteBalanceTest, MissingClosingMarkIsAnUnbalancedOpening) {
  const std::string in = "Then: \"we will not do it.";
  auto q = Find(in, 100);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_TRUE(q[0].opening);
  EXPECT_EQ(q[0].block, 7u);
  EXPECT_EQ(q[0].span.begin, 100 + in.find('"'));
  EXPECT_EQ(q[0].span.size(), 1u);
}

TEST(QuoteBalanceTest, MissingOpeningMarkIsAnUnbalancedClosing) {
  const std::string in =
      "Iran refused because their hands are stained.\xE2\x80\x9D";
  auto q = Find(in, 0);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_FALSE(q[0].opening);
  EXPECT_EQ(in.substr(q[0].span.begin, q[0].span.size()), "\xE2\x80\x9D");
}

TEST(QuoteBalanceTest, DoubleClosingAfterNestedQuoteBalances) {
  // "... in the organization "Islamic State"". as in the seed article.
  const std::string in =
      "\"we will fight the group \xE2\x80\x9CIslamic State\xE2\x80\x9D"
      "\xE2\x80\x9D.";
  EXPECT_TRUE(Find(in, 0).empty());
}

}  // namespace
}  // namespace khabar
