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

// A tail pattern is found at the start of a sentence inside a block:
// after . ! ? or the Arabic question mark, closing quotation marks and a
// space; the words inside a sentence, at the block's start or without a
// space after the mark are not a tail.
TEST(BoilerplateTest, TailStartsAfterASentenceEnd) {
  auto search = Search();
  auto p = BoilerplatePatterns::Parse(
      "tail\tar\t\u0631\u0627\u0628\u0637 \u0627\u0644\u062E\u0628\u0631\t"
      "source link\n",
      *search);
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  const std::string link =
      "\u0631\u0627\u0628\u0637 \u0627\u0644\u062E\u0628\u0631 "
      "\u0628\u0635\u062D\u064A\u0641\u0629: "
      "\u0639\u0646\u0648\u0627\u0646";  // rAbT Alxbr bSHyfp: EnwAn
  const std::string said =
      "\u0642\u0627\u0644 \u0625\u0646\u0647 \u0647\u0646\u0627";
  for (const std::string& end :
       {std::string("."), std::string("!"), std::string("\u061F"),
        std::string(".\u00BB"), std::string("\u201D."),
        std::string(".\u201D")}) {
    const std::string text = said + end + "  " + link;
    EXPECT_EQ(p->TailStart(text, *search), text.size() - link.size()) << end;
  }
  // Its own line: a prefix, not a tail (the block pattern drops it).
  EXPECT_NE(p->Match(Facts(*search, link)), nullptr);
  EXPECT_EQ(p->TailStart(link, *search), std::string_view::npos);
  // Inside a sentence, or glued to the mark.
  EXPECT_EQ(p->TailStart(said + " " + link, *search), std::string_view::npos);
  EXPECT_EQ(p->TailStart(said + "." + link, *search), std::string_view::npos);
  // The same words with a longer word after: whole words only.
  EXPECT_EQ(p->TailStart(said + ". \u0631\u0627\u0628\u0637 "
                                "\u0627\u0644\u062E\u0628\u0631\u064A\u0646",
                         *search),
            std::string_view::npos);
}

// SplitBoilerplateEdges cuts the block before the tail, without the spaces
// between, and gives the tail the rest of the line.
TEST(BoilerplateTest, SplitTailsCutsTheBlock) {
  auto search = Search();
  auto p = BoilerplatePatterns::Builtin(*search);
  ASSERT_TRUE(p.ok());
  const std::string para =
      "\u0642\u0627\u0644 \u0625\u0646\u0647 \u0647\u0646\u0627.";
  const std::string link =
      "\u0631\u0627\u0628\u0637 \u0627\u0644\u062E\u0628\u0631: "
      "\u0639\u0646\u0648\u0627\u0646";
  const std::string input =
      "\u0639\u0646\u0648\u0627\u0646\n" + para + " " + link;
  std::vector<Block> blocks(2);
  blocks[0].span = {0, 10};
  blocks[0].line = 1;
  blocks[1].span = {11, static_cast<uint32_t>(input.size())};
  blocks[1].line = 2;
  SplitBoilerplateEdges(*p, *search, input, &blocks);
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(input.substr(blocks[1].span.begin, blocks[1].span.size()), para);
  EXPECT_EQ(input.substr(blocks[2].span.begin, blocks[2].span.size()), link);
  EXPECT_EQ(blocks[2].line, 2u);
}

// An "end" pattern (SaudiNewsNet 2015-08-06/129 and 1,681 more articles:
// the site's tags after the story, "simat" and the tags): cut off the
// block when the words from it to the block's end read as a label (at
// most 40, no final mark at the end); a sentence with the same first word
// ("simat al-tamayyuz ...", traits of a man, ending with a period) stays,
// inside a block or as a block of its own.
TEST(BoilerplateTest, AnEndPatternCutsALabelOnly) {
  auto search = Search();
  auto p = BoilerplatePatterns::Builtin(*search);
  ASSERT_TRUE(p.ok());
  const std::string k_story =
      "\u0648\u0630\u0644\u0643 \u062e\u0644\u0627\u0644 "
      "\u0623\u062f\u0627\u0626\u0647\u0645 "
      "\u0635\u0644\u0627\u0629 \u0627\u0644\u0638\u0647\u0631 "
      "\u062c\u0645\u0627\u0639\u0629 .";
  const std::string k_tags =
      "\u0633\u0645\u0627\u062a "
      "\u0627\u0633\u062a\u0647\u062f\u0627\u0641 "
      "\u0627\u0644\u062f\u0627\u062e\u0644\u064a\u0629 "
      "\u0627\u0644\u0631\u064a\u0627\u0636 "
      "\u062a\u0641\u062c\u064a\u0631 \u0639\u0633\u064a\u0631";
  const std::string k_traits =
      "\u0633\u0645\u0627\u062a "
      "\u0627\u0644\u062a\u0645\u064a\u0651\u0632 "
      "\u0648\u0627\u0644\u0631\u064a\u0627\u062f\u0629 "
      "\u0641\u064a \u0634\u062e\u0635\u064a\u0629 "
      "\u0627\u0644\u0633\u062f\u064a\u0631\u064a "
      "\u0645\u0646\u0648\u0639\u0629 "
      "\u0648\u0645\u0624\u062b\u0631\u0629\u060c "
      "\u0648\u0647\u064a \u0623\u0643\u0628\u0631 \u0645\u0646 "
      "\u0623\u0646 \u062a\u062d\u0635\u0649 \u0641\u064a "
      "\u0633\u0637\u0648\u0631 \u0642\u0644\u064a\u0644\u0629 "
      "\u0639\u0627\u0628\u0631\u0629.";

  const std::string tagged = k_story + " " + k_tags;
  EXPECT_EQ(p->TailStart(tagged, *search), tagged.size() - k_tags.size());
  EXPECT_NE(p->Match(Facts(*search, k_tags)), nullptr);
  const std::string traits = k_story + " " + k_traits;
  EXPECT_EQ(p->TailStart(traits, *search), std::string_view::npos);
  EXPECT_EQ(p->Match(Facts(*search, k_traits)), nullptr);
  // Longer than a label: 41 words.
  std::string long_tags = k_tags;
  for (int i = 0; i < 35; ++i) long_tags += " \u0639\u0633\u064A\u0631";
  EXPECT_EQ(p->TailStart(k_story + " " + long_tags, *search),
            std::string_view::npos);
  EXPECT_EQ(p->Match(Facts(*search, long_tags)), nullptr);
}

// SaudiNewsNet, 270 articles of one source (2015-07-24/34): a pager's
// labels before the byline on the first line ("Next Previous <U+00A0>
// byline"). SplitBoilerplateEdges gives the labels a block of their own,
// which the head pattern drops, and keeps the byline; the labels alone are
// dropped; the same words inside a line, or a longer first word, are not
// cut.
TEST(BoilerplateTest, SplitHeadsCutsThePagerLabelsOff) {
  auto search = Search();
  auto p = BoilerplatePatterns::Builtin(*search);
  ASSERT_TRUE(p.ok());
  const std::string byline =
      "\u0639\u064A\u0646 \u0627\u0644\u064A\u0648\u0645 \u2013 "
      "\u0648\u0627\u0633";
  const std::string labels = "Next Previous";
  const std::string input = labels + " \u00A0" + byline + "\n" + byline;
  std::vector<Block> blocks(2);
  blocks[0].span = {0, static_cast<uint32_t>(input.find('\n'))};
  blocks[0].line = 1;
  blocks[1].span = {blocks[0].span.end + 1,
                    static_cast<uint32_t>(input.size())};
  blocks[1].line = 2;
  SplitBoilerplateEdges(*p, *search, input, &blocks);
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(input.substr(blocks[0].span.begin, blocks[0].span.size()), labels);
  EXPECT_EQ(input.substr(blocks[1].span.begin, blocks[1].span.size()), byline);
  EXPECT_EQ(blocks[1].line, 1u);
  EXPECT_EQ(input.substr(blocks[2].span.begin, blocks[2].span.size()), byline);
  EXPECT_NE(p->Match(Facts(*search, labels)), nullptr);
  EXPECT_EQ(p->Match(Facts(*search, byline)), nullptr);
  EXPECT_EQ(p->HeadEnd(labels, *search), std::string_view::npos);
  EXPECT_EQ(p->HeadEnd(byline + " " + labels, *search), std::string_view::npos);
  EXPECT_EQ(p->HeadEnd("Next Previously " + byline, *search),
            std::string_view::npos);
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
