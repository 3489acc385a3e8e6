// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Coordinated persons (src/ner/ner_consistency.h, SplitCoordinatedNames):
// the rule in the tagger on SaudiNewsNet sentences, with the committed
// models.

#include <string>
#include <tuple>
#include <vector>

#include "gtest/gtest.h"
#include "khabar/ner.h"
#include "tag_text.h"

namespace khabar::ner {
namespace {

// SaudiNewsNet sentences (2015).
const std::string k_bush_text =
    "\u0648\u0627\u0644\u0645\u0635\u0644\u062d\u0629 "
    "\u0627\u0644\u0623\u0645\u0631\u064a\u0643\u064a\u0629 "
    "\u0641\u064a \u0639\u0635\u0631 \u0628\u0648\u0634 "
    "\u0648\u0623\u0648\u0628\u0627\u0645\u0627.";
const std::string k_bush = "\u0628\u0648\u0634";
const std::string k_obama = "\u0623\u0648\u0628\u0627\u0645\u0627";
const std::string k_singers_text =
    "\u0628\u0639\u0643\u0633 \u0639\u0628\u062f "
    "\u0627\u0644\u0645\u062c\u064a\u062f \u0639\u0628\u062f "
    "\u0627\u0644\u0644\u0647 \u0648\u0631\u0627\u0628\u062d "
    "\u0635\u0642\u0631 \u0648\u0631\u0627\u0634\u062f "
    "\u0627\u0644\u0645\u0627\u062c\u062f\u060c "
    "\u0645\u0639\u062a\u0628\u0631\u0627 \u0623\u0646\u0647\u0645 "
    "\u0645\u063a\u0646\u0648\u0646 \u0641\u0642\u0637.";
const std::string k_abdulmajeed =
    "\u0639\u0628\u062f \u0627\u0644\u0645\u062c\u064a\u062f "
    "\u0639\u0628\u062f \u0627\u0644\u0644\u0647";
const std::string k_rabeh = "\u0631\u0627\u0628\u062d \u0635\u0642\u0631";
const std::string k_players_text =
    "\u0645\u0646 \u0623\u062d\u0645\u062f \u0639\u064a\u062f "
    "\u0639\u0628\u062f \u0627\u0644\u0645\u0644\u0643\u060c "
    "\u0648\u0627\u0646\u062a\u0642\u0644 "
    "\u0645\u0635\u0637\u0641\u0649 \u0641\u062a\u062d\u064a "
    "\u0644\u0644\u0646\u0627\u062d\u064a\u0629 "
    "\u0627\u0644\u064a\u0645\u0646\u0649 \u0647\u0631\u0628\u0627 "
    "\u0645\u0646 \u0631\u0642\u0627\u0628\u0629 "
    "\u0648\u0644\u064a\u062f \u0633\u0644\u064a\u0645\u0627\u0646 "
    "\u0648\u0634\u0631\u064a\u0641 \u062d\u0627\u0632\u0645.";
const std::string k_walid =
    "\u0648\u0644\u064a\u062f \u0633\u0644\u064a\u0645\u0627\u0646";
const std::string k_sharif =
    "\u0634\u0631\u064a\u0641 \u062d\u0627\u0632\u0645";
const std::string k_wolfowitz_text =
    "\u0628\u0645\u0627 \u0641\u064a \u0630\u0644\u0643 "
    "\u0628\u0648\u0644 "
    "\u0648\u0648\u0644\u0641\u0648\u064a\u062a\u0632 "
    "\u0623\u062d\u062f "
    "\u0627\u0644\u0645\u062d\u0627\u0641\u0638\u064a\u0646 "
    "\u0627\u0644\u062c\u062f\u062f "
    "\u0648\u0645\u0647\u0646\u062f\u0633 "
    "\u0627\u0644\u062d\u0631\u0628 \u0639\u0644\u0649 "
    "\u0627\u0644\u0639\u0631\u0627\u0642.";
const std::string k_wolfowitz =
    "\u0628\u0648\u0644 "
    "\u0648\u0648\u0644\u0641\u0648\u064a\u062a\u0632";

std::vector<std::string> Mentions(const std::string& text, bool split) {
  NerTaggerOptions options;
  options.coordinated_names = split;
  return testing::TagText(text, options);
}

std::string Per(const std::string& name) { return name + "\tPER"; }

TEST(NerCoordinatedNamesTest, TwoPersonsJoinedByWaAreTwoMentions) {
  for (const auto& [text, first, second] :
       {std::tuple{k_bush_text, k_bush, k_obama},
        std::tuple{k_singers_text, k_abdulmajeed, k_rabeh},
        std::tuple{k_players_text, k_walid, k_sharif}}) {
    const std::vector<std::string> split = Mentions(text, true);
    EXPECT_TRUE(testing::HasMention(split, Per(first))) << first;
    EXPECT_TRUE(testing::HasMention(split, Per(second))) << second;
    // The tagger alone reads one person.
    const std::vector<std::string> joined = Mentions(text, false);
    EXPECT_TRUE(testing::HasMention(joined, Per(first + " \u0648" + second)))
        << first;
  }
}

TEST(NerCoordinatedNamesTest, ANameThatStartsWithWawStaysWhole) {
  // "bul wulfuwitz" (Paul Wolfowitz): "ulfuwitz" is no word of raw news.
  EXPECT_TRUE(
      testing::HasMention(Mentions(k_wolfowitz_text, true), Per(k_wolfowitz)));
}

}  // namespace
}  // namespace khabar::ner
