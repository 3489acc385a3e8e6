// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The second pass's quiet sentences (NerTaggerOptions::
// skip_quiet_sentences): what skipping them costs, on SaudiNewsNet
// sentences where the second pass alone finds a name, and that a whole
// article loses nothing, with the committed models.

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "khabar/ner.h"
#include "tag_text.h"

namespace khabar::ner {
namespace {

// SaudiNewsNet sentences (2015): the first pass leaves them without a
// mention; the second pass finds the Cold War, the FBI, al-Aqsa.
const std::string k_cold_war_text =
    "\u0634\u0647\u062f \u0639\u0635\u0631 "
    "\u0627\u0644\u062d\u0631\u0628 "
    "\u0627\u0644\u0628\u0627\u0631\u062f\u0629 (1989/1945) "
    "\u0623\u0632\u0645\u0627\u062a \u0633\u0627\u062e\u0646\u0629.";
const std::string k_fbi_text =
    "\u0648\u0642\u0627\u0644\u062a \u0648\u0632\u0627\u0631\u0629 "
    "\u0627\u0644\u0639\u062f\u0644 \u0625\u0646 "
    "\u0645\u0643\u062a\u0628 "
    "\u0627\u0644\u062a\u062d\u0642\u064a\u0642\u0627\u062a "
    "\u0627\u0644\u0627\u062a\u062d\u0627\u062f\u064a "
    "(\u0625\u0641.\u0628\u064a.\u0622\u064a) "
    "\u0648\u0645\u0643\u062a\u0628 "
    "\u0627\u0644\u0645\u062f\u0639\u064a "
    "\u0627\u0644\u0639\u0627\u0645 \u0641\u064a "
    "\u0628\u064a\u062a\u0633\u0628\u0631\u062c "
    "\u0642\u0627\u062f\u0627 "
    "\u0627\u0644\u062a\u062d\u0642\u064a\u0642.";
const std::string k_aqsa_text =
    "\u0648\u0627\u0642\u062a\u062d\u0645 "
    "\u0639\u0634\u0631\u0627\u062a "
    "\u0627\u0644\u0645\u0633\u062a\u0648\u0637\u0646\u064a\u0646 "
    "\u0627\u0644\u0645\u0633\u062c\u062f "
    "\u0627\u0644\u0623\u0642\u0635\u0649 "
    "\u0628\u062d\u0645\u0627\u064a\u0629 "
    "\u0627\u0644\u0634\u0631\u0637\u0629 "
    "\u0627\u0644\u0625\u0633\u0631\u0627\u0626\u064a\u0644\u064a\u0629.";

std::vector<std::string> Mentions(const std::string& text, bool skip) {
  NerTaggerOptions options;
  options.skip_quiet_sentences = skip;
  return testing::TagText(text, options);
}

TEST(NerQuietSentencesTest, TheSecondPassFindsWhatSkippingLoses) {
  for (const std::string& text : {k_cold_war_text, k_fbi_text, k_aqsa_text}) {
    const std::vector<std::string> all = Mentions(text, false);
    const std::vector<std::string> skipped = Mentions(text, true);
    EXPECT_EQ(skipped.size() + 1, all.size()) << text;
    for (const std::string& m : skipped) {
      EXPECT_TRUE(testing::HasMention(all, m)) << m;
    }
  }
}

TEST(NerQuietSentencesTest, TheSeedArticleLosesNothing) {
  std::ifstream in(std::string(KHABAR_SOURCE_DIR) + "/data/samples/seed.txt");
  std::stringstream text;
  text << in.rdbuf();
  ASSERT_GT(text.str().size(), 1000u);
  const std::vector<std::string> all = Mentions(text.str(), false);
  EXPECT_GT(all.size(), 40u);
  EXPECT_EQ(Mentions(text.str(), true), all);
}

}  // namespace
}  // namespace khabar::ner
