// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Places after the noun of an administrative unit (src/ner/
// ner_consistency.h, RetypePlacesAfterUnitNouns): the rule in the tagger
// on ANT corpus sentences (Jawhara FM, Tunisia, 2015-2017; Apache 2.0,
// citation requested: data/licences/README.md), with the committed models.

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "khabar/ner.h"
#include "tag_text.h"

namespace khabar::ner {
namespace {

const std::string k_sidi_text =
    "\u0633\u064a\u062f\u064a \u0628\u0648\u0632\u064a\u062f : "
    "\u062a\u0648\u0627\u0635\u0644 \u0627\u0636\u0631\u0627\u0628 "
    "\u0627\u0644\u0642\u064a\u0645\u064a\u0646 "
    "\u0648\u0627\u0644\u0642\u064a\u0645\u064a\u0646 "
    "\u0627\u0644\u0639\u0627\u0645\u064a\u0646  "
    "\u064a\u062a\u0648\u0627\u0635\u0644 \u0645\u0646\u0630 "
    "\u064a\u0648\u0645 \u0627\u0644\u062e\u0645\u064a\u0633 "
    "\u0627\u0644\u0645\u0627\u0636\u064a "
    "\u0627\u0644\u0625\u0636\u0631\u0627\u0628 "
    "\u0627\u0644\u0645\u0641\u062a\u0648\u062d "
    "\u0627\u0644\u0630\u064a \u062f\u062e\u0644 \u0641\u064a\u0647 "
    "\u0627\u0644\u0642\u064a\u0645\u0648\u0646 "
    "\u0648\u0627\u0644\u0642\u064a\u0645\u0648\u0646 "
    "\u0627\u0644\u0639\u0627\u0645\u0648\u0646 \u0641\u064a "
    "\u0648\u0644\u0627\u064a\u0629 \u0633\u064a\u062f\u064a "
    "\u0628\u0648\u0632\u064a\u062f\u060c \u0648\u0641\u0642 "
    "\u0645\u0627 \u0623\u0643\u062f\u0647 \u0643\u0627\u062a\u0628 "
    "\u0639\u0627\u0645 \u0627\u0644\u0646\u0642\u0627\u0628\u0629 "
    "\u0627\u0644\u062c\u0647\u0648\u064a\u0629 "
    "\u0644\u0644\u0642\u064a\u0645\u064a\u0646 "
    "\u062c\u0645\u0627\u0644 "
    "\u0627\u0644\u0639\u0628\u0627\u062f\u0644 "
    "\u0644\u0648\u0643\u0627\u0644\u0629 \u062a\u0648\u0646\u0633 "
    "\u0627\u0641\u0631\u064a\u0642\u064a\u0627 "
    "\u0644\u0644\u0623\u0646\u0628\u0627\u0621.";
const std::string k_sidi =
    "\u0633\u064a\u062f\u064a \u0628\u0648\u0632\u064a\u062f";
const std::string k_hollande_text =
    "\u0648\u0628\u0627\u0644\u0645\u0642\u0627\u0631\u0646\u0629 "
    "\u0645\u0639 \u0623\u0633\u0644\u0627\u0641 "
    "\u0645\u0627\u0643\u0631\u0648\u0646 \u0641\u0623\u0646\u0647 "
    "\u0641\u064a \u0628\u062f\u0627\u064a\u0629 "
    "\u0648\u0644\u0627\u064a\u0629 "
    "\u0641\u0631\u0646\u0633\u0648\u0627 "
    "\u0647\u0648\u0644\u0627\u0646\u062f \u0628\u0644\u063a\u062a "
    "\u0646\u0633\u0628\u0629 "
    "\u0627\u0644\u0631\u0627\u0636\u064a\u0646 \u0639\u0646\u0647 "
    "61% \u0641\u064a \u0645\u0627\u064a 2012.";
const std::string k_hollande =
    "\u0641\u0631\u0646\u0633\u0648\u0627 "
    "\u0647\u0648\u0644\u0627\u0646\u062f";

const std::string k_kaafour_text =
    "\u062a\u0645\u0643\u0646\u062a \u0623\u0645\u0633 "
    "\u0627\u0644\u062c\u0645\u0639\u0629\u060c "
    "\u0641\u0631\u0642\u0629 "
    "\u0627\u0644\u0623\u0628\u062d\u0627\u062b "
    "\u0648\u0627\u0644\u062a\u0641\u062a\u064a\u0634 "
    "\u0628\u0645\u0646\u0637\u0642\u0629 "
    "\u0627\u0644\u062d\u0631\u0633 "
    "\u0627\u0644\u0648\u0637\u0646\u064a "
    "\u0628\u0642\u0639\u0641\u0648\u0631 \u0645\u0646 "
    "\u0648\u0644\u0627\u064a\u0629 "
    "\u0633\u0644\u064a\u0627\u0646\u0629\u060c \u0628\u0639\u062f "
    "\u0646\u0635\u0628 \u0643\u0645\u064a\u0646 "
    "\u0645\u062d\u0643\u0645 \u0628\u062c\u0647\u0629 "
    "\u0627\u0644\u0628\u0631\u0627\u0645\u0629 \u0645\u0646 "
    "\u0645\u0639\u062a\u0645\u062f\u064a\u0629 "
    "\u0642\u0639\u0641\u0648\u0631\u060c \u0645\u0646 "
    "\u0625\u0644\u0642\u0627\u0621 \u0627\u0644\u0642\u0628\u0636 "
    "\u0639\u0644\u0649 \u0634\u062e\u0635 \u0639\u0645\u0631\u0647 "
    "46 \u0633\u0646\u0629 \u0645\u0641\u062a\u0634 "
    "\u0639\u0646\u0647 \u0644\u0641\u0627\u0626\u062f\u0629 "
    "\u0627\u0644\u0625\u062f\u0627\u0631\u0629 "
    "\u0627\u0644\u0639\u0627\u0645\u0629 "
    "\u0644\u0644\u0633\u062c\u0648\u0646 "
    "\u0648\u0627\u0644\u0625\u0635\u0644\u0627\u062d \u0645\u0646 "
    "\u0623\u062c\u0644\" \u0627\u0644\u0641\u0631\u0627\u0631 "
    "\u0645\u0646 \u0627\u0644\u0633\u062c\u0646\" "
    "\u062e\u0644\u0627\u0644 \u0623\u062d\u062f\u0627\u062b "
    "\u0627\u0644\u062b\u0648\u0631\u0629.";
const std::string k_kaafour = "\u0642\u0639\u0641\u0648\u0631";
const std::string k_kaafour_unit =
    "\u0645\u0639\u062a\u0645\u062f\u064a\u0629 "
    "\u0642\u0639\u0641\u0648\u0631";

const std::string k_bousaid_text =
    "\u0623\u0643\u062f\u062a \u0628\u0644\u062f\u064a\u0629 "
    "\u0633\u064a\u062f\u064a "
    "\u0628\u0648\u0633\u0639\u064a\u062f\u060c \u0623\u0646\u0647 "
    "\"\u0644\u0627 \u064a\u0645\u0643\u0646 \u0628\u064a\u0639 "
    "\u0627\u0644\u0642\u0635\u0631 "
    "\u0627\u0644\u0631\u0626\u0627\u0633\u064a "
    "(\u0633\u064a\u062f\u064a "
    "\u0627\u0644\u0638\u0631\u064a\u0641) "
    "\u0628\u0633\u064a\u062f\u064a "
    "\u0628\u0648\u0633\u0639\u064a\u062f \u0641\u064a "
    "\u0627\u0644\u0648\u0642\u062a "
    "\u0627\u0644\u062d\u0627\u0644\u064a\u060c "
    "\u0628\u0627\u0639\u062a\u0628\u0627\u0631 \u0623\u0646 "
    "\u0648\u0636\u0639\u064a\u062a\u0647 "
    "\u0627\u0644\u0639\u0642\u0627\u0631\u064a\u0629 "
    "\u0645\u0648\u0636\u0648\u0639 \u0634\u0643\u0627\u064a\u0629 "
    "\u062a\u0642\u062f\u0645\u062a \u0628\u0647\u0627 "
    "\u0627\u0644\u0628\u0644\u062f\u064a\u0629 \u0644\u062f\u0649 "
    "\u0648\u0643\u064a\u0644 "
    "\u0627\u0644\u062c\u0645\u0647\u0648\u0631\u064a\u0629 "
    "\u064a\u0648\u0645 9 \u062c\u0627\u0646\u0641\u064a 2012 "
    "\u0648\u0627\u0644\u0630\u064a \u062a\u0648\u0644\u0649 "
    "\u0628\u062f\u0648\u0631\u0647 "
    "\u0625\u062d\u0627\u0644\u062a\u0647\u0627 \u0625\u0644\u0649 "
    "\u062d\u0627\u0643\u0645 "
    "\u0627\u0644\u062a\u062d\u0642\u064a\u0642 "
    "\u0628\u0627\u0644\u0645\u062d\u0643\u0645\u0629 "
    "\u0627\u0644\u0625\u0628\u062a\u062f\u0627\u0626\u064a\u0629 "
    "\u0628\u062a\u0648\u0646\u0633\".";
const std::string k_bousaid =
    "\u0633\u064a\u062f\u064a \u0628\u0648\u0633\u0639\u064a\u062f";

std::vector<std::string> Mentions(const std::string& text, bool retype) {
  NerTaggerOptions options;
  options.unit_places = retype;
  return testing::TagText(text, options);
}

// Sidi Bouzid, a governorate: a place after "wilaya", and in the headline
// before it too; the tagger alone reads a person ("sidi" is also "my
// lord").
TEST(NerUnitPlacesTest, APlaceAfterWilayaIsAPlaceThroughTheText) {
  const std::vector<std::string> places = Mentions(k_sidi_text, true);
  size_t count = 0;
  for (const std::string& m : places) {
    EXPECT_NE(m, k_sidi + "\tPER");
    if (m == k_sidi + "\tLOC") ++count;
  }
  EXPECT_EQ(count, 2u);
  EXPECT_TRUE(
      testing::HasMention(Mentions(k_sidi_text, false), k_sidi + "\tPER"));
}

// "wilaya" is also a term of office: Hollande's stays a person.
TEST(NerUnitPlacesTest, ATermOfOfficeKeepsItsPerson) {
  EXPECT_TRUE(testing::HasMention(Mentions(k_hollande_text, true),
                                  k_hollande + "\tPER"));
}

// "mu'tamadiyat qa'fur" (the delegation of Kaafour), which the tagger
// reads as one person with its noun: the noun leaves the mention and the
// town is a place, here and in "bi-qa'fur" before it.
TEST(NerUnitPlacesTest, TheNounInsideAPersonMentionLeavesIt) {
  const std::vector<std::string> off = Mentions(k_kaafour_text, false);
  EXPECT_TRUE(testing::HasMention(off, k_kaafour_unit + "\tPER"));
  const std::vector<std::string> on = Mentions(k_kaafour_text, true);
  EXPECT_EQ(testing::CountMention(on, k_kaafour + "\tLOC"), 2u);
  EXPECT_FALSE(testing::HasMention(on, k_kaafour_unit + "\tPER"));
}

// "baladiyat sidi bu sa'id" (the municipality of Sidi Bou Said): the town
// is a place, after the noun and after "bi-" below.
TEST(NerUnitPlacesTest, AfterTheNounOfAMunicipality) {
  const std::string place = k_bousaid + "\tLOC";
  EXPECT_EQ(testing::CountMention(Mentions(k_bousaid_text, true), place), 2u);
  EXPECT_EQ(testing::CountMention(Mentions(k_bousaid_text, false), place), 0u);
}

}  // namespace
}  // namespace khabar::ner
