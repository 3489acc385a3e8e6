// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Reporting participles at a person mention's edges
// (src/ner/ner_participles.h, DropParticiples): the rule in the tagger on
// SaudiNewsNet sentences (2015; CC BY-NC-SA 4.0, non-commercial:
// data/licences/README.md), with the committed models.

#include "ner/ner_participles.h"

#include <cstdint>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "khabar/ner.h"
#include "morph/morph_text.h"
#include "tag_text.h"

namespace khabar::ner {
namespace {

// "wa-qala zarif mukhataban nuwwab al-barlaman: ..." (Zarif said,
// addressing the deputies).
const std::string k_zarif_text =
    "\u0648\u0642\u0627\u0644 \u0638\u0631\u064a\u0641 "
    "\u0645\u062e\u0627\u0637\u0628\u0627 \u0646\u0648\u0627\u0628 "
    "\u0627\u0644\u0628\u0631\u0644\u0645\u0627\u0646: "
    "\u00ab\u0646\u062d\u0646 \u0644\u0627 \u0646\u0642\u0648\u0644 "
    "\u0625\u0646 \u0627\u0644\u0627\u062a\u0641\u0627\u0642 "
    "\u0628\u0627\u0644\u0643\u0627\u0645\u0644 \u0641\u064a "
    "\u0635\u0627\u0644\u062d \u0625\u064a\u0631\u0627\u0646.";
// "... wa-adafa mukhataban habri: ..." (he added, addressing Habre).
const std::string k_habre_text =
    "\u0648\u0641\u064a \u062e\u062a\u0627\u0645 "
    "\u0643\u0644\u0645\u062a\u0647 \u0642\u0627\u0644 "
    "\u0627\u0644\u0645\u062f\u0639\u064a \u0627\u0644\u0639\u0627\u0645 "
    "\u0625\u0646 \u00ab\u0639\u0644\u0649 "
    "\u0627\u0644\u0631\u0626\u064a\u0633 "
    "\u0627\u0644\u062a\u0634\u0627\u062f\u064a "
    "\u0627\u0644\u0633\u0627\u0628\u0642 \u0623\u0646 "
    "\u064a\u0643\u0633\u0631 \u0627\u0644\u0635\u0645\u062a "
    "\u0623\u0645\u0627\u0645 \u0627\u0644\u062a\u0627\u0631\u064a\u062e "
    "\u0648\u0623\u0645\u0627\u0645 "
    "\u0627\u0644\u0642\u0636\u0627\u0629\u060c "
    "\u0648\u064a\u0642\u062f\u0645 \u0623\u062c\u0648\u0628\u0629 "
    "\u0639\u0646 \u0627\u0644\u062c\u0631\u0627\u0626\u0645 "
    "\u0627\u0644\u0641\u0638\u064a\u0639\u0629 \u0627\u0644\u062a\u064a "
    "\u064a\u062a\u0647\u0645 "
    "\u0628\u0627\u0631\u062a\u0643\u0627\u0628\u0647\u0627\u00bb\u060c "
    "\u0648\u0623\u0636\u0627\u0641 "
    "\u0645\u062e\u0627\u0637\u0628\u064b\u0627 "
    "\u062d\u0628\u0631\u064a: \u00ab\u0635\u0645\u062a\u0643 "
    "\u0625\u0630\u0639\u0627\u0646 \u0644\u0644\u0643\u062b\u064a\u0631 "
    "\u0645\u0646 \u0627\u0644\u062c\u0631\u0627\u0626\u0645\u00bb.";
const std::string k_zarif = "\u0638\u0631\u064a\u0641";
const std::string k_addressing = "\u0645\u062e\u0627\u0637\u0628\u0627";
const std::string k_habre = "\u062d\u0628\u0631\u064a";
const std::string k_addressing_tanwin =
    "\u0645\u062e\u0627\u0637\u0628\u064b\u0627";

std::vector<std::string> Mentions(const std::string& text, bool rule) {
  NerTaggerOptions options;
  options.participles = rule;
  return testing::TagText(text, options);
}

// The speaker ends before the participle; the tagger alone takes it in.
TEST(NerParticiplesTest, TheSpeakerEndsBeforeAddressing) {
  EXPECT_TRUE(testing::HasMention(Mentions(k_zarif_text, false),
                                  k_zarif + " " + k_addressing + "\tPER"));
  EXPECT_TRUE(
      testing::HasMention(Mentions(k_zarif_text, true), k_zarif + "\tPER"));
}

// The person addressed starts after it.
TEST(NerParticiplesTest, TheAddresseeStartsAfterAddressing) {
  EXPECT_TRUE(
      testing::HasMention(Mentions(k_habre_text, false),
                          k_addressing_tanwin + " " + k_habre + "\tPER"));
  EXPECT_TRUE(
      testing::HasMention(Mentions(k_habre_text, true), k_habre + "\tPER"));
}

// The rule alone on labels set by hand: a mention of a participle alone
// goes; a name keeps its words and loses the participle at its end.
TEST(NerParticiplesTest, TheRuleAloneOnHandLabels) {
  // "wa-qala mukhataban al-hudur" / "qala muhammad ali qa'ilan".
  const std::string alone =
      "\u0648\u0642\u0627\u0644 \u0645\u062e\u0627\u0637\u0628\u0627 "
      "\u0627\u0644\u062d\u0636\u0648\u0631";
  testing::HandLabels h;
  ASSERT_TRUE(testing::LabelByHand(alone, {{k_addressing, 0}}, &h));
  ASSERT_EQ(h.labels, (std::vector<uint16_t>{0, 1, 0}));
  EXPECT_EQ(DropParticiples(h.model, h.view, &h.labels), 1u);
  EXPECT_EQ(h.labels, (std::vector<uint16_t>{0, 0, 0}));

  const std::string name =
      "\u0642\u0627\u0644 \u0645\u062d\u0645\u062f "
      "\u0639\u0644\u064a \u0642\u0627\u0626\u0644\u0627";
  ASSERT_TRUE(testing::LabelByHand(name, {}, &h));
  ASSERT_EQ(h.labels.size(), 4u);
  const uint16_t b = h.model.Label(0, 0), i = h.model.Label(0, 1);
  h.labels = {0, b, i, i};
  EXPECT_EQ(DropParticiples(h.model, h.view, &h.labels), 1u);
  EXPECT_EQ(h.labels, (std::vector<uint16_t>{0, b, i, 0}));
}

// Written with or without tanwin, folded as a token's host is.
TEST(NerParticiplesTest, ReportingParticiplesAreKnownByTheirFoldedForm) {
  for (const char* word :
       {"\u0642\u0627\u0626\u0644\u0627",                 // qa'ilan
        "\u0645\u0636\u064a\u0641\u0627\u064b",           // mudifan (tanwin)
        "\u0645\u0624\u0643\u062f\u0629",                 // mu'akkidatan
        "\u0645\u062e\u0627\u0637\u0628\u064b\u0627"}) {  // mukhataban
    EXPECT_TRUE(IsReportingParticiple(morph::FoldForm(morph::KeyForm(word))))
        << word;
  }
  for (const char* word : {"\u0638\u0631\u064a\u0641",           // zarif
                           "\u0642\u0627\u0626\u0644",           // qa'il
                           "\u0645\u0635\u0637\u0641\u0649"}) {  // mustafa
    EXPECT_FALSE(IsReportingParticiple(morph::FoldForm(morph::KeyForm(word))))
        << word;
  }
}

}  // namespace
}  // namespace khabar::ner
