// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The duplicate rules on their own (the golden table in cleaner_test covers
// them on Arabic articles through the Cleaner).

#include "clean/duplicates.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clean/block_facts.h"
#include "khabar/normalizer.h"

namespace khabar {
namespace {

// An article whose blocks are `lines`; block 0 is the title.
struct Fixture {
  explicit Fixture(const std::vector<std::string>& lines) {
    auto search = Normalizer::Create(
        NormalizerOptions::ForLevel(NormalizationLevel::kSearch));
    EXPECT_TRUE(search.ok());
    NormalizedText scratch;
    for (const std::string& line : lines) {
      Block b;
      b.text = line;
      b.line = static_cast<uint32_t>(article.blocks.size() + 1);
      article.blocks.push_back(b);
      BlockFacts f;
      EXPECT_TRUE(ComputeBlockFacts(**search, line, &scratch, &f).ok());
      state.facts.push_back(f);
    }
    article.title = 0;
    article.blocks[0].role = PartRole::kTitle;
    state.article = &article;
  }
  // "P", "T" or "dup:i,j" (0-based block indices) per block.
  std::string Roles() {
    MarkDuplicates(&state);
    std::string out;
    for (const Block& b : article.blocks) {
      if (!out.empty()) out += ' ';
      if (b.role == PartRole::kTitle) {
        out += 'T';
      } else if (b.role == PartRole::kDropped) {
        out += "dup:";
        for (size_t k = 0; k < b.duplicate_of.size(); ++k) {
          out += (k ? "," : "") + std::to_string(b.duplicate_of[k]);
        }
      } else {
        out += 'P';
      }
    }
    return out;
  }
  Article article;
  CleaningState state;
};

const std::string kLong1 =
    "The council approved the new budget on Monday after a long debate.";
const std::string kLong2 =
    "Opposition members said the plan cuts too deeply into school funding.";

TEST(DuplicatesTest, TitleRepeatedWithOtherCaseAndPunctuation) {
  Fixture f({"Council approves budget", "COUNCIL APPROVES BUDGET!", kLong1});
  EXPECT_EQ(f.Roles(), "T dup:0 P");
}

TEST(DuplicatesTest, RepeatUpToSpacingAndQuotesKeepsTheFirst) {
  Fixture f({"Title", kLong1, kLong2,
             "The council  approved the \"new\" budget on Monday after a long "
             "debate"});
  EXPECT_EQ(f.Roles(), "T P P dup:1");
}

TEST(DuplicatesTest, CopyAboveTheTitleYieldsToTheBodyCopy) {
  Fixture f({kLong1, "Title of the story", kLong1});
  f.article.blocks[0].role = PartRole::kParagraph;
  f.article.blocks[1].role = PartRole::kTitle;
  f.article.title = 1;
  EXPECT_EQ(f.Roles(), "dup:2 T P");
}

TEST(DuplicatesTest, TwoParagraphsJoinedAreOneDuplicateOfBoth) {
  Fixture f({"Title", kLong1 + " " + kLong2, kLong1, kLong2});
  EXPECT_EQ(f.Roles(), "T dup:2,3 P P");
}

TEST(DuplicatesTest, TeaserEqualToTheStartOfAParagraph) {
  Fixture f({"Title", "The council approved the new budget on Monday",
             kLong1 + " " + kLong2});
  EXPECT_EQ(f.Roles(), "T dup:2 P");
}

TEST(DuplicatesTest, DifferentTextsStayApart) {
  // Same start, different end; a short prefix; one word changed.
  Fixture f({"Title", kLong1,
             "The council approved the new budget on Monday after a short "
             "debate.",
             "The council approved.",
             "The council rejected the new budget on Monday after a long "
             "debate."});
  EXPECT_EQ(f.Roles(), "T P P P P");
}

TEST(DuplicatesTest, ParagraphsThatDoNotFollowEachOtherAreNotJoined) {
  // kLong1 + kLong2 joined, but in the body they are not consecutive: the
  // joined block stays. kLong1 alone is the start of it, so it goes as a
  // teaser of block 1; kLong2 stays.
  Fixture f({"Title", kLong1 + " " + kLong2, kLong1,
             "A paragraph in between that breaks the run of the two.", kLong2});
  EXPECT_EQ(f.Roles(), "T P dup:1 P P");
}

}  // namespace
}  // namespace khabar
