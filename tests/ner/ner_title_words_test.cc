// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Titles that are given names (src/ner/ner_title_words.h,
// DropTitleWords): the rule in the tagger on SaudiNewsNet sentences (2015;
// CC BY-NC-SA 4.0, non-commercial: data/licences/README.md), with the
// committed models.

#include "ner/ner_title_words.h"

#include <cstdint>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "khabar/morph_analyzer.h"
#include "khabar/ner.h"
#include "ner/ner_decode.h"
#include "ner/ner_model.h"
#include "tag_text.h"

namespace khabar::ner {
namespace {

const std::string k_mayor_text =
    "\u0648\u0642\u0627\u0644 \u0623\u0645\u064a\u0646 "
    "\u062d\u0627\u0626\u0644 \u0623\u0646 \u0645\u0647\u0627\u0645 "
    "\u0627\u0644\u0644\u062c\u0646\u0629 "
    "\u0627\u0644\u0646\u0638\u0631 \u0641\u064a "
    "\u0627\u0644\u0637\u0639\u0648\u0646 "
    "\u0648\u0627\u0644\u0645\u062e\u0627\u0644\u0641\u0627\u062a "
    "\u0627\u0644\u0627\u0646\u062a\u062e\u0627\u0628\u064a\u0629 "
    "\u0641\u064a \u062d\u062f\u0648\u062f "
    "\u0627\u062e\u062a\u0635\u0627\u0635\u0647\u0627 "
    "\u0627\u0644\u0645\u0643\u0627\u0646\u064a "
    "\u0648\u0627\u0644\u0628\u062a \u0641\u064a\u0647\u0627.";
const std::string k_rihani_text =
    "\u0623\u0635\u062f\u0631 \u0632\u0648\u062c "
    "\u0634\u0642\u064a\u0642\u062a\u0647\u060c "
    "\u0646\u0639\u0648\u0645 \u0645\u0643\u0631\u0632\u0644\u060c "
    "\u062c\u0631\u064a\u062f\u0629 "
    "\u00ab\u0627\u0644\u0647\u062f\u0649\u00bb \u0641\u064a "
    "\u0645\u062f\u064a\u0646\u0629 "
    "\u0641\u064a\u0644\u0627\u062f\u0644\u0641\u064a\u0627\u060c "
    "\u0641\u0627\u0646\u062a\u0642\u0644 \u0623\u0645\u064a\u0646 "
    "\u0625\u0644\u0649 \u0627\u0644\u0639\u0645\u0644 "
    "\u0641\u064a\u0647\u0627.";
const std::string k_hail = "\u062d\u0627\u0626\u0644";
const std::string k_amin = "\u0623\u0645\u064a\u0646";

std::vector<std::string> Mentions(const std::string& text, bool titles) {
  NerTaggerOptions options;
  options.title_words = titles;
  return testing::TagText(text, options);
}

// "wa-qala amin ha'il" (the mayor of Hail): a title before the city, no
// person; the tagger alone reads one.
TEST(NerTitleWordsTest, TheMayorIsATitle) {
  EXPECT_TRUE(
      testing::HasMention(Mentions(k_mayor_text, false), k_amin + "\tPER"));
  EXPECT_FALSE(
      testing::HasMention(Mentions(k_mayor_text, true), k_amin + "\tPER"));
}

// The rule alone, "amin" labelled a person by hand (a tagger's reading):
// before "ha'il" (a place mention) it is the title; in "fa-intaqala amin
// ila al-'amal" (Amin al-Rihani moved to the paper) the man named Amin
// stays a person before a preposition.
size_t DropWithAminLabelled(const std::string& text, bool city) {
  std::vector<std::pair<std::string, size_t>> by_word = {{k_amin, 0}};
  if (city) by_word.emplace_back(k_hail, 1);  // LOC
  testing::HandLabels h;
  if (!testing::LabelByHand(text, by_word, &h)) return 99;
  return DropTitleWords(h.model, text, h.analysis, h.view, &h.labels);
}

TEST(NerTitleWordsTest, TheRuleAloneOnHandLabels) {
  EXPECT_EQ(DropWithAminLabelled(k_mayor_text, true), 1u);
  EXPECT_EQ(DropWithAminLabelled(k_rihani_text, false), 0u);
}

}  // namespace
}  // namespace khabar::ner
