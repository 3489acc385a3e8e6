// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Sports clubs (src/ner/ner_clubs.h, LabelClubNames): the rule in the
// tagger on SaudiNewsNet sentences (2015; CC BY-NC-SA 4.0, non-commercial)
// and an ANT corpus article (Jawhara FM, Tunisia; Apache 2.0, citation
// requested; both in data/licences/README.md), with the committed models.
// Two texts join sentences of two articles: the club and a common use of
// its word.

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "khabar/morph_analyzer.h"
#include "khabar/ner.h"
#include "tag_text.h"

namespace khabar::ner {
namespace {

const std::string k_hilal_text =
    "\u0648\u0642\u0627\u0644 \u0623\u0644\u0645\u064a\u062f\u0627 "
    "\u0639\u0628\u0631 \u062a\u0635\u0631\u064a\u062d "
    "\u0628\u062b\u0647 \u0627\u0644\u0645\u0648\u0642\u0639 "
    "\u0627\u0644\u0631\u0633\u0645\u064a "
    "\u0644\u0646\u0627\u062f\u064a "
    "\u0627\u0644\u0647\u0644\u0627\u0644 \u0639\u0628\u0631 "
    "\u062a\u0637\u0628\u064a\u0642 "
    "\u0627\u0644\u0647\u0644\u0627\u0644: \u0623\u0646\u0627 "
    "\u0633\u0639\u064a\u062f \u0643\u062b\u064a\u0631\u064b\u0627 "
    "\u0641\u064a \u0627\u0644\u0646\u0627\u062f\u064a "
    "\u0641\u0627\u0644\u0623\u062c\u0648\u0627\u0621 "
    "\u062a\u062c\u0644\u0628 \u0627\u0644\u0641\u0631\u062d "
    "\u0648\u0627\u0644\u0627\u0631\u062a\u064a\u0627\u062d. "
    "\u0648\u0642\u0628\u0644 \u0627\u0644\u0642\u062f\u0648\u0645 "
    "\u0625\u0644\u0649 \u0647\u0646\u0627 \u0633\u0645\u0639\u062a "
    "\u0643\u062b\u064a\u0631\u0627 \u0639\u0646 "
    "\u0627\u0644\u0647\u0644\u0627\u0644 \u0648\u0623\u0646\u0647 "
    "\u0623\u0641\u0636\u0644 \u0641\u0631\u064a\u0642 \u0641\u064a "
    "\u0645\u0646\u0637\u0642\u0629 "
    "\u0627\u0644\u062e\u0644\u064a\u062c. \u062a\u0644\u0642\u062a "
    "\u0639\u0645\u0644\u064a\u0627\u062a \u0647\u064a\u0626\u0647 "
    "\u0627\u0644\u0647\u0644\u0627\u0644 "
    "\u0627\u0644\u0623\u062d\u0645\u0631 "
    "\u0628\u0645\u0646\u0637\u0642\u0629 \u0645\u0643\u0629 "
    "\u062e\u0644\u0627\u0644 \u0634\u0647\u0631 "
    "\u0631\u0645\u0636\u0627\u0646 "
    "\u0627\u0644\u0645\u0628\u0627\u0631\u064317431 "
    "\u0628\u0644\u0627\u063a\u0627.";
const std::string k_hilal = "\u0627\u0644\u0647\u0644\u0627\u0644";
const std::string k_shabab_text =
    "\u0643\u0634\u0641\u062a \u0625\u062f\u0627\u0631\u0629 "
    "\u0627\u0644\u0646\u0627\u062f\u064a "
    "\u0627\u0644\u0623\u0647\u0644\u064a "
    "\u062d\u0642\u064a\u0642\u0629 "
    "\u0645\u0641\u0627\u0648\u0636\u0627\u062a\u0647\u0627 "
    "\u0645\u0639 \u0646\u0638\u064a\u0631\u062a\u0647\u0627 "
    "\u0641\u064a \u0646\u0627\u062f\u064a "
    "\u0627\u0644\u0634\u0628\u0627\u0628 \u062d\u064a\u0627\u0644 "
    "\u0636\u0645 \u0627\u0644\u0644\u0627\u0639\u0628 "
    "\u0627\u0644\u062f\u0648\u0644\u064a \u062d\u0633\u0646 "
    "\u0645\u0639\u0627\u0630 \u0625\u0644\u0649 "
    "\u0635\u0641\u0648\u0641 \u0627\u0644\u0641\u0631\u064a\u0642 "
    "\u0627\u0644\u0623\u0648\u0644 \u0644\u0643\u0631\u0629 "
    "\u0627\u0644\u0642\u062f\u0645. \u0648\u0623\u0634\u0627\u0631 "
    "\u0625\u0644\u0649 \u0623\u0646 \u0623\u064a "
    "\u0639\u0642\u064a\u062f\u0629 "
    "\u0645\u062a\u0637\u0631\u0641\u0629 \u064a\u0645\u0643\u0646 "
    "\u0623\u0646 \u062a\u0633\u062a\u0647\u0648\u064a "
    "\u0641\u0626\u0629 \u0627\u0644\u0634\u0628\u0627\u0628 "
    "\u0648\u062a\u063a\u0648\u064a\u0647\u0645 "
    "\u0628\u0627\u0639\u062a\u0646\u0627\u0642 "
    "\u0623\u0641\u0643\u0627\u0631\u0647\u0627.";
const std::string k_shabab = "\u0627\u0644\u0634\u0628\u0627\u0628";
const std::string k_najran_text =
    "\u064a\u0630\u0643\u0631 \u0623\u0646 "
    "\u0627\u0644\u0647\u0644\u0627\u0644 \u0623\u0639\u0627\u0631 "
    "\u0627\u0644\u062b\u0646\u0627\u0626\u064a "
    "\u0627\u0644\u0647\u0644\u0627\u0644\u064a "
    "\u0633\u0644\u0637\u0627\u0646 "
    "\u0627\u0644\u062f\u0639\u064a\u0639 "
    "\u0644\u0641\u0631\u064a\u0642 "
    "\u0627\u0644\u0634\u0628\u0627\u0628 "
    "\u0648\u0639\u0628\u062f\u0627\u0644\u0625\u0644\u0647 "
    "\u0627\u0644\u0641\u0636\u0644 \u0644\u0646\u0627\u062f\u064a "
    "\u0646\u062c\u0631\u0627\u0646 "
    "\u0627\u0644\u0645\u0648\u0633\u0645 "
    "\u0627\u0644\u0645\u0642\u0628\u0644.";
const std::string k_najran = "\u0646\u062c\u0631\u0627\u0646";
const std::string k_nada_text =
    "\u0625\u0644\u0649 \u0630\u0644\u0643\u060c "
    "\u0646\u0627\u062f\u0649 "
    "\u0627\u0644\u062f\u0643\u062a\u0648\u0631 "
    "\u0623\u0633\u0627\u0645\u0629 "
    "\u062c\u0633\u062a\u0646\u064a\u0629\u060c "
    "\u0639\u0645\u064a\u062f \u0643\u0644\u064a\u0629 "
    "\u0627\u0644\u0622\u062f\u0627\u0628 "
    "\u0648\u0627\u0644\u0639\u0644\u0648\u0645 "
    "\u0627\u0644\u0625\u0646\u0633\u0627\u0646\u064a\u0629 "
    "\u0648\u0639\u0645\u064a\u062f \u0643\u0644\u064a\u0629 "
    "\u0627\u0644\u0627\u0639\u0644\u0627\u0645 "
    "\u0627\u0644\u0645\u0643\u0644\u0641 "
    "\u0628\u062c\u0627\u0645\u0639\u0629 "
    "\u0627\u0644\u0645\u0644\u0643 "
    "\u0639\u0628\u062f\u0627\u0644\u0639\u0632\u064a\u0632\u060c "
    "\u0628\u0627\u0633\u062a\u063a\u0644\u0627\u0644 "
    "\u0648\u0633\u0627\u0626\u0644 "
    "\u0627\u0644\u0627\u0639\u0644\u0627\u0645 "
    "\u0628\u0643\u0627\u0641\u0629 "
    "\u0623\u0646\u0648\u0627\u0639\u0647\u0627 "
    "\u0628\u0623\u0633\u0644\u0648\u0628 \u0639\u0644\u0645\u064a "
    "\u0645\u0628\u0646\u064a \u0639\u0644\u0649 \u0623\u0633\u0633 "
    "\u0648\u0627\u0636\u062d\u0629 "
    "\u0648\u0645\u0646\u0647\u062c\u064a\u0629 "
    "\u0645\u062d\u062f\u062f\u0629.";

const std::string k_nice_text =
    "\u0627\u0644\u0635\u0631\u0627\u0631\u0641\u064a \u0641\u064a "
    "\u0646\u064a\u0633 "
    "\u0627\u0644\u0641\u0631\u0646\u0633\u064a\n\n\u062a\u062d\u0648\u0644 "
    "\u0627\u0644\u0644\u0627\u0639\u0628 "
    "\u0627\u0644\u0634\u0627\u0628 "
    "\u0644\u0644\u0646\u0627\u062f\u064a "
    "\u0627\u0644\u0625\u0641\u0631\u064a\u0642\u064a "
    "\u0628\u0633\u0627\u0645 "
    "\u0627\u0644\u0635\u0631\u0627\u0631\u0627\u0641\u064a "
    "\u0627\u0644\u064a\u0648\u0645 \u0625\u0644\u0649 "
    "\u0641\u0631\u062a\u0633\u0627  "
    "\u0644\u0625\u0646\u0647\u0627\u0621 "
    "\u062a\u0641\u0627\u0635\u064a\u0644 "
    "\u0625\u0644\u062a\u062d\u0627\u0642\u0647 "
    "\u0628\u0646\u0627\u062f\u064a "
    "\u0627\u0644\u0641\u0631\u0646\u0633\u064a "
    "\u0627\u0644\u0630\u064a \u064a\u0639\u062a\u0632\u0645 "
    "\u0625\u0646\u062a\u062f\u0627\u0628\u0647 "
    "\u0645\u0642\u0627\u0628\u0644 1.4 "
    "\u0645\u0644\u064a\u0648\u0646 \u0623\u0648\u0631\u0648 "
    "\u064a\u062f\u0641\u0639\u0647\u0645 \u0625\u0644\u0649 "
    "\u0641\u0631\u064a\u0642\u0647 "
    "\u0627\u0644\u062d\u0627\u0644\u064a \u0645\u0639 "
    "\u062a\u0645\u0643\u064a\u0646\u0647 \u0645\u0646 "
    "\u0646\u0633\u0628\u0629 \u0645\u0646 \u0635\u0641\u0642\u0629 "
    "\u0627\u0644\u062a\u0641\u0631\u064a\u0637 \u0641\u064a "
    "\u0627\u0644\u0644\u0627\u0639\u0628 "
    "\u0645\u0633\u062a\u0642\u0628\u0644\u0627 .";
const std::string k_faransi = "\u0627\u0644\u0641\u0631\u0646\u0633\u064a";

std::vector<std::string> Mentions(const std::string& text, bool clubs) {
  NerTaggerOptions options;
  options.club_names = clubs;
  return testing::TagText(text, options);
}

// Al-Hilal after "li-nadi", then alone twice ("tatbiq al-hilal", "'an
// al-hilal"): three organizations, where the tagger alone finds none; the
// Red Crescent ("al-hilal al-ahmar") of another article is none of them.
TEST(NerClubsTest, TheClubAfterNadiAndThroughTheText) {
  EXPECT_EQ(
      testing::CountMention(Mentions(k_hilal_text, true), k_hilal + "\tORG"),
      3u);
  EXPECT_EQ(
      testing::CountMention(Mentions(k_hilal_text, false), k_hilal + "\tORG"),
      0u);
}

// Al-Shabab the club, and "fi'at al-shabab" (the young) in the next
// sentence: one organization.
TEST(NerClubsTest, AYouthCategoryIsNoClub) {
  EXPECT_EQ(
      testing::CountMention(Mentions(k_shabab_text, true), k_shabab + "\tORG"),
      1u);
  EXPECT_EQ(
      testing::CountMention(Mentions(k_shabab_text, false), k_shabab + "\tORG"),
      0u);
}

// The club of Najran: an organization after "li-nadi", as ANERcorp
// annotates "nadi qatar"; the tagger alone reads the city.
TEST(NerClubsTest, AClubNamedAfterItsCity) {
  EXPECT_TRUE(
      testing::HasMention(Mentions(k_najran_text, true), k_najran + "\tORG"));
  EXPECT_TRUE(
      testing::HasMention(Mentions(k_najran_text, false), k_najran + "\tLOC"));
}

// "nada" (called for) spelled with alef maksura is the verb: the title
// after it is no club.
TEST(NerClubsTest, TheVerbNadaNamesNoClub) {
  EXPECT_EQ(Mentions(k_nada_text, true), Mentions(k_nada_text, false));
}

// The French club Nice ("nis al-faransi") in a headline, and a writer's
// "bi-nadi al-faransi" below: the adjective after the mention "nis" stays
// out of it.
TEST(NerClubsTest, AnAdjectiveAfterAMentionIsNoClub) {
  MorphAnalysis a;
  std::vector<NerMention> mentions;
  testing::TagWithCommittedModels(k_nice_text, &a, &mentions);
  const size_t headline_end = k_nice_text.find('\n');
  for (const NerMention& m : mentions) {
    if (m.span.begin < headline_end) {
      EXPECT_NE(k_nice_text.substr(m.span.begin, m.span.size()), k_faransi);
    }
  }
}

}  // namespace
}  // namespace khabar::ner
