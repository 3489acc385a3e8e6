// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "clean/boilerplate.h"

#include <gtest/gtest.h>

#include "clean/block_facts.h"

namespace khabar {
namespace {

std::unique_ptr<const Normalizer> Search() {
  auto n = Normalizer::Create(
      NormalizerOptions::ForLevel(NormalizationLevel::kSearch));
  EXPECT_TRUE(n.ok());
  return std::move(*n);
}

BlockFacts Facts(const Normalizer& search, std::string_view text) {
  BlockFacts f;
  NormalizedText scratch;
  EXPECT_TRUE(ComputeBlockFacts(search, text, &scratch, &f).ok());
  return f;
}

TEST(BoilerplateTest, BuiltinTableParses) {
  auto search = Search();
  auto p = BoilerplatePatterns::Builtin(*search);
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_GT(p->size(), 50u);
}

TEST(BoilerplateTest, PrefixMatchesWholeWordsOnly) {
  auto search = Search();
  auto p = BoilerplatePatterns::Parse("prefix\ten\tshare this\tshare bar\n",
                                      *search);
  ASSERT_TRUE(p.ok());
  EXPECT_NE(p->Match(Facts(*search, "Share this article")), nullptr);
  EXPECT_NE(p->Match(Facts(*search, "SHARE THIS!")), nullptr);
  EXPECT_EQ(p->Match(Facts(*search, "Share thistle seeds")), nullptr);
  EXPECT_EQ(p->Match(Facts(*search, "We share this view.")), nullptr);
}

TEST(BoilerplateTest, ContainsIsLimitedToShortBlocks) {
  auto search = Search();
  auto p = BoilerplatePatterns::Parse(
      "contains\ten\tall rights reserved\tcopyright line\n", *search);
  ASSERT_TRUE(p.ok());
  EXPECT_NE(
      p->Match(Facts(*search, "(c) 2015 Example Ltd. All rights reserved.")),
      nullptr);
  std::string long_text = "The company said that";
  for (int i = 0; i < 30; ++i) long_text += " word";
  long_text += " all rights reserved in the deal.";
  EXPECT_EQ(p->Match(Facts(*search, long_text)), nullptr);
}

TEST(BoilerplateTest, MalformedTablesAreErrors) {
  auto search = Search();
  EXPECT_FALSE(BoilerplatePatterns::Parse("exact\ten\n", *search).ok());
  EXPECT_FALSE(
      BoilerplatePatterns::Parse("sometimes\ten\tx\treason\n", *search).ok());
  EXPECT_FALSE(
      BoilerplatePatterns::Parse("exact\ten\t!!!\treason\n", *search).ok());
  EXPECT_TRUE(BoilerplatePatterns::Parse("# only a comment\n\n", *search).ok());
}

TEST(BoilerplateTest, ScoreRisesWithShortnessLinksAndPosition) {
  BlockFacts prose;
  prose.words = 25;
  prose.terminal_punctuation = true;
  BlockFacts label;
  label.words = 2;
  label.terminal_punctuation = false;
  EXPECT_LT(BoilerplateScore(prose, true), kBoilerplateScoreThreshold);
  EXPECT_LT(BoilerplateScore(label, false), kBoilerplateScoreThreshold);
  EXPECT_GE(BoilerplateScore(label, true), kBoilerplateScoreThreshold);
  BlockFacts links = label;
  links.words = 6;
  links.link_density = 1.0f;
  EXPECT_GE(BoilerplateScore(links, false), kBoilerplateScoreThreshold);
}

}  // namespace
}  // namespace khabar
