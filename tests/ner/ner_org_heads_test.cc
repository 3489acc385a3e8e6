// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Heads of organizations' names (src/ner/ner_org_heads.h, JoinOrgHeads,
// under NerTaggerOptions::org_heads): the rule in the tagger on a
// SaudiNewsNet sentence (2015; CC BY-NC-SA 4.0, non-commercial), with the
// committed models, and the rule alone on labels set by hand.

#include "ner/ner_org_heads.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "khabar/ner.h"
#include "ner/ner_model.h"
#include "ner/ner_word_table.h"
#include "tag_text.h"

namespace khabar::ner {
namespace {

// 2015-07-21/1848: "... wa-kharijat jami'at bustun ..." (a graduate of
// Boston University); the tagger tags "jami'a" ORG and Boston LOC.
const std::string k_boston_text =
    "\u0648\u0641\u0627\u0632\u062a "
    "\u062c\u0648\u0631\u062f\u0627\u0646 \u0648\u0647\u064a "
    "\u0645\u0645\u062b\u0644\u0629 "
    "\u0648\u062e\u0631\u064a\u062c\u0629 "
    "\u062c\u0627\u0645\u0639\u0629 \u0628\u0648\u0633\u0637\u0646 "
    "\u0628\u0627\u0644\u0644\u0642\u0628 \u0631\u0642\u0645 64 "
    "\u0628\u0639\u062f\u0645\u0627 \u0623\u062c\u0627\u0628\u062a "
    "\u0628\u0630\u0643\u0627\u0621 \u0639\u0644\u0649 "
    "\u0633\u0624\u0627\u0644 \u0628\u0634\u0623\u0646 "
    "\u0627\u0644\u0645\u0634\u0643\u0644\u0629 "
    "\u0627\u0644\u0643\u0628\u064a\u0631\u0629 "
    "\u0627\u0644\u0645\u0642\u0628\u0644\u0629 \u0641\u064a "
    "\u0628\u0644\u0627\u062f\u0647\u0627.";
const std::string k_boston_university =
    "\u062c\u0627\u0645\u0639\u0629 \u0628\u0648\u0633\u0637\u0646";
const std::string k_university = "\u062c\u0627\u0645\u0639\u0629";
const std::string k_boston = "\u0628\u0648\u0633\u0637\u0646";

std::vector<std::string> Mentions(const std::string& text, bool join) {
  NerTaggerOptions options;
  options.org_heads = join;
  return testing::TagText(text, options);
}

TEST(NerOrgHeadsTest, AHeadNounTaggedAloneJoinsTheNameAfterIt) {
  const std::vector<std::string> joined = Mentions(k_boston_text, true);
  EXPECT_TRUE(testing::HasMention(joined, k_boston_university + "\tORG"));
  EXPECT_FALSE(testing::HasMention(joined, k_boston + "\tLOC"));
  // Without the rule: the cut the rule mends.
  const std::vector<std::string> apart = Mentions(k_boston_text, false);
  EXPECT_TRUE(testing::HasMention(apart, k_university + "\tORG"));
  EXPECT_TRUE(testing::HasMention(apart, k_boston + "\tLOC"));
}

// The rule alone: "darasa fi <head> <name>." with the head and the name
// labelled by hand as one-token mentions (type indices 0 PER .. 3 MISC).
// Returns the name's label after the rule (B-ORG 5, I-ORG 6).
uint16_t NameLabelAfter(const std::string& text, const std::string& head,
                        size_t head_type, const std::string& name,
                        size_t name_type) {
  testing::HandLabels h;
  if (!testing::LabelByHandWithTaggerTokens(text, &h)) return 0;
  for (size_t k = 0; k < h.tokens.size(); ++k) {
    const ByteSpan span = h.analysis.tokens[k].span;
    const std::string word = text.substr(span.begin, span.size());
    if (word == head) h.labels[k] = h.model.SingleLabel(head_type);
    if (word == name) h.labels[k] = h.model.SingleLabel(name_type);
  }
  std::vector<uint32_t> sentence(h.tokens.size(), 0);
  JoinOrgHeads(h.model, text, h.analysis, h.view, sentence,
               NerWordTable::OrgHeads(), &h.labels);
  for (size_t k = 0; k < h.tokens.size(); ++k) {
    const ByteSpan span = h.analysis.tokens[k].span;
    if (text.substr(span.begin, span.size()) == name) return h.labels[k];
  }
  return 0;
}

// "darasa fi jami'at kalifurniya." (He studied at the University of
// California.)
const std::string k_california_text =
    "\u062f\u0631\u0633 \u0641\u064a \u062c\u0627\u0645\u0639\u0629 "
    "\u0643\u0627\u0644\u064a\u0641\u0648\u0631\u0646\u064a\u0627.";
const std::string k_california =
    "\u0643\u0627\u0644\u064a\u0641\u0648\u0631\u0646\u064a\u0627";

TEST(NerOrgHeadsTest, TheNameTakesTheHeadsType) {
  EXPECT_EQ(NameLabelAfter(k_california_text, k_university, 2, k_california, 1),
            6u);  // I-ORG
}

TEST(NerOrgHeadsTest, OnlyAHeadOfTheListedTypeJoins) {
  // The head tagged a place: no organization's head.
  EXPECT_EQ(NameLabelAfter(k_california_text, k_university, 1, k_california, 1),
            3u);  // B-LOC
}

TEST(NerOrgHeadsTest, APersonOrANameAfterAPrepositionStaysApart) {
  // "darasa fi jami'at muhammad." with Muhammad a person: the person
  // after an organization's noun is more often its member than its name.
  const std::string person_text =
      "\u062f\u0631\u0633 \u0641\u064a \u062c\u0627\u0645\u0639\u0629 "
      "\u0645\u062d\u0645\u062f.";
  EXPECT_EQ(NameLabelAfter(person_text, k_university, 2,
                           "\u0645\u062d\u0645\u062f", 0),
            1u);  // B-PER
  // "darasa fi ma'had bi-susa." (at an institute in Sousse).
  const std::string sousse_text =
      "\u062f\u0631\u0633 \u0641\u064a \u0645\u0639\u0647\u062f "
      "\u0628\u0633\u0648\u0633\u0629.";
  EXPECT_EQ(NameLabelAfter(sousse_text, "\u0645\u0639\u0647\u062f", 2,
                           "\u0628\u0633\u0648\u0633\u0629", 1),
            3u);  // B-LOC
}

}  // namespace
}  // namespace khabar::ner
